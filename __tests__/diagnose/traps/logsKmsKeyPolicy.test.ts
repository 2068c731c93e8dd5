// CloudWatch Logs refusing a log group's KMS key: the key policy admits Logs' service principal
// for that log group, nothing of the caller's (heldout18 review h18-097).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('logs-kms-key-policy', () => {
  it('h18-097 (a Pulumi run creating an encrypted log group): the key policy, not the caller', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout18.jsonl', 'h18-097'))
    expect(f.traps).toContain('logs-kms-key-policy')
    expect(f.explanation).toContain('`logs.us-east-1.amazonaws.com`')
    expect(f.explanation).toContain('kms:EncryptionContext:aws:logs:arn')
    expect(f.fixTarget.description).toMatch(/^the key policy of the log group's KMS key/)
    expect(statements).toEqual([])
    // The masked account becomes a placeholder in the pasted condition, never a wildcard.
    const note = notes
    expect(note).toContain('AllowCloudWatchLogsForThisLogGroup')
    expect(note).toContain(
      '"arn:aws:logs:us-east-1:<ACCOUNT_ID>:log-group:/aws/ec2/TapStack-pr2075"'
    )
    expect(note).not.toContain('***')
  })

  it('own: the CLI associating a key, the Region read from the ARN', () => {
    const { f } = analysedOne(
      "An error occurred (AccessDeniedException) when calling the AssociateKmsKey operation: The specified KMS key does not exist or is not allowed to be used with Arn 'arn:aws:logs:eu-west-1:111122223333:log-group:app'"
    )
    expect(f.traps).toContain('logs-kms-key-policy')
    expect(f.code).toBe('AccessDeniedException')
    expect(f.explanation).toContain('`logs.eu-west-1.amazonaws.com`')
  })

  it('counter-case: the same words for another service’s resource are not this one', () => {
    const { f } = analysedOne(
      "An error occurred (KMSInvalidStateException) when calling the Publish operation: The specified KMS key does not exist or is not allowed to be used with Arn 'arn:aws:sns:eu-west-1:111122223333:topic'"
    )
    expect(f.traps).not.toContain('logs-kms-key-policy')
  })
})
