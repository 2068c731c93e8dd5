import { only, parseText } from './parseText.js'

/** 38 characters of a made-up blob. */
const PART = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-'

describe('service message grammars', () => {
  it('reads the EC2 sentence with its encoded message, wrapped over lines', () => {
    const f = only(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message:\n' +
        `${PART.repeat(3)}AbCdEfGhIjKlMnOp\n` +
        `QrStUvWxYz0123456789_-${PART.repeat(3)}AbCdEfGhIjKl\n` +
        'Terraform will stop here'
    )
    expect(f).toMatchObject({
      kind: 'encoded',
      code: 'UnauthorizedOperation',
      operation: 'RunInstances'
    })
    // Whole blobs run to hundreds of characters (src/parse/blobCut.ts): this one is 290.
    expect(f.encodedMessage).toBe(
      `${PART.repeat(3)}AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-${PART.repeat(3)}AbCdEfGhIjKl`
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

  // Only EC2 answers `UnauthorizedOperation`: when nothing else names the service, the code does,
  // for the explanation and the action (the parsed field stays as printed: the corpus rule).
  // Real excerpts from heldout5.
  it.each([
    [
      'aws-quickstart/quickstart-helm-resource-provider#15',
      '**Error: UnauthorizedOperation: You are not authorized to perform this operation**',
      null
    ],
    [
      'boozallen/projectjellyfish#927',
      '*Subnet::UnauthorizedOperation - You are not authorized to perform this operation.*',
      null
    ],
    [
      'an operation named',
      'An error occurred (UnauthorizedOperation) when calling the AuthorizeSecurityGroupIngress operation: You are not authorized to perform this operation.',
      'ec2:AuthorizeSecurityGroupIngress'
    ]
  ])('explains a bare UnauthorizedOperation as EC2 (%s)', (_source, text, action) => {
    const f = only(text)
    expect(f.code).toBe('UnauthorizedOperation')
    expect(f.explanation).toMatch(/^EC2 refused/)
    expect(f.inferred?.action?.value ?? null).toBe(action)
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
      // No `User:` prefix: the corpus rule records the whole subject as printed.
      principal: 'User with accountId: 111122223333',
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

// One test per alternative each phrase rule spells out (src/parse/grammars/messages.ts): removing
// an alternative, or the trigger that lets its line through the scanner, must fail here.
describe('every phrase variant', () => {
  it('EC2: the sentence without its full stop, and left to the IAM grammar when one follows', () => {
    // Own case: some tools strip the trailing period.
    expect(
      only(
        'An error occurred (UnauthorizedOperation) when calling the DescribeVpcs operation: You are not authorized to perform this operation'
      )
    ).toMatchObject({
      grammar: 'ec2-unauthorized',
      code: 'UnauthorizedOperation',
      operation: 'DescribeVpcs'
    })
    // The newer EC2 form names the principal and action: the IAM sentence reads it.
    expect(
      only(
        'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action.'
      )
    ).toMatchObject({ grammar: 'iam-sentence', action: 'ec2:RunInstances' })
  })

  it('Lambda environment decryption (serverless/examples#279)', () => {
    expect(
      only(
        '"Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function\'s KMS key settings. KMS Exception: AccessDeniedExceptionKMS Message: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access."'
      )
    ).toMatchObject({ grammar: 'lambda-kms-env', service: 'kms' })
  })

  it('Secrets Manager "Access to KMS is not allowed", from Terraform (andresriancho/aws-backup#5) and CloudFormation (aws/aws-cdk#7677)', () => {
    expect(
      only(
        'Error: error reading Secrets Manager Secret Version: AccessDeniedException: Access to KMS is not allowed\n\tstatus code: 400, request id: 4ff6091e-fc13-4e0c-8805-24820cb106f6'
      )
    ).toMatchObject({
      grammar: 'secretsmanager-kms',
      service: 'kms',
      code: 'AccessDeniedException'
    })
    expect(
      only(
        ' 3/4 | 2:40:06 PM | CREATE_FAILED        | AWS::SecretsManager::Secret | Secret (SecretA720EF05) Access to KMS is not allowed (Service: AWSSecretsManager; Status Code: 400; Error Code: AccessDeniedException; Request ID: <an id>)'
      )
    ).toMatchObject({ grammar: 'secretsmanager-kms', service: 'secretsmanager' })
  })

  it('CloudWatch Logs without "with Tags" and without the additional permission (own case)', () => {
    expect(
      only('User with accountId: 111122223333 is not authorized to perform CreateLogStream.')
    ).toMatchObject({
      grammar: 'logs-additional-permission',
      operation: 'CreateLogStream',
      action: null,
      service: 'logs'
    })
  })

  it.each([
    ['User is not authorized to access this resource', null, null],
    ['User is not authorized to access this resource with an explicit deny', 'explicit', null],
    [
      'User is not authorized to access this resource with an explicit deny in a service control policy',
      'explicit',
      'scp'
    ]
  ])('API Gateway authorizer: %s', (text, deny, layer) => {
    expect(only(`{"Message":"${text}"}`)).toMatchObject({
      grammar: 'apigw-authorizer',
      deny,
      layer
    })
  })

  // Own cases: every spelling the rule accepts, plural included (its own scanner trigger).
  it.each([
    "User doesn't have permission to call ssm:GetParameters",
    'User does not have permission to call ssm:GetParameters',
    "You don't have the permission to call ssm:GetParameters",
    'You do not have permissions to call ssm:GetParameters',
    'User: arn:aws:iam::111122223333:user/ci does not have permissions to call ssm:GetParameters'
  ])('"permission to call": %s', (text) => {
    expect(only(text)).toMatchObject({
      grammar: 'permission-to-call',
      action: 'ssm:GetParameters',
      service: 'ssm'
    })
  })

  it('CloudFormation tagging: the handler message and the warning that precedes it', () => {
    for (const text of [
      'Resource handler returned message: "Unauthorized tagging operation"',
      'Encountered a permissions error performing a tagging operation, please add required tag permissions. See https://repost.aws/knowledge-center/cloudformation-tagging-permission-error for how to resolve.'
    ]) {
      expect(only(text)).toMatchObject({ grammar: 'cfn-tagging', detail: { tagging: 'true' } })
    }
  })

  it.each([
    // buildx/containerd, HEAD while checking blobs (the rule's original shape).
    'ERROR: unexpected status from HEAD request to https://111122223333.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/sha256:abc: 403 Forbidden',
    // buildx push (medic/cht-core#9175).
    'ERROR: failed to push 720541322708.dkr.ecr.eu-west-2.amazonaws.com/medic/cht-api:4.9.0-alpha.9462328284: failed commit on ref "manifest-sha256:fdcb9b1b802acfcf184946ea5e6cc782a5c545866f2d154e6663252aa06f6948": unexpected status from PUT request to https://720541322708.dkr.ecr.eu-west-2.amazonaws.com/v2/medic/cht-api/manifests/sha256:fdcb9b1b802acfcf184946ea5e6cc782a5c545866f2d154e6663252aa06f6948: 403 Forbidden',
    // go-containerregistry via ko (ko-build/terraform-provider-ko#185).
    'Error: [id=] create doPublish: publish: HEAD https://<ACCOUNT_ID>.dkr.ecr.<REGION>.amazonaws.com/v2/my_repository/blobs/sha256:<SHA>: unexpected status code 403 Forbidden (HEAD responses have no body, use GET for details)',
    // Older buildkit (the shape of moby/buildkit#1194, with a 403).
    '#3 ERROR: unexpected status code https://111111111111.dkr.ecr.us-west-2.amazonaws.com/whatever: 403 Forbidden'
  ])('a bare 403 from ECR: %s', (text) => {
    const f = only(text)
    expect(f).toMatchObject({ grammar: 'docker-ecr-head-403', service: 'ecr' })
    expect(f.detail.url).toMatch(/^https:\/\/[^/]+\.dkr\.ecr\./)
  })

  it('a bare 403 from another registry is not an AWS failure', () => {
    expect(
      parseText(
        'ERROR: unexpected status from HEAD request to https://ghcr.io/v2/octo/app/blobs/sha256:abc: 403 Forbidden\n' +
          'GET https://index.docker.io/v2/library/app/manifests/latest: unexpected status code 403 Forbidden'
      ).filter((f) => f.grammar === 'docker-ecr-head-403')
    ).toEqual([])
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
