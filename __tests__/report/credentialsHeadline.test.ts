// The credentials headline says what happened to them (issue 17): "AWS did not accept the
// credentials" only where a signed request reached AWS; where the client found none, nothing was
// sent (heldout11 review h11-087, h11-109…112).
import { renderComment } from '../../src/report/renderComment.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import { credentialHeadline } from '../../src/model/credentialCauses.js'
import { corpusText } from '../support/corpusRecords.js'

const opts = { key: 'ci.yml/deploy', title: 'CI / deploy' }
const lines = (text: string): string[] =>
  renderComment(
    withRemedies(analyzeText(text + '\n', 'x.log'), undefined, () => {}),
    opts
  ).split('\n')
const intro = (text: string): string => lines(text).find((l) => l.startsWith('**')) ?? ''
const heading = (text: string): string => lines(text).find((l) => l.startsWith('### ')) ?? ''

// mariamrf/py-lambda-action#9: the AWS CLI in a GitHub Actions step with no credentials set.
const CLI_NONE = [
  'Unable to locate credentials. You can configure credentials by running "aws configure".',
  'Using the layer in the function...',
  'Unable to locate credentials. You can configure credentials by running "aws configure".',
  'Done.'
].join('\n')

describe('no credentials were found: none were sent', () => {
  it.each([
    ['h11-109 (Velero, NoCredentialProviders)', corpusText('heldout11.jsonl', 'h11-109')],
    ['h11-110 (Velero)', corpusText('heldout11.jsonl', 'h11-110')],
    ['h11-111 (Loki)', corpusText('heldout11.jsonl', 'h11-111')],
    ['h11-112 (botocore NoCredentialsError)', corpusText('heldout11.jsonl', 'h11-112')],
    ['py-lambda-action#9 (aws CLI)', CLI_NONE]
  ])('%s', (_name, text) => {
    expect(intro(text)).toMatch(
      /found\. No policy change can fix (it|them): no AWS credentials were sent, because the client found none\. What to check:$/
    )
    expect(heading(text)).toBe('### No AWS credentials were sent in CI / deploy')
    expect(lines(text).join('\n')).not.toMatch(/did not accept/)
  })

  it('h11-087: the instance metadata service gave none', () => {
    const text = corpusText('heldout11.jsonl', 'h11-087')
    expect(intro(text)).toMatch(
      /No policy change can fix it: no AWS credentials were sent, because the instance metadata service gave none\./
    )
    expect(heading(text)).toBe('### No AWS credentials were sent in CI / deploy')
  })
})

describe('counter-cases: credentials AWS did receive and refuse', () => {
  it('an access key AWS does not recognise (terraform, nerves-hub/terraform#4)', () => {
    const text = corpusText('heldout.jsonl', 'h041')
    expect(intro(text)).toMatch(
      /No policy change can fix it: AWS did not recognise the access key\./
    )
    expect(heading(text)).toBe("### AWS did not accept the job's credentials in CI / deploy")
  })

  it('a cause not listed keeps "AWS did not accept the credentials used"', () => {
    expect(credentialHeadline('a-cause-no-table-lists')).toEqual({
      reason: 'AWS did not accept the credentials used'
    })
    expect(credentialHeadline(undefined).nothingSent).toBeUndefined()
  })

  it('the summary says the same, with the details below', () => {
    const report = withRemedies(
      analyzeText(corpusText('heldout11.jsonl', 'h11-112') + '\n', 'x.log'),
      undefined,
      () => {}
    )
    expect(renderMarkdown(report)).toContain(
      'No policy change can fix it: no AWS credentials were sent, because the client found none. What to check below.'
    )
  })
})

// The heldout132–135 review: the Markdown report (the job summary, the CLI's --format markdown) was
// headed "AWS authorization failure" over a credentials problem the body says no policy fixes.
describe("the Markdown report's heading counts as the summary does", () => {
  const mdHeading = (text: string): string =>
    renderMarkdown(withRemedies(analyzeText(text + '\n', 'x.log'), undefined, () => {}))
      .split('\n')
      .find((l) => l.startsWith('### ')) ?? ''

  it('h135-001 (InvalidClientTokenId on AssumeRole): a credentials problem', () => {
    expect(mdHeading(corpusText('heldout135.jsonl', 'h135-001'))).toBe(
      '### whydenied: 1 AWS credentials problem'
    )
  })

  it('own: a denial and a credentials problem in one log are counted apart', () => {
    expect(
      mdHeading(
        'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action'
      )
    ).toBe('### whydenied: 2 AWS errors')
  })
})
