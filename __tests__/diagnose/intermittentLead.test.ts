// Issue 17 (heldout9 review, h9-157): a refusal the text says comes and goes is rarely a missing
// Allow, which refuses every run; what differs between runs opens the explanation.
import { analyzeText } from '../../src/engine/Analysis.js'

const LEAD = 'The text says this refusal happens on some runs only'

function explanations(text: string): string[] {
  return analyzeText(text.endsWith('\n') ? text : text + '\n')
    .findings.filter((f) => f.kind === 'denial' || f.kind === 'encoded')
    .map((f) => f.explanation)
}

describe('an intermittent refusal leads with what differs between runs', () => {
  it.each([
    [
      // PrefectHQ/prefect#9188 (heldout9 h9-157): the title, then the reporter's words
      'PrefectHQ/prefect#9188',
      '# An error occurred (AccessDenied) when calling the ListObjects operation: Access Denied\n\nWhen trying to run flows using the new `projects` pattern, I am setting up just a very simple hello world. there seems to be a flaky/random failure which gives me an `AccessDenied.` Sometimes the flow runs successfully though',
      'flaky'
    ],
    [
      // aws/aws-sdk-ruby#3091
      'aws/aws-sdk-ruby#3091',
      "When trying to retrieve an object from an s3 bucket using `get_object` I'm intermittently getting an access denied error from AWS. The only info I'm getting back from AWS is `#<Aws::S3::Errors::AccessDenied: Access Denied>` which isn't really all that helpful.",
      'intermittently'
    ]
    // A role-passing launch said to fail on some runs (packer-plugin-amazon#217) leads with IAM
    // propagation instead: __tests__/diagnose/traps/iamPropagation.test.ts.
  ])('%s', (_source, text, said) => {
    const [first, ...rest] = explanations(text)
    expect(rest).toEqual([])
    expect(first!.startsWith(LEAD)).toBe(true)
    expect(first).toContain(said)
    expect(first).toContain('aws sts get-caller-identity')
  })

  it.each([
    [
      'own: a page saying a setting can sometimes lead to errors',
      'Running a private image can sometimes lead to errors like this one:\nAn error occurred (AccessDenied) when calling the ListObjects operation: Access Denied'
    ],
    [
      'own: a refusal on every run',
      'It fails every time with:\nAn error occurred (AccessDenied) when calling the ListObjects operation: Access Denied'
    ],
    [
      'own: a random name is no random failure',
      'bucket = "logs-${random_id.suffix.hex}"\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ]
  ])('counter-case: %s', (_t, text) => {
    const found = explanations(text)
    expect(found).toHaveLength(1)
    expect(found[0]).not.toContain(LEAD)
  })

  it('own: a credentials failure said to be intermittent keeps its own advice', () => {
    // aws-actions/configure-aws-credentials#282 words it so; the token fetch, not a policy, fails
    const text =
      "I see the error fairly frequently in one of my repos - it's intermittent and rerunning a workflow will generally work.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers"
    const found = analyzeText(text + '\n').findings
    expect(found.map((f) => f.kind)).toEqual(['credentials'])
    expect(found[0]!.explanation).not.toContain(LEAD)
  })
})
