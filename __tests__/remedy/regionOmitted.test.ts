// An ARN printed with its Region field emptied (heldout9 review h9-103): the statement must not
// keep `arn:aws:sns::…`, which matches no topic; the Region becomes a placeholder. Services whose
// ARNs have no Region (IAM, S3, CloudWatch dashboards) keep the empty field.
import { regionOmitted } from '../../src/catalog/fitResource.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('regionOmitted', () => {
  it.each([
    // heldout9 h9-103 (aws-ia/terraform-aws-control_tower_account_factory#151): account and Region stripped
    'arn:aws:sns:::aft-failure-notifications',
    'arn:aws:sqs::111122223333:jobs',
    'arn:aws:secretsmanager::111122223333:secret:ci/token-AbCdEf'
  ])('%s lost its Region', (arn) => {
    expect(regionOmitted(arn)).toBe(true)
  })

  it.each([
    // Formats without a Region: IAM, S3, and CloudWatch dashboards (aws/aws-cdk#22524: a dashboard
    // ARN WITH a Region was the AccessDenied there).
    'arn:aws:iam::111122223333:role/deploy',
    'arn:aws:s3:::artifacts/app.zip',
    'arn:aws:cloudwatch::111122223333:dashboard/ops',
    'arn:aws:sns:us-east-1:111122223333:alerts',
    'not-an-arn'
  ])('%s keeps what it printed', (arn) => {
    expect(regionOmitted(arn)).toBe(false)
  })
})

describe('statements for an ARN whose Region the log emptied', () => {
  it('h9-103: the SNS topic gets a <REGION> placeholder, never an empty Region', () => {
    const { statements, notes } = analysedOne(corpusText('heldout9.jsonl', 'h9-103'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Resource).toBe(
      'arn:aws:sns:<REGION>:<ACCOUNT_ID>:aft-failure-notifications'
    )
    expect(notes).toMatch(
      /Replace <REGION> with the AWS Region \(the log printed the ARN with its Region field empty/
    )
  })

  it('counter-case: an IAM role ARN keeps its empty Region field', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: iam:GetRole on resource: arn:aws:iam::111122223333:role/deploy because no identity-based policy allows the iam:GetRole action'
    )
    expect(statements[0]!.Resource).toBe('arn:aws:iam::111122223333:role/deploy')
  })
})
