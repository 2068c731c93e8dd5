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

  it("KMS's own IAM sentence is a real missing permission: the grant is a closing note, the statement stays", () => {
    const { f, statements } = analysedOne(IAM_SENTENCE)
    expect(f.action).toBe('kms:Decrypt')
    expect(f.traps).not.toContain('lambda-stale-kms-grant')
    expect(f.traps).toContain('lambda-kms-grant-or-key')
    expect(f.explanation).not.toMatch(/^Lambda decrypts the environment variables/)
    expect(f.explanation).toMatch(/Lambda decrypts the environment variables through a KMS grant/)
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('kms:Decrypt')
  })
})

// cattle-ops/terraform-aws-gitlab-runner#1253, as printed: the author masked both ARNs.
const GITLAB_RUNNER_1253 = `Calling the invoke API action failed with this message: Lambda was unable to decrypt the environment variables
because KMS access was denied. Please check the function's KMS key settings. KMS Exception:
AccessDeniedExceptionKMS Message: User: <arn here> is not authorized to perform: kms:Decrypt on resource:
<arn here> because no identity-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400,
Request ID: <request id here>)`

describe("Lambda's environment decryption quoted with KMS's IAM sentence (heldout12 review, h12-129)", () => {
  it('review h12-129: a post-mortem of a recreated function leads with the stale grant; `...` is no name', () => {
    const { f, notes } = analysedOne(corpusText('heldout12.jsonl', 'h12-129'))
    expect(f.inferred?.signals?.['lambda-env-decrypt']?.value).toBe('recreated')
    expect(f.traps).toContain('lambda-kms-grant-or-key')
    expect(f.explanation).toMatch(/^Lambda decrypts the environment variables through a KMS grant/)
    expect(f.explanation).toMatch(/update-function-configuration/)
    // The principal the author cut to `...` stays as printed, but is never shown as a name.
    expect(f.principal).toBe('...')
    expect(f.title).toBe(
      'kms:Decrypt denied for a caller whose name the log hides (KMSAccessDeniedException)'
    )
    expect(f.fixTarget.description).toBe(
      'the identity policy of the caller (its name is cut or masked in the log)'
    )
    expect(f.explanation).not.toMatch(/ of \.\.\.[ .]/)
    expect(notes).toMatch(/^Before pasting a statement: if the execution role was recreated/)
  })

  it('cattle-ops/terraform-aws-gitlab-runner#1253: no recreation said, the grant closes; `<arn here>` is no name', () => {
    const { f, statements } = analysedOne(GITLAB_RUNNER_1253)
    expect(f.inferred?.signals?.['lambda-env-decrypt']?.value).toBe('env')
    expect(f.traps).toContain('lambda-kms-grant-or-key')
    expect(f.explanation).not.toMatch(/^Lambda decrypts/)
    expect(f.title).not.toContain('<arn here>')
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('kms:Decrypt')
  })

  it('own counter-cases: a kms:Decrypt refusal outside Lambda, and a function that reads a secret, get no grant trap', () => {
    for (const text of [
      // S3 relaying KMS for an object read: a redeploy said nearby changes nothing.
      'After the redeploy: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action',
      // A function's own code decrypting a value it reads: its environment is not in question.
      'The Lambda reads environment variables fine, then fails: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/fn-role/fn is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    ]) {
      const { f } = analysedOne(text)
      expect(f.traps).not.toContain('lambda-kms-grant-or-key')
      expect(f.traps).not.toContain('lambda-stale-kms-grant')
    }
  })
})
