// heldout2 classes 3 and 4 (issue 10): a reason clause read without the sentence before it, and
// values a reporter or tool cut with `...`/`…`, kept as printed.
import { parseText } from './parseText.js'

function first(text: string) {
  const found = parseText(text)
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

describe('reason clauses on unusual forms', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'own: code, elision, then the boundary clause alone',
      'AccessDenied ... because no permissions boundary allows the s3:ListAllMyBuckets action',
      { code: 'AccessDenied', layer: 'permissions-boundary', deny: 'implicit' }
    ],
    [
      'own: the clause with the action left out',
      'User: arn:aws:iam::123456789012:user/b is not authorized to perform: dynamodb:ListTables\nbecause no permissions boundary allows the action',
      { action: 'dynamodb:ListTables', layer: 'permissions-boundary', deny: 'implicit' }
    ],
    [
      'own: an EC2 message wrapped between its words, reason after an elision',
      'UnauthorizedOperation: You are not authorized to\nperform this operation ... with an explicit deny in a service control policy',
      { code: 'UnauthorizedOperation', layer: 'scp', deny: 'explicit' }
    ],
    [
      'own: the explicit SCP clause with an elided policy ARN',
      'AccessDeniedException ... not authorized to perform: secretsmanager:CreateSecret\n... with an explicit deny in a service control policy: .../p-0abc1234',
      { layer: 'scp', deny: 'explicit', policyArn: '.../p-0abc1234' }
    ],
    [
      // heldout3 h3-144 (github-file:find_string#71143298704, a troubleshooting note): the clause
      // on the next line, its `with an` cut by the reporter's `...`.
      'the explicit SCP clause on the next line behind an elision',
      '```\nUnauthorizedOperation: You are not authorized to perform this operation.\n... explicit deny in a service control policy\n```',
      { code: 'UnauthorizedOperation', layer: 'scp', deny: 'explicit' }
    ],
    [
      // heldout3 h3-102 (github-file:find_string#39749678744, Terraform): the space after `no` lost.
      'a reason whose space after "no" was lost',
      'api error AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/customer-role/aws-go-sdk-1 is not authorized to perform: wafv2:AssociateWebACL on resource: arn:aws:wafv2:us-east-1:444455556666:regional/webacl/test_waf/abc because noresource-based policy allows the wafv2:AssociateWebACL action',
      { action: 'wafv2:AssociateWebACL', layer: 'resource', deny: 'implicit' }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })

  describe('a clause opening its line, the subject elided above, the SDK fields after it', () => {
    it('takes the action, layer and deny from the clause (heldout165 h165-036, github-file:find_string#39325292180)', () => {
      const found = parseText(
        'java.lang.RuntimeException: Unable to get secrets from SecretsManager. SecretArn [……..]  ….\n' +
          'because no identity-based policy allows the secretsmanager:GetSecretValue action (Service: AWSSecretsManager; Status Code: 400; Error Code: AccessDeniedException; Request ID: 3a2e678c-cfb0-4076-81d1-ac396649817e; Proxy: null)\n' +
          'at com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1819)'
      )
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({
        code: 'AccessDeniedException',
        action: 'secretsmanager:GetSecretValue',
        service: 'secretsmanager',
        layer: 'identity',
        deny: 'implicit'
      })
    })

    it('own: behind an elision mark, an S3 code', () => {
      const found = parseText(
        '… because no resource-based policy allows the s3:GetObject action (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: X)'
      )
      expect(found[0]).toMatchObject({
        action: 's3:GetObject',
        layer: 'resource',
        deny: 'implicit'
      })
    })

    it('own: the clause in prose with no refusal fields after it is not read', () => {
      expect(
        parseText(
          'because no identity-based policy allows the s3:GetObject action (see the docs for details)'
        )
      ).toEqual([])
    })
  })

  it('a clause completing the message on the line above is not a second refusal', () => {
    const found = parseText(
      'An error occurred (UnauthorizedOperation): You are not authorized to\nperform this operation ... with an explicit deny in a service control policy'
    )
    expect(found.map((f) => [f.layer, f.deny])).toEqual([['scp', 'explicit']])
  })

  it.each<[string, string]>([
    [
      // github-file:find_string#68644737912-like prose: the clause explained, no code or message
      'own: prose explaining the clause',
      'When a request is denied by an SCP, the error names the policy (`...with an explicit deny in a service control policy: arn:aws:organizations::...`).'
    ],
    [
      // github-file:find_string#63123932920 (Rust source building the clause)
      'source building the clause',
      '        Some(format!(" because no permissions boundary allows the {service}:{action} action"))'
    ],
    [
      'own: the elided clause under prose, no code on the line above',
      'Read the message to the end:\n... explicit deny in a service control policy'
    ]
  ])('%s gives no finding', (_t, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('elided values keep their elision', () => {
  it('github-file:find_string#56800417720 (a design note quoting a boundary refusal, principal elided)', () => {
    const text = [
      '```',
      'AccessDeniedException: User: arn:aws:sts::478728046454:assumed-role/access-dynamodb-lime-engine/...',
      'is not authorized to perform: dynamodb:UpdateTable on resource:',
      'arn:aws:dynamodb:us-east-1:478728046454:table/aws-dynamodb-lime-engine',
      'because no permissions boundary allows the dynamodb:UpdateTable action',
      '```'
    ].join('\n')
    expect(first(text)).toMatchObject({
      principal: 'arn:aws:sts::478728046454:assumed-role/access-dynamodb-lime-engine/...',
      resource: 'arn:aws:dynamodb:us-east-1:478728046454:table/aws-dynamodb-lime-engine',
      layer: 'permissions-boundary',
      deny: 'implicit'
    })
  })

  it.each<[string, string]>([
    ['arn:aws:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-...', ''],
    ['arn:aws:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-...', '.'],
    ['arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/…', ''],
    ['...', '']
  ])('resource %s followed by %j', (resource, tail) => {
    const f = first(
      `User: arn:aws:sts::111122223333:assumed-role/deploy/x is not authorized to perform: iam:PassRole on resource: ${resource}${tail}`
    )
    expect(f.resource).toBe(resource)
  })

  it('a single sentence period is still not part of the value', () => {
    const f = first(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/x.'
    )
    expect(f.resource).toBe('arn:aws:iam::111122223333:role/x')
  })

  it('Markdown bold closing after a wildcard is not part of the resource', () => {
    const f = first(
      '**User: arn:aws:iam::111122223333:user/me is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:111122223333:stack/app-dev/***'
    )
    expect(f.resource).toBe('arn:aws:cloudformation:eu-west-1:111122223333:stack/app-dev/*')
  })
})
