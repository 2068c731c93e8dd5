// Issue 17 (heldout6 review, h6-083): Lambda's "unable to decrypt the environment variables" with
// KMS's UnrecognizedClientException is a stale KMS grant (the execution role was deleted and
// recreated), fixed by re-saving the function's role: never a key-policy or IAM edit.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

// The error as the AWS knowledge center quotes it
// (https://repost.aws/knowledge-center/lambda-kmsaccessdeniedexception-errors).
const UNRECOGNISED =
  "Calling the invoke API action failed with this message: Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function's AWS KMS key settings. KMS Exception: UnrecognizedClientExceptionKMS Message: The security token included in the request is invalid."

// serverless/examples#279 (fixed by "Setting the IAM role to a different one, saving, setting it
// back"); the same words in DataBiosphere/azul#4200.
const CIPHERTEXT =
  '"Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function\'s KMS key settings. KMS Exception: AccessDeniedExceptionKMS Message: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access."'

// cattle-ops/terraform-aws-gitlab-runner#1253: KMS's own IAM sentence, a real missing kms:Decrypt.
const IAM_SENTENCE = `Calling the invoke API action failed with this message: Lambda was unable to decrypt the environment variables
because KMS access was denied. Please check the function's KMS key settings. KMS Exception:
AccessDeniedExceptionKMS Message: User: arn:aws:sts::123456789012:assumed-role/runner-terminate/fn is not authorized to perform: kms:Decrypt on resource:
arn:aws:kms:eu-west-1:123456789012:key/0f6e4c3a-1b2c-4d5e-8f90-123456789abc because no identity-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400,
Request ID: 1c2d3e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f)`

describe("Lambda's stale KMS grant", () => {
  it.each([
    ['the knowledge-center wording', UNRECOGNISED],
    ['the review case h6-083 (Portuguese page)', corpusText('heldout6.jsonl', 'h6-083')],
    // Nasty: the same message escaped inside a JSON string, wrapped by the log.
    [
      'wrapped in a JSON string',
      `{"errorMessage": "Lambda was unable to decrypt the environment\\nvariables because KMS access was denied. KMS Exception: UnrecognizedClientExceptionKMS Message: The security token included in the request is invalid."}`
    ]
  ])('%s: re-save the role, no statement, no key-policy advice', (_, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('lambda-stale-kms-grant')
    expect(f.traps).not.toContain('kms-key-policy')
    expect(f.title).toMatch(/grant for the function is stale/)
    expect(f.explanation).toMatch(/^KMS answered `UnrecognizedClientException`/)
    expect(f.explanation).toMatch(/update-function-configuration/)
    expect(f.explanation).not.toMatch(/may not use the KMS key|key policy must allow/)
    expect(f.fixTarget).toMatchObject({ kind: 'workflow', owner: 'you' })
    expect(statements).toEqual([])
    expect(notes).toMatch(/No statement is proposed: the function's KMS grant/)
  })

  it('the ciphertext wording leads with the stale grant and keeps the key-policy check', () => {
    const { f, notes } = analysedOne(CIPHERTEXT)
    expect(f.traps).toEqual(expect.arrayContaining(['lambda-kms-grant-or-key', 'kms-key-policy']))
    expect(f.traps).not.toContain('lambda-stale-kms-grant')
    expect(f.explanation).toMatch(/^Lambda decrypts the environment variables through a KMS grant/)
    expect(notes.split('\n')[0]).toMatch(
      /^Before pasting a statement: if the execution role was recreated/
    )
  })

  it("KMS's own IAM sentence is a real missing permission: neither grant trap", () => {
    const { f, statements } = analysedOne(IAM_SENTENCE)
    expect(f.action).toBe('kms:Decrypt')
    expect(f.traps).not.toContain('lambda-stale-kms-grant')
    expect(f.traps).not.toContain('lambda-kms-grant-or-key')
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('kms:Decrypt')
  })
})
