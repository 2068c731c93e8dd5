// The expert review of heldout128–129 on the session's start build (docs/reviews/2026-12-06-heldout128.md):
// the fixes not covered by a trap's own test file or the recall tests.
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)

describe('registry clients that do not read docker’s login', () => {
  it.each([
    ['h128-086', 'kubelet', /The kubelet gets ECR tokens itself with the node's instance role/],
    ['h128-088', 'containerd', /crictl pull --creds/],
    ['h128-091', 'ecr-credential-helper', /the ECR credential helper found no AWS credentials/]
  ])('%s: %s', (id, client, note) => {
    const { findings, notes } = analysed(h(id))
    const login = findings.find((f) => f.detail.cause === 'registry-login')!
    expect(login.inferred?.signals?.['registry-client']?.value).toBe(client)
    expect(notes.join('\n')).toMatch(note)
    expect(notes.join('\n')).not.toMatch(/piped to `docker login`/)
  })

  it('own: docker’s own pull keeps the docker login', () => {
    const { findings, notes } = analysed(
      '$ docker pull 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1\nError response from daemon: Head "https://111122223333.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/1": no basic auth credentials'
    )
    expect(findings[0]!.detail.cause).toBe('registry-login')
    expect(findings[0]!.inferred?.signals?.['registry-client']).toBeUndefined()
    expect(notes.join('\n')).toMatch(/Docker sent no valid login/)
  })
})

describe('what the review found read wrong, now read right', () => {
  it('h128-072: the explicit deny in emphasis proposes no Allow', () => {
    const { findings, statements } = analysed(h('h128-072'))
    expect(findings[0]!.deny).toBe('explicit')
    expect(statements).toEqual([])
  })

  it('h128-083: a login to the ECR API interface endpoint is ECR’s refusal, not `vpce`', () => {
    expect(analysed(h('h128-083')).findings[0]!.service).toBe('ecr')
  })

  it('h129-031 (CloudQuery): an expired SSO access token is the SSO session, not missing keys', () => {
    const { findings, notes } = analysed(h('h129-031'))
    expect(findings[0]!.detail.cause).toBe('sso-expired')
    expect(notes.join('\n')).toMatch(/aws sso login/)
  })

  it("h129-140: CloudWatch's alarms are a service caller: the topic's policy admits it, no identity statement", () => {
    const { findings, statements } = analysed(h('h129-140'))
    expect(findings[0]!.traps).toContain('service-caller-by-name')
    expect(findings[0]!.explanation).toContain('cloudwatch.amazonaws.com')
    expect(findings[0]!.fixTarget.kind).toBe('resource-policy')
    expect(statements).toEqual([])
  })

  it('h129-122: the Cognito guest role is named whole, and no statement gives guests iot:AttachPolicy', () => {
    const { findings, statements } = analysed(h('h129-122'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.traps).toContain('cognito-unauthenticated-role')
    expect(statements).toEqual([])
  })
})

describe('the call a CDK lookup names', () => {
  it("h128-047 (aws/aws-cdk#1898): `Reading AZs for` above EC2's refusal is DescribeAvailabilityZones on *", () => {
    const { findings, statements } = analysed(h('h128-047'))
    expect(findings[0]!.inferred?.action?.value).toBe('ec2:DescribeAvailabilityZones')
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['ec2:DescribeAvailabilityZones', '*']
    ])
  })

  it('own: another service refused under the same words is not EC2’s call', () => {
    const { findings } = analysed(
      'Reading AZs for 111122223333:us-east-1\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(findings[0]!.inferred?.action?.value).not.toBe('ec2:DescribeAvailabilityZones')
  })
})

describe('the call a tool’s words name', () => {
  it('h128-026 (Lambda relaying EC2, wrapped in the Serverless banner): `permission to DescribeSecurityGroups`', () => {
    const { findings, statements } = analysed(h('h128-026'))
    expect(findings[0]!.inferred?.action?.value).toBe('ec2:DescribeSecurityGroups')
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['ec2:DescribeSecurityGroups', '*']
    ])
  })

  it("h128-029 (Terraform's words under Pulumi): `Error putting object in S3 bucket` is PutObject", () => {
    const { findings } = analysed(h('h128-029'))
    expect(findings[0]!.inferred?.action?.value).toBe('s3:PutObject')
  })

  it('own: `permission to` in other words names nothing', () => {
    const { findings } = analysed(
      'You do not have permission to DescribeSecurityGroups, ask your admin.\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.'
    )
    expect(findings[0]!.inferred?.action?.value).not.toBe('ec2:DescribeSecurityGroups')
  })
})

describe('values the log names, not placeholders', () => {
  it("h129-112 (the CLI's `--queue-url=…`): the queue's account and name fill the statement", () => {
    const { statements } = analysed(h('h129-112'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:sqs:us-east-1:831754492748:ecs-test-plepeskaQueue'
    ])
  })

  it('own: a queue URL of another host fills nothing', () => {
    const { statements } = analysed(
      '$ aws sqs receive-message --queue-url http://localhost:9324/000000000000/q --region us-east-1\nAn error occurred (AccessDenied) when calling the ReceiveMessage operation: Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied.'
    )
    expect(String(statements[0]?.Resource ?? '')).not.toContain(':q')
  })
})
