// Heldout55 review (h55-023, h55-035, "missing"): credentials AWS does not recognise, or an OIDC
// provider STS cannot find, where the log names GovCloud or China, lead with the partition: a
// client calling the standard partition's endpoints asks accounts that know neither.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const LEAD = /^The log names (AWS GovCloud \(US\)|AWS China) \(/

function credentials(text: string) {
  const found = analyzeText(text.endsWith('\n') ? text : text + '\n').findings.filter(
    (f) => f.kind === 'credentials'
  )
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

describe('unknown credentials or OIDC provider where the log names another partition', () => {
  it.each([
    // cloudnative-pg/plugin-barman-cloud#500: the EKS issuer's Region
    ['h55-023', corpusText('heldout55.jsonl', 'h55-023'), 'aws-us-gov', 'us-gov-west-1'],
    // grafana/redshift-datasource#160: the Region in the writer's words
    ['h55-035', corpusText('heldout55.jsonl', 'h55-035'), 'aws-us-gov', 'us-gov-west-1'],
    // aws/aws-sdk-js-v3#5083: China's domain in the issuer
    ['h20-047', corpusText('heldout20.jsonl', 'h20-047'), 'aws-cn', 'cn-north-1'],
    // hashicorp/boundary#2233: "GovCloud" in words, the partition's first Region proposed
    ['h50-022', corpusText('heldout50.jsonl', 'h50-022'), 'aws-us-gov', 'us-gov-west-1'],
    // elastic/beats#24840: the queue's Region, us-gov-east-1, is the one proposed
    ['h41-011', corpusText('heldout41.jsonl', 'h41-011'), 'aws-us-gov', 'us-gov-east-1']
  ])('%s', (_id, text, partition, region) => {
    const f = credentials(text)
    expect(f.inferred?.signals?.['partition-credentials']?.value).toBe(partition)
    expect(f.explanation).toMatch(LEAD)
    expect(f.explanation).toContain(`\`AWS_REGION=${region}\``)
    expect(f.explanation).toContain('`AWS_STS_REGIONAL_ENDPOINTS=regional`')
    expect(f.explanation).toContain(`\`arn:${partition}:\``)
    const host = `https://sts.${region}.amazonaws.com${partition === 'aws-cn' ? '.cn' : ''}`
    expect(f.explanation).toContain(host)
  })

  it.each([
    [
      'no partition named',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
    ],
    [
      "the partition's own STS endpoint was called",
      'POST https://sts.us-gov-west-1.amazonaws.com/ 403\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
    ],
    [
      'both GovCloud and China named',
      'regions: us-gov-west-1, cn-north-1\nInvalidClientTokenId: The security token included in the request is invalid.'
    ],
    [
      'expired credentials in GovCloud (another cause)',
      'aws s3 ls --region us-gov-west-1\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.'
    ]
  ])('counter-case: %s', (_n, text) => {
    const f = credentials(text)
    expect(f.inferred?.signals?.['partition-credentials']).toBeUndefined()
    expect(f.explanation).not.toMatch(LEAD)
  })
})
