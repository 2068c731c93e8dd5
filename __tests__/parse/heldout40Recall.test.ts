// heldout40's refusals the engine missed or misread on its unseen score (issue 10, session 35): CI
// systems' AWS integrations, databases reading S3 and web frameworks' storage adapters in their
// own words, each with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h40 = (id: string) => corpusText('heldout40.jsonl', id)

describe('heldout40: tools’ own wordings of a known refusal', () => {
  it.each([
    [
      'h40-001 (aws/aws-toolkit-azure-devops#246): `error: CredentialsError: Missing credentials in config`',
      'h40-001',
      ['credentials', 'CredentialsError', null, null]
    ],
    [
      'h40-003 (travis-ci/travis-ci#7461): the resource ends where Ruby glues its exception class on',
      'h40-003',
      ['denial', 'AccessDeniedException', 'arn:aws:lambda:ap-southeast-2:XXXXXX', 'lambda']
    ],
    [
      "h40-008 (travis-ci/travis-ci#3142): S3's `Authorization header is invalid -- one and only one ' ' (space) required`",
      'h40-008',
      ['credentials', 'InvalidArgument', null, 's3']
    ],
    [
      'h40-014 (duckdb/duckdb#5190): httpfs’s `HTTP GET error on ‘https://B.s3.amazonaws.com/…’ (HTTP 403)`',
      'h40-014',
      ['denial', null, null, 's3']
    ],
    [
      'h40-017 (databendlabs/databend#8069): S3’s XML body echoing `<AWSAccessKeyId>` names S3, its HostId elided',
      'h40-017',
      ['credentials', 'InvalidAccessKeyId', null, 's3']
    ],
    [
      'h40-018 (awsdocs/amazon-rds-user-guide#10): Aurora’s `Missing Credentials: Cannot instantiate S3 Client`',
      'h40-018',
      ['credentials', null, null, null]
    ],
    [
      'h40-025 (humanmade/S3-Uploads#286): the PHP SDK’s stream wrapper warning, printed twice by PHP',
      'h40-025',
      ['denial', null, null, 's3']
    ]
  ])('%s', (_title, id, expected) => {
    const findings = parseText(h40(id))
    expect(findings.map((f) => [f.kind, f.code, f.resource, f.service])).toEqual([expected])
  })

  it('h40-012 (fullstorydev/hauser#10): Redshift’s refusal of a database user’s IAM role names the user and the role', () => {
    const [f, ...rest] = parseText(h40('h40-012'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.grammar, f!.principal, f!.resource, f!.traps]).toEqual([
      'denial',
      'redshift-assume-iam-role',
      'arn:aws:redshift:us-west-1:264207711400:dbuser:us-aws-nk-redshift/test_user',
      'arn:aws:iam::264207711400:role/ec2_s3_fullstory_data_export',
      ['redshift-iam-role']
    ])
    expect(f!.explanation).toContain(
      'aws redshift modify-cluster-iam-roles --cluster-identifier us-aws-nk-redshift'
    )
  })

  it('h40-016 (chimpler/postgres-aws-s3#25): LocalStack named as the endpoint: no AWS finding', () => {
    expect(parseText(h40('h40-016'))).toEqual([])
  })

  it('own: counter-cases stay what they are', () => {
    // A status in parentheses with a host that is not AWS's.
    expect(
      parseText("duckdb.Error: HTTP GET error on 'https://files.example.org/a.parquet' (HTTP 403)")
    ).toEqual([])
    // The stream wrapper's other warnings are no refusal.
    expect(
      parseText(
        'PHP Warning:  Not Found in /app/vendor/aws/aws-sdk-php/src/S3/StreamWrapper.php on line 759'
      )
    ).toEqual([])
    // An ARN with a parenthesis of its own keeps it.
    expect(
      parseText(
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/report(1).pdf'
      ).map((f) => f.resource)
    ).toEqual(['arn:aws:s3:::b/report(1).pdf'])
  })
})
