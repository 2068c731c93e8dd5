import { only, parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const P = 'arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions'

describe('IAM sentence grammar', () => {
  const layers: [string, string, string][] = [
    ['because no identity-based policy allows the s3:GetObject action', 'identity', 'implicit'],
    ['because no resource-based policy allows the s3:GetObject action', 'resource', 'implicit'],
    [
      'because no permissions boundary allows the s3:GetObject action',
      'permissions-boundary',
      'implicit'
    ],
    ['because no session policy allows the s3:GetObject action', 'session', 'implicit'],
    ['because no service control policy allows the s3:GetObject action', 'scp', 'implicit'],
    ['because no resource control policy allows the s3:GetObject action', 'rcp', 'implicit'],
    ['because no VPC endpoint policy allows the s3:GetObject action', 'vpc-endpoint', 'implicit'],
    ['because no role trust policy allows the s3:GetObject action', 'trust', 'implicit'],
    ['because the role trust policy allows the s3:GetObject action', 'trust', 'implicit'],
    ['with an explicit deny in an identity-based policy', 'identity', 'explicit'],
    ['with an explicit deny in a resource-based policy', 'resource', 'explicit'],
    ['with an explicit deny in a permissions boundary', 'permissions-boundary', 'explicit'],
    ['with an explicit deny in a session policy', 'session', 'explicit'],
    ['with an explicit deny in a sessions policy', 'session', 'explicit'],
    ['with an explicit deny in a service control policy', 'scp', 'explicit'],
    ['with an explicit deny in a resource control policy', 'rcp', 'explicit'],
    ['with an explicit deny in a VPC endpoint policy', 'vpc-endpoint', 'explicit'],
    [
      'with an explicit deny in a VPC endpoint policy transitively through a service control policy',
      'scp',
      'explicit'
    ],
    ['with an explicit deny in the role trust policy', 'trust', 'explicit']
  ]
  test.each(layers)('reads the reason "%s"', (reason, layer, deny) => {
    const f = only(
      `User: ${P} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" ${reason}`
    )
    expect(f).toMatchObject({
      layer,
      deny,
      action: 's3:GetObject',
      principal: P,
      resource: 'arn:aws:s3:::b/k'
    })
  })

  it('reads an explicit deny with no policy type (old services, API Gateway)', () => {
    expect(
      only(
        `User: ${P} is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:f with an explicit deny`
      )
    ).toMatchObject({
      layer: null,
      deny: 'explicit'
    })
  })

  it('reads the old form with no reason at all', () => {
    expect(
      only(`User: ${P} is not authorized to perform: iam:GetUser on resource: ${P}`)
    ).toMatchObject({
      layer: null,
      deny: null,
      resource: P
    })
  })

  it('captures the appended policy ARN and name, and the trailing period', () => {
    const f = only(
      `User: ${P} is not authorized to perform: iam:GetRole on resource: role voclabs with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/Deny (Deny).`
    )
    expect(f).toMatchObject({
      resource: 'role voclabs',
      policyArn: 'arn:aws:iam::111122223333:policy/Deny',
      policyName: 'Deny'
    })
  })

  it("leaves the Java SDK's suffix after the policy ARN out of the policy's name (heldout15 review, h15-070)", () => {
    const f = only(corpusText('heldout15.jsonl', 'h15-070'))
    expect(f).toMatchObject({
      policyArn: 'arn:aws:iam::548387266019:policy/umak-lab-boundary',
      policyName: null,
      layer: 'permissions-boundary',
      deny: 'explicit'
    })
    // The same suffix after a name in brackets: the name is kept, the suffix is not read as one.
    const named = only(
      `User: ${P} is not authorized to perform: ec2:DescribeInstances with an explicit deny in a permissions boundary: arn:aws:iam::111122223333:policy/b (Service: AmazonEC2; Status Code: 403; Request ID: r-1)`
    )
    expect(named.policyName).toBeNull()
  })

  it('drops bold a writer opened lines above the sentence (aws/aws-cli#4443, found on unseen logs)', () => {
    const text = [
      '**Error',
      '',
      'Message: User: arn:aws:sts::XXXXXXXXX:assumed-role/Cognito_APPdemoUnauth_Role/ CognitoIdentityCredentials is not authorized to perform: firehose:PutRecordBatch on resource: arn:aws:firehose:us-east-1:XXXXXXXXXX:delivery streams/APP_DELIVERY_STREAM**'
    ].join('\n')
    expect(only(text).resource).toBe(
      'arn:aws:firehose:us-east-1:XXXXXXXXXX:delivery streams/APP_DELIVERY_STREAM'
    )
    // Counter-cases: with no opener above the stars stay as printed; a closed pair above opens nothing.
    const alone = text.split('\n')[2]!
    expect(only(alone).resource).toMatch(/APP_DELIVERY_STREAM\*\*$/)
    expect(only(`**Note** see below\n${alone}`).resource).toMatch(/APP_DELIVERY_STREAM\*\*$/)
    // A single star above (Terraform's `*remote.State`, heldout11 h11-044) never takes a wildcard's.
    expect(
      only(
        `[DEBUG] State storage *remote.State declined to persist a state snapshot\nUser: ${P} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-central-1:111122223333:volume/*`
      ).resource
    ).toBe('arn:aws:ec2:eu-central-1:111122223333:volume/*')
  })

  it('captures the authorization ID of the access troubleshooter tail', () => {
    const f = only(
      `User: ${P} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" with an explicit deny in a service control policy: arn:aws:organizations::987654321098:policy/o-abc/service_control_policy/p-1. Go to https://us-east-1.console.aws.amazon.com/iam/home#/authorization-details/5k2j for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: 5k2jx9`
    )
    expect(f.authorizationId).toBe('5k2jx9')
    expect(f.policyArn).toBe(
      'arn:aws:organizations::987654321098:policy/o-abc/service_control_policy/p-1'
    )
  })

  it.each(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'aws-eusc'])(
    'accepts the %s partition',
    (partition) => {
      const principal = `arn:${partition}:iam::111122223333:user/ci`
      const resource = `arn:${partition}:ecr:eu-west-1:111122223333:repository/app`
      expect(
        only(
          `User: ${principal} is not authorized to perform: ecr:BatchGetImage on resource: ${resource}`
        )
      ).toMatchObject({ principal, resource })
    }
  )

  it('accepts "User" without a colon, anonymous, a bare subject, and no subject', () => {
    expect(only(`User ${P} is not authorized to perform: sns:Publish`).principal).toBe(P)
    expect(
      only(
        'User: anonymous is not authorized to perform: es:ESHttpGet because no resource-based policy allows the es:ESHttpGet action'
      ).principal
    ).toBe('anonymous')
    expect(
      only(`${P} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b"`)
        .principal
    ).toBe(P)
    expect(only('User is not authorized to perform: dynamodb:DescribeTable').principal).toBeNull()
  })

  it('keeps the action case as printed and typed or non-ARN resources whole', () => {
    expect(
      only(`User: ${P} is not authorized to perform: SNS:Publish on resource: +3581234567`)
    ).toMatchObject({ action: 'SNS:Publish', service: 'sns', resource: '+3581234567' })
    expect(
      only(`User: ${P} is not authorized to perform: iam:GetUser on resource: user bob`).resource
    ).toBe('user bob')
    expect(
      only(`User: ${P} is not authorized to perform: (sts:DecodeAuthorizationMessage) action`)
        .action
    ).toBe('sts:DecodeAuthorizationMessage')
  })

  it('reads S3 resources in quotes, spaces included', () => {
    expect(
      only(
        `User: ${P} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/my key.txt" because no identity-based policy allows the s3:GetObject action`
      ).resource
    ).toBe('arn:aws:s3:::b/my key.txt')
  })

  it('keeps masks and placeholders with spaces as printed', () => {
    const f = only(
      'User: arn:aws:sts::<Log Archive Account>:assumed-role/R/s is not authorized to perform: ec2:CreateKeyPair on resource: arn:aws:ec2:us-east-1:<Log Archive Account>:key-pair/k with an explicit deny in a service control policy'
    )
    expect(f.principal).toBe('arn:aws:sts::<Log Archive Account>:assumed-role/R/s')
    expect(f.resource).toBe('arn:aws:ec2:us-east-1:<Log Archive Account>:key-pair/k')
  })

  it('notes the S3 Block Public Access reasons', () => {
    const f = only(
      `User: ${P} is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::b" because public policies are prevented by the BlockPublicPolicy setting in S3 Block Public Access.`
    )
    expect(f.traps).toContain('s3-block-public-access')
  })

  it('reads the short STS form with no principal', () => {
    expect(
      only(
        'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      )
    ).toMatchObject({
      action: 'sts:AssumeRoleWithWebIdentity',
      principal: null,
      layer: null
    })
  })

  it('joins a sentence a terminal wrapped mid-word (equal-length lines)', () => {
    const sentence = `User: ${P} is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders because no identity-based policy allows the dynamodb:PutItem action`
    const wrapped = sentence.match(/.{1,80}/g)!.join('\n')
    expect(only(wrapped)).toMatchObject({
      principal: P,
      resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
      layer: 'identity'
    })
  })

  it('reads a Terraform box with gutters, colours and a wrapped reason', () => {
    const log = [
      '\x1b[31m╷\x1b[0m',
      '\x1b[31m│\x1b[0m \x1b[1m\x1b[31mError: \x1b[0m\x1b[0m\x1b[1mcreating IAM Role (ci)\x1b[0m: operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:iam::111122223333:user/tf is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/ci',
      '\x1b[31m│\x1b[0m because no permissions boundary allows the iam:CreateRole action',
      '\x1b[31m│\x1b[0m',
      '\x1b[31m│\x1b[0m   with aws_iam_role.ci,',
      '\x1b[31m╵\x1b[0m'
    ].join('\n')
    expect(only(log)).toMatchObject({
      code: 'AccessDenied',
      layer: 'permissions-boundary',
      operation: 'CreateRole',
      principal: 'arn:aws:iam::111122223333:user/tf'
    })
  })

  it('reads the sentence inside JSON escaped twice, with runner timestamps', () => {
    const log = `2024-01-01T00:00:00.0000000Z {"ResourceStatusReason":"Resource handler returned message: \\\\\\"User: ${P} is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1 because no resource-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400, Request ID: 1)\\\\\\" (HandlerErrorCode: AccessDenied)"}`
    expect(only(log)).toMatchObject({
      action: 'kms:Decrypt',
      layer: 'resource',
      code: 'AccessDenied',
      resource: 'arn:aws:kms:us-east-1:111122223333:key/1'
    })
  })

  it('reads the message of an SDK debug XML body', () => {
    const log =
      '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>\n<Message>User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudformation:CreateStack on resource: arn:aws:cloudformation:us-east-1:111122223333:stack/app/*</Message></Error></ErrorResponse>'
    expect(only(log)).toMatchObject({
      code: 'AccessDenied',
      action: 'cloudformation:CreateStack',
      resource: 'arn:aws:cloudformation:us-east-1:111122223333:stack/app/*'
    })
  })

  it('does not take prose that quotes the sentence for a denial', () => {
    expect(
      parseText(
        'Users may see the error “is not authorized to perform: ecr:GetAuthorizationToken” when the policy is missing.'
      )
    ).toEqual([])
    expect(
      parseText(
        'The message "is not authorized to perform: s3:GetObject" means the policy is missing.'
      )
    ).toEqual([])
    expect(
      parseText('a bucket named access-denied-logs and a role named not-authorized-to-perform')
    ).toEqual([])
  })

  it('finds two sentences on one line (a JSON array of events)', () => {
    const one = `User: ${P} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/1"`
    const two = `User: ${P} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/2"`
    expect(parseText(`[{"m":"${one}"},{"m":"${two}"}]`).map((f) => f.action)).toEqual([
      's3:GetObject',
      's3:PutObject'
    ])
  })

  describe('a principal ends at whitespace: what a tool prints after it may be a secret', () => {
    it.each([
      [`User: ${P} token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 is not authorized`, P],
      [
        'User: arn:aws:iam::111122223333:user/ci password: hunter2 is not authorized',
        'arn:aws:iam::111122223333:user/ci'
      ],
      ['User: anonymous AKIAIOSFODNN7EXAMPLE is not authorized', 'anonymous']
    ])('%s', (head, principal) => {
      const f = only(`${head} to perform: s3:GetObject on resource: arn:aws:s3:::b/k`)
      expect(f.principal).toBe(principal)
      expect(JSON.stringify(f)).not.toMatch(/ghp_|hunter2|AKIAIOSFODNN7EXAMPLE/)
    })

    it('keeps an ARN that a stray space broke (corpus: arn: aws:lam::ARN:user/ecr_pipeline)', () => {
      const f = only(
        'User: arn: aws:lam::ARN:user/ecr_pipeline is not authorized to perform: ecr:GetAuthorizationToken on resource: *'
      )
      expect(f.principal).toBe('arn: aws:lam::ARN:user/ecr_pipeline')
    })
  })
})

// Issue 10 (heldout7 review: h7-150, h7-152, h7-174): pages that write about the sentence, and
// messages a page ran together, are read as what they are.
describe('the IAM sentence in headlines and run-together text', () => {
  it('h7-150 (acorncraft.com): an English word where the resource stands is a sentence about the message', () => {
    expect(parseText(corpusText('heldout7.jsonl', 'h7-150'))).toEqual([])
  })

  it('tjhub.jdoodle.com: a headline in Title Case names no resource "Decoding"', () => {
    const text =
      'Is Not Authorized to Perform iam:PassRole on Resource: Decoding IAM Permission Issues\nThe error message "is not authorized to perform iam:PassRole on resource" is a common headache for AWS users.'
    expect(parseText(text)).toEqual([])
  })

  it('docs.amazonaws.cn (awssupport troubleshooting): the first-person heading "I\'m not authorized to perform iam:PassRole"', () => {
    const text = [
      "I'm not authorized to perform iam:PassRole",
      '',
      "If you receive an error that you're not authorized to perform the iam:PassRole action, your policies must be updated to allow you to pass a role to Amazon Web Services Support."
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('counter-cases: a resource named by a plain word, and the short form opening a sentence, stay findings', () => {
    expect(
      parseText(
        'User: arn:aws:iam::123456789012:user/mateojackson is not authorized to perform: s3:GetWidget on resource: widgets'
      ).map((f) => f.resource)
    ).toEqual(['widgets'])
    // configure-aws-credentials' own line: `Not` capitalised, `authorized` not.
    expect(
      parseText(
        'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      ).map((f) => f.action)
    ).toEqual(['sts:AssumeRoleWithWebIdentity'])
  })

  it('h7-174 (beautifulsoup.dev): a code glued to the action opens the next message', () => {
    const found = parseText(corpusText('heldout7.jsonl', 'h7-174'))
    // The third message starts glued to the elision before it (`...InvalidIdentityToken:`): an
    // error of its own, not the sentence before it said again.
    expect(found.map((f) => [f.code, f.action])).toEqual([
      ['AccessDenied', 'sts:AssumeRoleWithWebIdentity'],
      [null, 'sts:AssumeRole'],
      ['InvalidIdentityToken', null]
    ])
    // `on resource ...InvalidIdentityToken:` keeps the elision, not the next message's code.
    expect(found[1]!.resource).toBe('...')
  })

  it('own counter-case: the CLI prefix and the sentence it heads on one line stay one error', () => {
    const text =
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy'
    expect(parseText(text).map((f) => [f.code, f.action])).toEqual([
      ['AccessDenied', 'sts:AssumeRole']
    ])
  })

  it('own counter-case: a Go SDK v2 chain keeps its api error as one error with its wrapper', () => {
    const text =
      'operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 0b1a, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    expect(parseText(text).map((f) => [f.code, f.action])).toEqual([
      ['AccessDenied', 'sts:AssumeRoleWithWebIdentity']
    ])
  })

  it('own: a glued code after a resource ARN, and an action that only ends like a code, stay apart', () => {
    const glued = parseText(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/kAccessDenied: Access Denied'
    )
    expect(glued.map((f) => [f.action, f.resource])).toContainEqual([
      's3:PutObject',
      'arn:aws:s3:::b/k'
    ])
    // No colon after it: the name as printed.
    expect(
      parseText(
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::logs-AccessDenied'
      ).map((f) => f.resource)
    ).toEqual(['arn:aws:s3:::logs-AccessDenied'])
  })
})

// heldout10 (issue 10): values as CloudFormation and a reporter printed them.
describe('subjects and cut resources as printed', () => {
  it('h10-089: CloudFormation names its session alone (mludvig/aws-ethereum-miner#37)', () => {
    const found = parseText(corpusText('heldout10.jsonl', 'h10-089'))
    expect(found.map((f) => [f.principal, f.action])).toEqual([
      ['AWSCloudFormation', 'iam:CreateRole'],
      ['AWSCloudFormation', 'iam:CreateRole'],
      ['AWSCloudFormation', 'SNS:CreateTopic']
    ])
  })

  it.each([
    // own: capitals alone are a word, not a name
    'AWS is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/x',
    // own: an error class before the phrase names no one
    'HTTPError is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/x'
  ])('no principal from an acronym alone or an error class: %s', (text) => {
    expect(only(text).principal).toBeNull()
  })

  it.each([
    // h15-095: an ARN folded over five lines leaves `:` before the phrase (docs.amazonaws.cn)
    corpusText('heldout15.jsonl', 'h15-095'),
    // own: the same leftovers of other separators
    ':: is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k',
    '/ is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
  ])('no principal from punctuation a wrap left: %s', (text) => {
    const d = only(text)
    expect(d.principal).toBeNull()
    expect(d.action).toMatch(/:(?:RequestCertificate|GetObject)$/)
  })

  it("h10-111: an author's cut after a colon, before the Java SDK's tail (guardian/kinesis-logback-appender#21)", () => {
    expect(only(corpusText('heldout10.jsonl', 'h10-111')).resource).toBe(
      'arn:aws:firehose:eu-west-1:....'
    )
  })

  it.each<[string, string]>([
    // own: the same cut with the tail on the message's line
    [
      'on resource: arn:aws:kms:eu-west-1:.... (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 1)',
      'arn:aws:kms:eu-west-1:....'
    ],
    // own: a cut name before the tail keeps every dot
    [
      'on resource: arn:aws:iam::123456789012:role/deploy.... (Service: AmazonECS; Status Code: 400; Error Code: AccessDeniedException)',
      'arn:aws:iam::123456789012:role/deploy....'
    ],
    // own: a lone period before the tail is the sentence's
    [
      'on resource: arn:aws:iam::123456789012:role/deploy. (Service: AmazonECS; Status Code: 400; Error Code: AccessDeniedException)',
      'arn:aws:iam::123456789012:role/deploy'
    ],
    // own: with prose after, the last dot is the sentence's period (as before)
    ['on resource: arn:aws:kms:eu-west-1:....\nI cut the key id.', 'arn:aws:kms:eu-west-1:...']
  ])('%s', (tail, resource) => {
    expect(only(`User: ${P} is not authorized to perform: kms:Decrypt ${tail}`).resource).toBe(
      resource
    )
  })
})
