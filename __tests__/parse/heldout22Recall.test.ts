// heldout22's refusals the parse missed, half-read or read where there was none, on its unseen
// score (issue 10, session 24), each with its own cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h22 = (id: string) => corpusText('heldout22.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.grammarRule ?? null])
const who = (text: string) => parseText(text).map((f) => [f.principal, f.action])

describe('services refusing in their own words', () => {
  it.each<[string, string, unknown[][]]>([
    [
      "h22-007 (ministryofjustice/modernisation-platform#6152): AWS Backup's job status",
      h22('h22-007'),
      [['denial', null, null, 'WD895']]
    ],
    [
      'own: the same sentence for another resource, the ARN without its closing period',
      'Error: AWS Backup does not have permission to describe resource arn:aws:dynamodb:us-east-1:123456789012:table/orders.',
      [['denial', null, null, 'WD895']]
    ],
    [
      "h22-019 (boto/boto3#73): Cognito Identity's `Access to Role '…' is forbidden`",
      h22('h22-019'),
      [['denial', 'NotAuthorizedException', 'cognito-identity', 'WD896']]
    ],
    [
      "h22-034 (a gist of a SaltStack master's log): the S3 fileserver's `'Access Denied' response for bucket`",
      h22('h22-034'),
      [['denial', null, 's3', 'WD897']]
    ],
    [
      "own: the fileserver's other refusal word",
      "2016-03-01 10:00:00,000 [salt.loaded.int.fileserver.s3fs ][WARNING ][1] 'Forbidden' response for bucket 'my-states'",
      [['denial', null, 's3', 'WD897']]
    ]
  ])('%s', (_what, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('keeps the resource each one names', () => {
    expect(parseText(h22('h22-007'))[0]!.resource).toBe(
      'arn:aws:s3:::{env}-production20220617125755072300000001'
    )
    expect(parseText(h22('h22-034'))[0]!.resource).toBe('arn:aws:s3:::bucketname')
    expect(parseText(h22('h22-019'))[0]!.detail.role).toBe('SomeRoleName')
  })

  it.each([
    [
      "counter: Cognito User Pools' wrong password is the app's login, not AWS's refusal",
      'botocore.exceptions.ClientError: An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Incorrect username or password.'
    ],
    [
      'counter: another platform that does not have permission, no AWS service named',
      'The user does not have permission to describe resource arn:aws:s3:::bucket'
    ],
    ['counter: a bucket that answered', "2024-01-01 [WARNING ] 'OK' response for bucket 'b'"]
  ])('%s', (_what, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('who was refused, as the sentence prints it', () => {
  it.each<[string, string, unknown[][]]>([
    [
      'h22-013 (pulumi/pulumi-aws#2149): principal and action both masked with x',
      h22('h22-013'),
      [['xxxxxxxxxxx', null]]
    ],
    [
      'h22-016 (aws/aws-cli#4422): CloudWatch Logs names the caller by its account',
      h22('h22-016'),
      [['User with accountId: 1111111111', 'logs:PutSubscriptionFilter']]
    ],
    [
      'h22-018 (hashicorp/vault#8926): the sentence cut at `perform ...`',
      h22('h22-018'),
      [
        [
          'arn:aws:sts::1234567890:assumed-role/EKS_ManagedNodegroup_Role/i-0f00bar1b14ed35035',
          null
        ]
      ]
    ],
    [
      'own: an elision character after `perform:`',
      'AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: …\n',
      [['arn:aws:iam::123456789012:user/ci', null]]
    ]
  ])('%s', (_what, text, expected) => {
    expect(who(text)).toEqual(expected)
  })

  it('counter: a mask never becomes the action, however long', () => {
    expect(who(`AccessDenied: User: xxxx is not authorized to perform: ${'x'.repeat(40)}`)).toEqual(
      [['xxxx', null]]
    )
  })
})

describe('the service the text names around a bare code', () => {
  it('h22-033 (a gist): the endpoint as host and port, no scheme', () => {
    expect(read(h22('h22-033'))).toEqual([['denial', 'AccessDenied', 's3', 'WD767']])
  })

  it("h22-053 (fog through Excon): S3's Server header in Ruby's inspect", () => {
    expect(read(h22('h22-053'))).toEqual([['credentials', 'InvalidAccessKeyId', 's3', 'WD739']])
  })

  it('h22-018: Vault names its DynamoDB storage backend', () => {
    expect(parseText(h22('h22-018'))[0]!.service).toBe('dynamodb')
  })

  it('counter: a host inside a URL path is no endpoint', () => {
    expect(
      parseText(
        'GET https://example.com/mirror/s3.amazonaws.com:443/x AccessDenied: Access Denied'
      )[0]?.service ?? null
    ).not.toBe('s3')
  })
})

describe('look-alikes', () => {
  it("h22-056 (auth0/auth0-deploy-cli#178): a hapi-shaped body's reason phrase is no AWS code", () => {
    expect(parseText(h22('h22-056'))).toEqual([])
  })

  it('h22-062 (argotorg/sourcify#2558): Filebase named in the lead-in', () => {
    expect(parseText(h22('h22-062'))).toEqual([])
  })

  it("counter: AWS's own JSON error body still counts", () => {
    expect(read('{"code":"AccessDenied","message":"Access Denied"}')).toEqual([
      ['denial', 'AccessDenied', null, 'WD767']
    ])
  })
})
