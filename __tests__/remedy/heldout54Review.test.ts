// heldout54–55's expert reviews (issue 17, session 37): a name the command printed, an ID's words
// for the service that owns the type, a typed stand-in account, a refusal no policy decided
// without an identity note, the Session Manager plugin on an operation alone, a checklist that
// says each thing once; from their real excerpts, each with a counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h54 = (id: string) => corpusText('heldout54.jsonl', id)
const h55 = (id: string) => corpusText('heldout55.jsonl', id)

describe('the name the command printed (heldout54 review h54-013)', () => {
  it('h54-013 (awsdocs/amazon-rekognition-developer-guide#56): `--name` in backticks above the error fills the stream processor', () => {
    const { statements } = analysedOne(h54('h54-013'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:rekognition:<REGION>:<ACCOUNT_ID>:streamprocessor/my-stream-processor'
    ])
  })

  it('own: `--name` of another service’s command fills nothing', () => {
    const { statements } = analysedOne(
      [
        'aws glue get-database --name sales',
        'An error occurred (AccessDeniedException) when calling the StopStreamProcessor operation'
      ].join('\n')
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:rekognition:<REGION>:<ACCOUNT_ID>:streamprocessor/<STREAMPROCESSOR_ID>'
    ])
  })
})

describe("an ID's words are the owning service's (heldout55 review h55-010)", () => {
  it('h55-010 (service-cloud-voice/examples-from-doc#75): an Amazon Connect instance is no EC2 `i-…`', () => {
    const { notes } = analysedOne(h55('h55-010'))
    expect(notes).toContain('<INSTANCE_ID>')
    expect(notes).not.toContain('(i-...)')
  })

  it('own: an EC2 instance keeps its EC2 words', () => {
    const { notes } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the StopInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ops is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/i-***** because no identity-based policy allows the ec2:StopInstances action'
    )
    expect(notes).toMatch(/EC2 instance ID|\(i-\.\.\.\)/)
  })
})

describe('a typed stand-in account beside a real one (heldout54 review h54-003)', () => {
  it('h54-003 (mweagle/Sparta#7): `123412341234` beside the log group’s own account says nothing of cross-account', () => {
    const { f } = analysedOne(h54('h54-003'))
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toContain('both sides must allow')
  })

  it('own: two accounts that both look real are two accounts', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::210987654329:assumed-role/app/x is not authorized to perform: logs:DeleteSubscriptionFilter on resource: arn:aws:logs:us-west-2:027159405834:log-group:/aws/lambda/versions:* because no resource-based policy allows the logs:DeleteSubscriptionFilter action'
    )
    expect(f.crossAccount).toBe(true)
  })
})

describe('no identity note where no policy decided (heldout54 review h54-014)', () => {
  it('h54-014 (awsdocs/aws-elemental-mediaconvert-user-guide#5): the function’s role is not "the one to change"', () => {
    const { notes, statements } = analysed(h54('h54-014'))
    expect(statements).toEqual([])
    expect(notes.join('\n')).not.toContain('is the one to change')
  })
})

describe('the Session Manager plugin on an operation alone (heldout54 review h54-023)', () => {
  it('h54-023 (aws/aws-cli#6268): a cut TerminateSession refusal leads with the plugin', () => {
    const { f } = analysedOne(h54('h54-023'))
    expect(f.traps).toContain('ssm-session-plugin')
    expect(f.explanation).toMatch(/^If this came from `aws ssm start-session`/)
  })

  it('own: another service’s TerminateSession is not Session Manager’s', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the TerminateSession operation: User: arn:aws:iam::111122223333:user/u is not authorized to perform: sagemaker:TerminateSession'
    )
    expect(f.traps).not.toContain('ssm-session-plugin')
  })
})

describe('a checklist that says each thing once (heldout55 review h55-003)', () => {
  it('h55-003 (stechstudio/laravel-env-security#14): the instance role is named once', () => {
    const { f, notes } = analysedOne(h55('h55-003'))
    const checks = `${f.explanation}\n${notes}`
    expect(checks).toContain('Check where the failing program gets its credentials')
    expect(checks.match(/instance or task role/g)?.length ?? 0).toBeLessThanOrEqual(1)
  })
})

describe('a snapshot repository reads and writes its whole base path (heldout55 review h55-019, h55-024)', () => {
  it('h55-019 (elastic/cloud-on-k8s#7208): a restore refused on one `.dat` file is granted the base path', () => {
    const { statements } = analysed(h55('h55-019'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::my-backup-bucket/last-backup/*']
    ])
  })

  it('h55-024 (elastic/elasticsearch#14297): the verification’s upload brings the rest of the set', () => {
    const { statements } = analysedOne(h55('h55-024'))
    expect(
      statements
        .map((s) => s.Action)
        .flat()
        .sort()
    ).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject'])
  })

  it('own: a key outside any repository layout keeps its own prefix rule', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::assets/site/index.html" because no identity-based policy allows the s3:GetObject action'
    )
    expect(statements.map((s) => s.Resource)).toEqual(['arn:aws:s3:::assets/site/index.html'])
  })
})

describe("SNS's delivery status log (heldout54 review h54-001)", () => {
  it('h54-001 (MassTransit/MassTransit#1525): the queue policy must admit SNS, no identity policy', () => {
    const { f, statements } = analysedOne(h54('h54-001'))
    expect(f.traps).toEqual(['service-delivery-policy'])
    expect(f.explanation).toMatch(
      /^SNS's delivery status says a topic could not deliver to the queue `arn:aws:sqs:us-west-2:\[redacted\]:process_order`/
    )
    expect(f.explanation).toContain('`aws:SourceArn`')
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(statements).toEqual([])
  })

  it('own: an application’s SQS refusal without SNS’s status fields is the caller’s', () => {
    const { f } = analysedOne(
      'Aws::SQS::Errors::AccessDenied: Access to the resource https://sqs.eu-central-1.amazonaws.com/003688427525/excel_worker is denied.'
    )
    expect(f.traps).not.toContain('service-delivery-policy')
  })
})
