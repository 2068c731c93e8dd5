// heldout10 review (h10-054, "missing"): credentials AWS does not recognise, sent to an opt-in
// Region, lead with the Region (not enabled, or a global-STS token valid in default Regions only)
// before the generic key checks.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const LEAD = /^The request went to ([a-z0-9-]+), an opt-in Region/

function credentials(text: string) {
  const found = analyzeText(text.endsWith('\n') ? text : text + '\n').findings.filter(
    (f) => f.kind === 'credentials'
  )
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

describe('unrecognised credentials in an opt-in Region lead with the Region', () => {
  it.each([
    // aws-azure-login/aws-azure-login#251 (heldout10 h10-054): the STS endpoint's host
    ['h10-054', corpusText('heldout10.jsonl', 'h10-054'), 'af-south-1'],
    [
      // remotion-dev/github-unwrapped-2022#34: the deploy loop names the Region it started
      'remotion-dev/github-unwrapped-2022#34',
      'done region eu-west-3\nstart region eu-south-1\nInvalidClientTokenId: The security token included in the request is invalid.\n    at throwDefaultError (/Users/lorenzo/Desktop/softwarearchiv/jsvideo/node_modules/@aws-sdk/smithy-client/dist-cjs/default-error-handler.js:8:22)',
      'eu-south-1'
    ],
    [
      // segmentio/aws-okta#225: the CLI's --region, EC2's AuthFailure
      'segmentio/aws-okta#225',
      'aws-okta exec x -- aws ec2 describe-instances --region ap-east-1\n\nAn error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials\nexit status 255',
      'ap-east-1'
    ]
  ])('%s', (_n, text, region) => {
    const f = credentials(text)
    expect(f.inferred?.signals?.['opt-in-region']?.value).toBe(region)
    expect(f.explanation).toMatch(LEAD)
    expect(f.explanation).toContain(`aws account enable-region --region-name ${region}`)
    expect(f.explanation).toContain('v2Token')
  })

  it.each([
    [
      'a default Region (segmentio/aws-okta#225, the same call in ap-southeast-1)',
      'aws-okta exec x -- aws ec2 describe-instances --region ap-southeast-1\n\nAn error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials'
    ],
    [
      'an opt-in Region beside expired credentials (not the unrecognised-key cause)',
      'aws s3 ls --region me-south-1\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.'
    ],
    [
      'a Region name that only starts like one (af-south-10)',
      'region = af-south-10\nInvalidClientTokenId: The security token included in the request is invalid.'
    ]
  ])('counter-case: %s', (_n, text) => {
    const f = credentials(text)
    expect(f.inferred?.signals?.['opt-in-region']).toBeUndefined()
    expect(f.explanation).not.toMatch(LEAD)
  })
})
