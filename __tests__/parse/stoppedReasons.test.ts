// Refusals carried by an ECS task's stopped or status reason, and a refusal code a client prints
// alone on its line. Texts are as printed in the threads named with each case.
import { parseText } from './parseText.js'

function read(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.service, f.code])
}

describe('ECS stopped and status reasons', () => {
  it('aws/aws-cdk#14457 (CDK Fargate service, the ref masked): the 403 is a denial', () => {
    expect(
      read(
        'It appears we get a 403 when trying to resolve the reference to our docker container image, likely due to IAM permissions being incorrectly set.\n\n`CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref "xxxxx.xxx": unexpected status code [manifests 6981141]: 403 Forbidden`'
      )
    ).toEqual([['denial', 'ecs-pull-403', null, null]])
  })

  it('own: the same from `describe-tasks`, the ref on ECR', () => {
    expect(
      read(
        '"stoppedReason": "CannotPullContainerError: ref pull has been retried 5 time(s): failed to resolve ref \\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v2\\": unexpected status code [manifests v2]: 403 Forbidden",'
      )
    ).toEqual([['denial', 'ecs-pull-403', 'ecr', null]])
  })

  it('own: the execution role refused a secret, the IAM sentence inside the stopped reason', () => {
    const [f] = parseText(
      'Stopped reason: ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:us-east-1:123456789012:secret:db from secrets manager: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/abc is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:db because no identity-based policy allows the secretsmanager:GetSecretValue action'
    )
    expect([f!.action, f!.principal, f!.layer]).toEqual([
      'secretsmanager:GetSecretValue',
      'arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/abc',
      'identity'
    ])
  })

  it.each([
    [
      'own: another registry answered 403',
      'CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref "ghcr.io/acme/api:v2": unexpected status code [manifests v2]: 403 Forbidden'
    ],
    [
      'aws/aws-app-mesh-examples#413 (the ECR auth call never reached AWS)',
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 5 time(s): RequestError: send request failed caused by: Post https://api.ecr....'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('a refusal code alone on its line', () => {
  it('Versent/unicreds#89 (DynamoDB through unicreds, `GetItem` named above)', () => {
    expect(
      read(
        'it took me a while to figure out what is going on, my issue was missing permission on `GetItem` and I was getting `Secret Not Found` error... while in fact it was failing with:\n\n```\nAccessDeniedException\n```'
      )
    ).toEqual([['denial', 'lone-refusal-code', null, 'AccessDeniedException']])
  })

  it('own: a credentials code a client relays alone', () => {
    expect(
      read('$ ./deploy.sh\nupload failed, the error was:\nExpiredTokenException').map((r) => r[0])
    ).toEqual(['credentials'])
  })

  it.each([
    [
      'own: a documentation list of error codes',
      'Common errors returned by the API:\n```\nAccessDeniedException\nIncompleteSignature\nInternalFailure\n```'
    ],
    ['own: nothing says a call failed', 'The exception classes:\n\nAccessDeniedException'],
    [
      'own: a Markdown heading naming the code',
      'When a call fails:\n\n## AccessDeniedException\n\nYou lack a permission.'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(read(text)).toEqual([])
  })
})
