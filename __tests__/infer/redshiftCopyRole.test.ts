// A Redshift COPY or UNLOAD hands the cluster a role (`iam_role 'arn:…'`, or the older
// `credentials 'aws_iam_role=arn:…'`) and Redshift reads or writes S3 as that role: S3's refusal
// it relays (`S3ServiceException:Access Denied,…`) is that role's, whoever ran the SQL.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const principalOf = (text: string) => {
  const [f, ...rest] = analyzeText(text.endsWith('\n') ? text : `${text}\n`).findings
  expect(rest).toEqual([])
  return [f!.inferred?.principal?.value ?? null, f!.fixTarget.principalArn]
}

describe('the role of the Redshift COPY above S3’s relayed refusal', () => {
  it('SQL Workbench/J’s COPY (aws-samples/aws-redshift-spectrum-poc#3, held-out h10-036)', () => {
    const role = 'arn:aws:iam::278550830862:role/redshift-to-s3RO'
    expect(principalOf(corpusText('heldout10.jsonl', 'h10-036'))).toEqual([role, role])
  })

  it('own: the credentials form of Redshift’s COPY documentation over its troubleshooting error', () => {
    const role = 'arn:aws:iam::012345678901:role/MyRedshiftRole'
    expect(
      principalOf(
        `copy customer from 's3://mybucket/mydata'\ncredentials\n'aws_iam_role=${role}';\nERROR: S3ServiceException:Access Denied,Status 403,Error AccessDenied`
      )
    ).toEqual([role, role])
  })

  it('own: a role printed above another tool’s S3 refusal is not taken for the caller', () => {
    expect(
      principalOf(
        "-- iam_role 'arn:aws:iam::012345678901:role/MyRedshiftRole' is used by the nightly COPY\nupload failed: ./a.csv to s3://mybucket/a.csv An error occurred (AccessDenied) when calling the PutObject operation: Access Denied"
      )
    ).toEqual([null, null])
  })
})
