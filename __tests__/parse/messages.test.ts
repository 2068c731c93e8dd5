import { only, parseText } from './parseText.js'

describe('service message grammars', () => {
  it('reads the EC2 sentence with its encoded message, wrapped over lines', () => {
    const f = only(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message:\n' +
        'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOp\n' +
        'QrStUvWxYz0123456789_-AbCdEfGhIjKl\n' +
        'Terraform will stop here'
    )
    expect(f).toMatchObject({
      kind: 'encoded',
      code: 'UnauthorizedOperation',
      operation: 'RunInstances'
    })
    expect(f.encodedMessage).toBe(
      'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKl'
    )
    expect(f.explanation).toMatch(/encoded/)
  })

  it('reads a CloudFormation legacy "API:" prefix as the action', () => {
    expect(
      only(
        'CREATE_FAILED AWS::EC2::VPC VPC "API: ec2:CreateVpc You are not authorized to perform this operation."'
      )
    ).toMatchObject({ action: 'ec2:CreateVpc', service: 'ec2', kind: 'denial' })
  })

  it('reads SQS query-protocol refusals', () => {
    expect(
      only(
        'An error occurred (AccessDenied) when calling the SendMessage operation: Access to the resource https://sqs.us-east-1.amazonaws.com/111122223333/jobs is denied.'
      )
    ).toMatchObject({ service: 'sqs', code: 'AccessDenied' })
  })

  it('reads the opaque KMS ciphertext message and Lambda environment decryption', () => {
    expect(
      only(
        'An error occurred (AccessDeniedException) when calling the Decrypt operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.'
      )
    ).toMatchObject({ service: 'kms', traps: expect.arrayContaining(['kms-key-policy']) })
    expect(
      only(
        "Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function's KMS key settings."
      ).service
    ).toBe('kms')
  })

  it("reads CloudWatch Logs' own sentence and the permission it names", () => {
    expect(
      only(
        'User with accountId: 111122223333 is not authorized to perform CreateLogGroup with Tags. An additional permission "logs:TagResource" is required.'
      )
    ).toMatchObject({
      action: 'logs:TagResource',
      operation: 'CreateLogGroup',
      principal: null,
      service: 'logs'
    })
  })

  it('reads API Gateway authorizer refusals', () => {
    expect(
      only(
        '{"Message":"User is not authorized to access this resource with an explicit deny in an identity-based policy"}'
      )
    ).toMatchObject({ layer: 'identity', deny: 'explicit' })
  })

  it('reads "does not have permission to call" and CloudFormation tagging', () => {
    expect(
      only(
        "Error [ValidationError]: AccessDenied. User doesn't have permission to call ssm:GetParameters"
      ).action
    ).toBe('ssm:GetParameters')
    expect(
      only('Resource handler returned message: "Unauthorized tagging operation"').traps
    ).toContain('cfn-tagging')
  })

  it('reads a registry HEAD 403 from buildx as ECR', () => {
    expect(
      only(
        'ERROR: unexpected status from HEAD request to https://111122223333.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/sha256:abc: 403 Forbidden'
      ).service
    ).toBe('ecr')
  })
})

describe('bare codes', () => {
  it.each([
    [
      'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden',
      '403'
    ],
    ['Error: AccessDenied: Access Denied', 'AccessDenied'],
    [
      'error creating Lambda Function (1): AccessDeniedException:\n\tstatus code: 403, request id: 1',
      'AccessDeniedException'
    ],
    ['<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>', 'AccessDenied'],
    [
      'AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 1)',
      'AccessDenied'
    ],
    [
      'Resource handler returned message: "Service returned error code AccessDeniedException (Service: Lambda, Status Code: 403, Request ID: 1)"',
      'AccessDeniedException'
    ]
  ])('%s → %s', (text, code) => {
    expect(only(text)).toMatchObject({ kind: 'denial', code, action: null })
  })

  it('names S3 from an s3:// URL on the command line above', () => {
    const f = only(
      '+ aws s3 cp s3://bucket/missing.txt .\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
    )
    expect(f).toMatchObject({
      service: 's3',
      operation: 'HeadObject',
      traps: ['s3-missing-object-without-listbucket']
    })
  })
})

describe('look-alikes give nothing', () => {
  it.each([
    ['Docker Hub push', 'denied: requested access to the resource is denied'],
    [
      'Docker Hub pull',
      "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    ],
    [
      'GitHub API',
      'HTTP 403: Resource not accessible by integration (https://api.github.com/repos/o/r/releases)'
    ],
    [
      'npm',
      'npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/pkg - You do not have permission to publish "pkg".'
    ],
    [
      'gsutil',
      'AccessDeniedException: 403 sa@p.iam.gserviceaccount.com does not have storage.objects.list access to b.'
    ],
    [
      'Azure',
      'Status=403 Code="AuthorizationFailed" Message="The client does not have authorization to perform action \'Microsoft.Resources/read\'"'
    ],
    [
      'kubectl RBAC',
      'Error from server (Forbidden): pods is forbidden: User "arn:aws:sts::1:assumed-role/r/s" cannot list resource "pods"'
    ],
    ['kubectl login', 'error: You must be logged in to the server (Unauthorized)'],
    ['shell', 'sh: /deploy.sh: Permission denied'],
    [
      'policy echo',
      '{"Effect": "Deny", "Action": "s3:*", "Condition": {"StringEquals": {"aws:PrincipalTag/AccessDenied": "true"}}}'
    ],
    [
      'prose',
      'Any explicit Deny in any policy overrides all Allow statements. Missing a permission causes AccessDenied.'
    ]
  ])('%s', (_name, text) => {
    expect(parseText(text).filter((f) => f.kind !== 'not-found')).toEqual([])
  })
})
