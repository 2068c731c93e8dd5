// heldout21's expert review (issue 17, session 23): the wrong findings on logs nobody here had
// seen, each with the corpus text it was found on and counter-cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

const h21 = (id: string) => corpusText('heldout21.jsonl', id)
const one = (text: string) => {
  const { findings } = analyzeText(text)
  expect(findings).toHaveLength(1)
  return findings[0]!
}

describe("the kubelet's own start-up call is the node role's (review h21-009, h21-010)", () => {
  it.each(['h21-009', 'h21-010'])('%s: the node policy, not the load balancers’ role', (id) => {
    const f = one(h21(id))
    expect(f.inferred?.kubernetesIntegration?.value).toBe('kubelet-cloud-provider')
    expect(f.explanation).toContain("the node's own instance role")
    expect(f.explanation).not.toContain('AmazonEKSClusterPolicy')
    expect(f.explanation).not.toContain('elasticloadbalancing:CreateLoadBalancer')
  })

  it('own counter-case: the controller manager creating a load balancer keeps the control plane’s role', () => {
    const f = one(
      'E0102 10:00:00.000000       1 aws_loadbalancer.go:120] Error creating load balancer (will retry): failed to ensure load balancer for service default/web: UnauthorizedOperation: You are not authorized to perform this operation.'
    )
    expect(f.inferred?.kubernetesIntegration?.value).toBe('aws-cloud-provider')
  })
})

describe('a launch given no instance profile passes no role (review h21-017)', () => {
  it('h21-017 (run-instances --dry-run, encoded): the call itself first, PassRole only if a profile is passed', () => {
    const f = analyzeText(h21('h21-017')).findings[0]!
    expect(f.explanation).toContain('`ec2:RunInstances` needs the call itself first')
    expect(f.explanation).toContain('a launch given no instance profile passes no role')
    expect(f.explanation).not.toContain('The caller needs both')
  })

  it('own counter-case: a call that always passes a role still says both are needed', () => {
    const f = one(
      'An error occurred (UnauthorizedOperation) when calling the CreateFlowLogs operation: You are not authorized to perform this operation.'
    )
    expect(f.explanation).toContain('The caller needs both')
  })
})

describe('a policy pasted above the refusal that already allows it (review h21-052)', () => {
  it("h21-052 (Cognito's role printed as s3:* on *): an Allow exists, the cause is elsewhere", () => {
    const f = one(h21('h21-052'))
    expect(f.inferred?.statedCause?.value).toBe('allow-exists')
    expect(f.explanation).toMatch(/^The log says an Allow is already in place/)
  })

  it('own counter-cases: a statement that does not cover the call, two statements’ fields', () => {
    const refused =
      '2019-05-20 17:56:21.645 E/S3Uploader: Error upload file to S3 bucket : Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 375C07384A904483)'
    const narrow = [
      '- "Effect": "Allow",',
      '- "Action": "s3:GetObject",',
      '- "Resource": "*"',
      '- }',
      refused
    ]
    expect(one(narrow.join('\n')).inferred?.statedCause).toBeUndefined()
    // Read as one, the Deny's `s3:*` would be taken for the Allow's action.
    const two = [
      '"Effect": "Deny",',
      '"Action": "s3:*",',
      '"Resource": "*"',
      '"Effect": "Allow",',
      '"Action": "s3:GetObject",',
      '"Resource": "*"',
      'upload started',
      'uploading photo.jpg',
      'retrying',
      'still failing',
      refused
    ]
    expect(one(two.join('\n')).inferred?.statedCause).toBeUndefined()
  })
})

describe('a caller’s ARN half hidden by the reporter is still a role (review h21-002, h21-004)', () => {
  it('h21-002 (the JetBrains toolkit, the role name deleted): a role whose name is hidden, no user command', () => {
    const f = one(h21('h21-002'))
    expect(f.fixTarget.principalType).toBe('role')
    expect(f.title).toBe(
      'tag:GetResources denied for a role whose name the log hides (ResourceGroupsTaggingApiException)'
    )
    const [remedy] = buildRemedies([f])
    expect(remedy!.renderings.cli).toContain("put-role-policy --role-name '<CALLER_ROLE_NAME>'")
    expect(remedy!.renderings.cli).not.toContain('put-user-policy')
  })

  it('h21-004 (aegea, the head and session elided): the role name the log prints', () => {
    const f = one(h21('h21-004'))
    expect(f.fixTarget).toMatchObject({ principalType: 'role', principalName: 'aegea.launch' })
    expect(buildRemedies([f])[0]!.renderings.cli).toContain(
      "put-role-policy --role-name 'aegea.launch'"
    )
  })

  it('own counter-case: an elided user keeps the user', () => {
    const f = one(
      'An error occurred (AccessDenied) when calling the ListBuckets operation: User: ...:user/ci-bot is not authorized to perform: s3:ListAllMyBuckets'
    )
    expect(f.fixTarget).toMatchObject({ principalType: 'user', principalName: 'ci-bot' })
  })
})
