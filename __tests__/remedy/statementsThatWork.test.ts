// Statements that would not work as drafted (issue 17, point 1): a list-style call refused without
// a resource needs "*", tagging at creation needs the tagging action, and a fleet's instances get
// IDs only after the check. Real excerpts name their source; the others are nasty cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { qualifiedAction } from '../../src/catalog/operationQualifiers.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import type { PolicyStatement } from '../../src/model/Remedy.js'

function analysed(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  const statements: PolicyStatement[] = remedies.flatMap((r) => r.statements)
  const notes = remedies.flatMap((r) => r.notes).join('\n')
  return { findings, remedies, statements, notes }
}

const resourcesOf = (s: PolicyStatement | undefined): string[] =>
  s === undefined ? [] : Array.isArray(s.Resource) ? s.Resource : [s.Resource ?? '']

const statementFor = (statements: PolicyStatement[], action: string) =>
  statements.find((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]).includes(action))

describe('a list-style call refused without a resource', () => {
  // aws/aws-dotnet-deploy#527: the tool lists stacks, so no stack name is sent.
  const dotnetDeploy = [
    'AccessDenied',
    'User: arn:aws:iam::123456789012:user/jangirg-limited is not authorized to perform: cloudformation:DescribeStacks because no identity-based policy allows the cloudformation:DescribeStacks action'
  ].join('\n')

  it('allows the action on "*" and says why a stack ARN would not do', () => {
    const { statements, notes } = analysed(dotnetDeploy)
    expect(resourcesOf(statementFor(statements, 'cloudformation:DescribeStacks'))).toEqual(['*'])
    expect(notes).toMatch(/without --stack-name/)
    expect(notes).not.toMatch(/placeholder ARN to fill in/)
  })

  // kubernetes-sigs/cluster-api-provider-aws#954: the same user, once with a stack, once without.
  const capa = [
    'root@ubuntu:~# aws cloudformation describe-stack-resources --stack-name cluster-api-provider-aws-sigs-k8s-io',
    '',
    'An error occurred (AccessDenied) when calling the DescribeStackResources operation: User: arn:aws:iam::401498752540:user/bootstrapper.cluster-api-provider-aws.sigs.k8s.io is not authorized to perform: cloudformation:DescribeStackResources on resource: arn:aws:cloudformation:us-east-1:401498752540:stack/cluster-api-provider-aws-sigs-k8s-io/103a4ce0-b63c-11e9-843e-1297d6a5b478',
    'root@ubuntu:~# aws cloudformation describe-stacks',
    '',
    'An error occurred (AccessDenied) when calling the DescribeStacks operation: User: arn:aws:iam::401498752540:user/bootstrapper.cluster-api-provider-aws.sigs.k8s.io is not authorized to perform: cloudformation:DescribeStacks'
  ].join('\n')

  it('keeps the printed stack for the scoped call and "*" for the unscoped one', () => {
    const { statements } = analysed(capa)
    expect(resourcesOf(statementFor(statements, 'cloudformation:DescribeStackResources'))).toEqual([
      'arn:aws:cloudformation:us-east-1:401498752540:stack/cluster-api-provider-aws-sigs-k8s-io/103a4ce0-b63c-11e9-843e-1297d6a5b478'
    ])
    expect(resourcesOf(statementFor(statements, 'cloudformation:DescribeStacks'))).toEqual(['*'])
  })

  it('keeps a stack ARN when the message names one', () => {
    // aws-samples/aws-hpc-tutorials#271
    const { statements } = analysed(
      'User: arn:aws:sts::190871520000:assumed-role/S3FullAccessForEC2Ohio/i-0d87aae0ea9c60000 is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-2:190871520000:stack/hpc/* because no identity-based policy allows the cloudformation:DescribeStacks action'
    )
    expect(resourcesOf(statementFor(statements, 'cloudformation:DescribeStacks'))).toEqual([
      'arn:aws:cloudformation:us-east-2:190871520000:stack/hpc/*'
    ])
  })

  it('never answers an explicit deny with "*"', () => {
    // aws/aws-dotnet-deploy#441
    const { statements } = analysed(
      'User: arn:aws:iam::123456789012:user/y is not authorized to perform: cloudformation:DescribeStacks with an explicit deny in an identity-based policy'
    )
    expect(statementFor(statements, 'cloudformation:DescribeStacks')?.Effect).not.toBe('Allow')
  })

  it('keeps a placeholder for an action that always names its resource', () => {
    const { statements } = analysed(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject because no identity-based policy allows the s3:GetObject action'
    )
    const resources = resourcesOf(statementFor(statements, 's3:GetObject'))
    expect(resources).not.toContain('*')
    expect(resources[0]).toMatch(/^arn:aws:s3:::<BUCKET_NAME>\//)
  })

  it('keeps a placeholder when the action was only inferred from an operation', () => {
    const { statements } = analysed(
      'An error occurred (AccessDenied) when calling the DescribeStacks operation: Access Denied'
    )
    expect(resourcesOf(statementFor(statements, 'cloudformation:DescribeStacks'))).not.toContain(
      '*'
    )
  })
})

describe('CloudWatch Logs: creating a log group with tags', () => {
  // aws-samples/aws-secure-environment-accelerator#1079
  const accelerator = [
    'Received response status [FAILED] from custom resource. Message returned: Error: Cannot create log group: ',
    '{"message":"User with accountId: xxxxxxxxxxx is not authorized to perform CreateLogGroup with Tags","code":"AccessDeniedException","time":"2022-10-26T15:49:23.314Z","requestId":"9c9bfc6d-f857-4289-98c0-d5a02fde6792","statusCode":400,"retryable":false,"retryDelay":79.47363060867501} (RequestId: 2a7da7e7-b4d6-40f8-a890-f244240be45c)'
  ].join('\n')
  // aws/aws-parallelcluster#4580
  const parallelcluster =
    'User with accountId: XXX is not authorized to perform CreateLogGroup with Tags (Service: CloudWatchLogs, Status Code: 400, Request ID: 4c848ae1-5ff5-43dc-b67b-fd1a0f8cc33e)'

  it.each([
    ['secure-environment-accelerator', accelerator],
    ['parallelcluster', parallelcluster]
  ])('%s: grants the tagging action on the log group, not CreateLogGroup', (_, text) => {
    const { findings, statements, notes } = analysed(text)
    expect(findings[0]!.inferredAction).toBe('logs:TagResource')
    expect(statementFor(statements, 'logs:CreateLogGroup')).toBeUndefined()
    const tagging = statementFor(statements, 'logs:TagResource')
    expect(resourcesOf(tagging)[0]).toMatch(/:log-group:/)
    expect(notes).toMatch(/logs:TagLogGroup/)
  })

  it('an additional permission the message names wins', () => {
    const { findings } = analysed(
      'User with accountId: 111122223333 is not authorized to perform CreateLogGroup with Tags. An additional permission "logs:TagLogGroup" is required.'
    )
    expect(findings[0]!.action).toBe('logs:TagLogGroup')
  })

  it('without "with Tags" the operation itself is what is missing', () => {
    const { findings, statements } = analysed(
      'User with accountId: 111122223333 is not authorized to perform CreateLogGroup (Service: CloudWatchLogs, Status Code: 400)'
    )
    expect(findings[0]!.inferredAction).toBe('logs:CreateLogGroup')
    expect(statementFor(statements, 'logs:TagResource')).toBeUndefined()
  })

  it('a qualifier is read only for the service whose rule names it', () => {
    expect(qualifiedAction('logs', ' with tags ')?.action).toBe('logs:TagResource')
    expect(qualifiedAction('s3', 'with Tags')).toBeNull()
    expect(qualifiedAction('logs', 'with Retention')).toBeNull()
    expect(qualifiedAction(null, 'with Tags')).toBeNull()
  })
})

describe('a fleet launches instances whose IDs do not exist yet', () => {
  // kubernetes-sigs/karpenter#2813 (CloudTrail event of the controller's CreateFleet)
  const karpenter = [
    '  "eventName": "CreateFleet",',
    '  "errorCode": "Client.UnauthorizedOperation",',
    '  "errorMessage": "You are not authorized to perform this operation. User: arn:aws:sts::XXXXXX:assumed-role/abc-Karpenter-Role/1768825272022703283 is not authorized to perform: ec2:CreateFleet on resource: arn:aws:ec2:us-west-2:XXXXXX:launch-template/* because no identity-based policy allows the ec2:CreateFleet action. Encoded authorization failure message: XXXX",'
  ].join('\n')

  it('names instance/* and fleet/*, never an instance ID to fill in', () => {
    const { statements, notes } = analysed(karpenter)
    const resources = resourcesOf(statementFor(statements, 'ec2:CreateFleet'))
    expect(resources).toEqual(
      expect.arrayContaining([
        'arn:aws:ec2:us-west-2:<ACCOUNT_ID>:instance/*',
        'arn:aws:ec2:us-west-2:<ACCOUNT_ID>:fleet/*',
        'arn:aws:ec2:us-west-2:<ACCOUNT_ID>:launch-template/*'
      ])
    )
    expect(resources.join(' ')).not.toMatch(/INSTANCE_ID/)
    expect(notes).toMatch(/also checked against [^.]*\bsubnet\b/)
    expect(notes).toMatch(/also checked against [^.]*\bimage\b/)
  })

  it('a printed instance ARN of a fleet stays as printed', () => {
    const { statements } = analysed(
      'User: arn:aws:sts::444455556666:assumed-role/KarpenterController/s is not authorized to perform: ec2:CreateFleet on resource: arn:aws:ec2:eu-west-1:444455556666:instance/* because no identity-based policy allows the ec2:CreateFleet action.'
    )
    expect(resourcesOf(statementFor(statements, 'ec2:CreateFleet'))).toContain(
      'arn:aws:ec2:eu-west-1:444455556666:instance/*'
    )
  })
})
