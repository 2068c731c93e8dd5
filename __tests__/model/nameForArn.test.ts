// A bare name sent where the API needs an ARN: no grant can match it, the request must change.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { nameForArn } from '../../src/model/nameForArn.js'

// Source: crossplane-contrib/provider-upjet-aws#957 (CloudTrail showed clusterArn set to the name).
const UPJET_957 =
  'reading MSK Serverless Cluster (dev-awseuw1-test-1-apm): AccessDeniedException: User: arn:aws:sts::<REDACTED>:assumed-role/crossplane/aws-go-sdk-1699620053884928729 is not authorized to perform: kafka:DescribeClusterV2 on resource: dev-awseuw1-test-1-apm'

describe('a name passed where the API takes an ARN', () => {
  it('upjet#957: says so, and drafts no Allow on a made-up cluster ARN', () => {
    const { findings } = analyzeText(UPJET_957)
    const [f] = findings
    expect(f!.fixTarget.kind).toBe('resource-name')
    expect(f!.explanation).toContain(
      "The request sent `dev-awseuw1-test-1-apm`, a name, where MSK's API takes the cluster's ARN (ClusterArn)"
    )
    const remedies = buildRemedies(findings)
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).toMatch(
      /^No statement is proposed\. The request sent `dev-awseuw1-test-1-apm`, a name.*external-name must be the ARN/
    )
    expect(validateRemedies(remedies, findings)).toEqual([])
  })

  it('the same refusal naming the cluster ARN is granted as usual', () => {
    const text = UPJET_957.replace(
      /on resource: .*$/,
      'on resource: arn:aws:kafka:eu-west-1:123456789012:cluster/dev-awseuw1-test-1-apm/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-s1'
    )
    const { findings } = analyzeText(text)
    expect(findings[0]!.fixTarget.kind).toBe('identity-policy')
    expect(buildRemedies(findings).flatMap((r) => r.statements)).toHaveLength(1)
  })

  it.each([
    ['a wildcard', 'kafka', '*'],
    ['a mask', 'kafka', '<REDACTED>'],
    ['an ARN', 'kafka', 'arn:aws:kafka:eu-west-1:123456789012:cluster/a/b'],
    ['a service with no rule', 'secretsmanager', 'semgrep_token'],
    ['no resource', 'kafka', null]
  ])('%s is not a name for an ARN', (_, service, resource) => {
    expect(nameForArn(service, resource)).toBeNull()
  })
})
