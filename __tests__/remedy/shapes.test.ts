// Every remedy shape of aws-denials.md §6, one finding (or a few) per case.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { makeFinding, roleTarget, userTarget } from './makeFinding.js'

const session = 'arn:aws:sts::444455556666:assumed-role/gha-deploy/GitHubActions'
const caller = roleTarget(session)
const role = 'arn:aws:iam::444455556666:role/gha-deploy'

function resourceFinding(
  action: string,
  resource: string,
  extra: Parameters<typeof makeFinding>[0] = {}
) {
  const account = resource.split(':')[4] || null
  return makeFinding({
    action,
    principal: session,
    resource,
    layer: 'resource',
    deny: 'implicit',
    crossAccount: true,
    ...extra,
    fixTarget: {
      kind: 'resource-policy',
      owner: 'resource-owner',
      ...caller,
      resourceArn: resource,
      resourceAccount: account,
      ...extra.fixTarget
    }
  })
}

describe('identity policies: resources fitted to the action', () => {
  const identity = (action: string, resource: string | null, operation: string | null = null) =>
    buildRemedies([
      makeFinding({
        action,
        operation,
        principal: session,
        resource,
        layer: 'identity',
        deny: 'implicit',
        fixTarget: { kind: 'identity-policy', ...caller }
      })
    ])[0]!

  test('s3:ListBucket denied on an object gets the bucket ARN', () => {
    const r = identity('s3:ListBucket', 'arn:aws:s3:::artifacts/releases/app.zip')
    expect(r.statements[0]!.Resource).toBe('arn:aws:s3:::artifacts')
    expect(r.notes.join('\n')).toMatch(/applies to the bucket/)
  })

  test('s3:GetObject on an object keeps the object ARN; on a bucket becomes bucket/*', () => {
    expect(
      identity('s3:GetObject', 'arn:aws:s3:::artifacts/releases/app.zip').statements[0]!.Resource
    ).toBe('arn:aws:s3:::artifacts/releases/app.zip')
    expect(identity('s3:GetObject', 'arn:aws:s3:::artifacts').statements[0]!.Resource).toBe(
      'arn:aws:s3:::artifacts/*'
    )
  })

  test('an unknown resource gives a placeholder ARN that can match nothing, never "*"', () => {
    const r = identity('ssm:GetParameters', null)
    expect(r.statements[0]!.Resource).toBe(
      'arn:aws:ssm:<REGION>:<ACCOUNT_ID>:parameter/<PARAMETER_NAME_WITHOUT_LEADING_SLASH>'
    )
    expect(r.notes.join('\n')).toMatch(/names no specific resource.*placeholder ARN/)
    expect(r.notes.join('\n')).toContain('Replace <ACCOUNT_ID>')
  })

  test('sts:GetCallerIdentity is scoped to "*" whatever resource the message shows', () => {
    const r = identity('sts:GetCallerIdentity', 'arn:aws:iam::444455556666:role/x')
    expect(r.statements[0]!.Resource).toBe('*')
  })

  test('an action inferred from the operation is used and marked inferred', () => {
    const r = buildRemedies([
      makeFinding({
        operation: 'ListObjectsV2',
        service: 's3',
        principal: session,
        resource: 'arn:aws:s3:::artifacts',
        fixTarget: { kind: 'identity-policy', ...caller }
      })
    ])[0]!
    expect(r.statements[0]).toMatchObject({
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::artifacts'
    })
    expect(r.notes.join('\n')).toMatch(/s3:ListBucket is inferred from the ListObjectsV2 operation/)
  })

  test('SNS:Publish keeps AWS spelling and never becomes a wildcard', () => {
    const r = identity('SNS:Publish', 'arn:aws:sns:us-east-1:444455556666:alerts')
    expect(r.statements[0]).toMatchObject({
      Action: 'sns:Publish',
      Resource: 'arn:aws:sns:us-east-1:444455556666:alerts'
    })
  })
})

describe('unknown actions are flagged, never proposed', () => {
  test('a typo gets the closest real action as a suggestion and no statement', () => {
    const r = buildRemedies([
      makeFinding({
        action: 'codecommit:ListRespositories',
        principal: 'arn:aws:iam::123456789012:user/JohnDoe',
        fixTarget: {
          kind: 'identity-policy',
          ...userTarget('arn:aws:iam::123456789012:user/JohnDoe')
        }
      })
    ])[0]!
    expect(r.statements).toEqual([])
    expect(r.renderings).toEqual({})
    expect(r.notes.join('\n')).toMatch(
      /codecommit:ListRespositories is not in the IAM service authorization catalog; did you mean codecommit:ListRepositories\?/
    )
  })

  test('a wildcard action is refused', () => {
    const r = buildRemedies([
      makeFinding({
        action: 's3:*',
        principal: session,
        fixTarget: { kind: 'identity-policy', ...caller }
      })
    ])[0]!
    expect(JSON.stringify(r.statements)).not.toContain('*"')
    expect(r.statements).toEqual([])
  })
})

describe('resource policies', () => {
  test('S3 bucket policy: principal is the role ARN, object ARN kept, holder is the bucket', () => {
    const [bucket, identity] = buildRemedies([
      resourceFinding('s3:GetObject', 'arn:aws:s3:::artifacts-bucket/releases/a.zip', {
        fixTarget: { resourceAccount: null }
      })
    ])
    expect(bucket!.id).toBe('resource-policy:arn:aws:s3:::artifacts-bucket')
    expect(bucket!.statements).toEqual([
      {
        Sid: 'AllowS3Object',
        Effect: 'Allow',
        Principal: { AWS: role },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::artifacts-bucket/releases/a.zip'
      }
    ])
    expect(bucket!.renderings.cli).toContain(
      "aws s3api put-bucket-policy --bucket 'artifacts-bucket'"
    )
    expect(bucket!.renderings.cli).toMatch(/replaces the whole policy/)
    expect(bucket!.renderings.terraform).toContain('resource "aws_s3_bucket_policy"')
    expect(identity!.statements[0]).toMatchObject({ Action: 's3:GetObject' })
  })

  test('two objects and a ListBucket in one bucket policy: merged by resource', () => {
    const [bucket] = buildRemedies([
      resourceFinding('s3:GetObject', 'arn:aws:s3:::b/x'),
      resourceFinding('s3:GetObject', 'arn:aws:s3:::b/y'),
      resourceFinding('s3:ListBucket', 'arn:aws:s3:::b/y')
    ])
    expect(bucket!.findings).toEqual([0, 1, 2])
    expect(bucket!.statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::b'],
      ['s3:GetObject', ['arn:aws:s3:::b/x', 'arn:aws:s3:::b/y']]
    ])
  })

  test('KMS key policy uses Resource "*"; the caller side names the key', () => {
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const [keyPolicy, identity] = buildRemedies([
      resourceFinding('kms:Decrypt', key, { traps: ['kms-key-policy'] })
    ])
    expect(keyPolicy!.statements).toEqual([
      {
        Sid: 'AllowKmsKey',
        Effect: 'Allow',
        Principal: { AWS: role },
        Action: 'kms:Decrypt',
        Resource: '*'
      }
    ])
    expect(keyPolicy!.notes.join('\n')).toMatch(/"enable IAM policies"/)
    expect(keyPolicy!.renderings.cli).toContain("aws kms put-key-policy --key-id '" + key + "'")
    expect(keyPolicy!.renderings.terraform).toContain('resource "aws_kms_key_policy"')
    expect(identity!.statements[0]).toMatchObject({ Action: 'kms:Decrypt', Resource: key })
  })

  test('SQS and SNS name the queue / topic; Secrets Manager uses "*"', () => {
    const queue = 'arn:aws:sqs:eu-west-1:111122223333:jobs'
    const topic = 'arn:aws:sns:eu-west-1:111122223333:alerts'
    const secret = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf'
    const remedies = buildRemedies([
      resourceFinding('sqs:SendMessage', queue),
      resourceFinding('sns:Publish', topic),
      resourceFinding('secretsmanager:GetSecretValue', secret)
    ])
    const byId = new Map(remedies.map((r) => [r.id, r]))
    expect(byId.get(`resource-policy:${queue}`)!.statements[0]!.Resource).toBe(queue)
    expect(byId.get(`resource-policy:${queue}`)!.renderings.cli).toContain(
      "--queue-url 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs'"
    )
    expect(byId.get(`resource-policy:${topic}`)!.statements[0]!.Resource).toBe(topic)
    expect(byId.get(`resource-policy:${topic}`)!.renderings.terraform).toContain(
      'aws_sns_topic_policy'
    )
    expect(byId.get(`resource-policy:${secret}`)!.statements[0]!.Resource).toBe('*')
    expect(byId.get(`resource-policy:${secret}`)!.renderings.cli).toContain(
      'aws secretsmanager put-resource-policy'
    )
    // One caller-side identity remedy for the role, with all three.
    const identity = byId.get('identity-policy:444455556666:role/gha-deploy')!
    expect(identity.findings).toEqual([0, 1, 2])
    expect(identity.statements).toHaveLength(3)
  })

  test('Lambda uses the add-permission form', () => {
    const fn = 'arn:aws:lambda:us-east-1:111122223333:function:resize'
    const [lambda] = buildRemedies([resourceFinding('lambda:InvokeFunction', fn)])
    expect(lambda!.renderings.cli).toBe(
      `aws lambda add-permission --function-name '${fn}' --statement-id 'AllowLambdaFunction' --action 'lambda:InvokeFunction' --principal '${role}' --region 'us-east-1'`
    )
    expect(lambda!.renderings.terraform).toContain('resource "aws_lambda_permission"')
    expect(lambda!.renderings.cdk).toContain('fn.addPermission(')
  })

  test('same-account resource denial: no caller-side remedy, a note that identity would do', () => {
    const remedies = buildRemedies([
      resourceFinding('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:444455556666:jobs', {
        crossAccount: false
      })
    ])
    expect(remedies).toHaveLength(1)
    expect(remedies[0]!.notes.join('\n')).toMatch(/Same account/)
  })
})

describe('trust policies', () => {
  test('sts:AssumeRole: trust statement for the caller role plus the caller identity statement', () => {
    const target = 'arn:aws:iam::111122223333:role/deploy-target'
    const remedies = buildRemedies([
      makeFinding({
        action: 'sts:AssumeRole',
        principal: session,
        resource: target,
        layer: 'trust',
        deny: 'implicit',
        crossAccount: true,
        traps: ['assume-role-two-policies'],
        fixTarget: {
          kind: 'trust-policy',
          owner: 'resource-owner',
          ...caller,
          resourceArn: target,
          resourceAccount: '111122223333'
        }
      })
    ])
    const [trust, identity] = remedies
    expect(trust!.statements).toEqual([
      {
        Sid: 'AllowTrustGhaDeploy',
        Effect: 'Allow',
        Principal: { AWS: role },
        Action: 'sts:AssumeRole'
      }
    ])
    expect(trust!.renderings.cli).toContain(
      "aws iam update-assume-role-policy --role-name 'deploy-target'"
    )
    expect(trust!.renderings.cdk).toContain('role.assumeRolePolicy?.addStatements(')
    expect(identity!.statements).toEqual([
      { Sid: 'AllowStsRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: target }
    ])
  })

  test('GitHub OIDC: federated principal, aud and a sub built from the context', () => {
    const target = 'arn:aws:iam::111122223333:role/gha-oidc'
    const [trust] = buildRemedies(
      [
        makeFinding({
          grammar: 'oidc-web-identity',
          code: 'AccessDenied',
          traps: ['oidc-trust-conditions'],
          fixTarget: {
            kind: 'trust-policy',
            owner: 'you',
            resourceArn: target,
            resourceAccount: '111122223333'
          }
        })
      ],
      {
        oidc: {
          repository: 'octo-org/octo-repo',
          ref: 'refs/heads/main',
          environment: 'Production:V1'
        }
      }
    )
    expect(trust!.statements).toEqual([
      {
        Sid: 'AllowGitHubOidc',
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub':
              'repo:octo-org/octo-repo:environment:Production%3AV1'
          }
        }
      }
    ])
    expect(trust!.renderings.cli).toContain("--role-name 'gha-oidc'")
  })
})

describe('no Allow to paste: who must act', () => {
  const guidance = (
    kind: Parameters<typeof makeFinding>[0]['fixTarget'],
    extra: Parameters<typeof makeFinding>[0] = {}
  ) =>
    buildRemedies([
      makeFinding({
        action: 'rds:DescribeDBInstances',
        principal: session,
        resource: 'arn:aws:rds:ap-south-1:444455556666:db:*',
        ...extra,
        fixTarget: { ...caller, ...kind }
      })
    ])

  test('explicit deny names the policy and proposes nothing', () => {
    const [r] = guidance(
      {
        kind: 'explicit-deny',
        owner: 'you',
        policyArn: 'arn:aws:iam::444455556666:policy/DenyRds'
      },
      { layer: 'identity', deny: 'explicit', policyArn: 'arn:aws:iam::444455556666:policy/DenyRds' }
    )
    expect(r!.statements).toEqual([])
    expect(r!.renderings).toEqual({})
    expect(r!.notes.join('\n')).toMatch(
      /arn:aws:iam::444455556666:policy\/DenyRds.*No Allow anywhere can override/
    )
  })

  test('SCP: escalation to the organization admin with the organization ID', () => {
    const scp =
      'arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd'
    const [r] = guidance(
      { kind: 'scp', owner: 'org-admin', policyArn: scp },
      { layer: 'scp', deny: 'explicit', policyArn: scp }
    )
    expect(r!.statements).toEqual([])
    expect(r!.notes.join('\n')).toMatch(/o-qv5af4abcd/)
    expect(r!.notes.join('\n')).toMatch(/organization administrator/)
    expect(r!.notes.join('\n')).toMatch(/ArnNotLike/)
  })

  // aws:PrincipalArn holds the role's ARN for a session; a caller the log does not name gets a
  // placeholder, never prose or a wrap's leftovers (heldout15 review, h15-095).
  test('SCP exception: the role ARN for a session, a placeholder for an unnamed caller', () => {
    const scp = { kind: 'scp', owner: 'org-admin', policyArn: null } as const
    const [named] = guidance(scp, { layer: 'scp', deny: 'explicit' })
    expect(named!.notes.join('\n')).toContain(`{"aws:PrincipalArn": "${role}"}`)
    const [unnamed] = guidance(
      { ...scp, principalArn: null, principalName: null, principalAccount: null },
      { layer: 'scp', deny: 'explicit', principal: null }
    )
    expect(unnamed!.notes.join('\n')).toContain(
      '{"aws:PrincipalArn": "arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME"}'
    )
  })

  test.each([
    ['rcp', /resource control policy/],
    ['permissions-boundary', /permissions boundary/],
    ['session-policy', /session policy/],
    ['vpc-endpoint-policy', /VPC endpoint/],
    ['credentials', /Not a permissions problem/],
    ['workflow', /id-token: write/]
  ] as const)('%s gives guidance only', (kind, pattern) => {
    const [r] = guidance({ kind, owner: 'org-admin' })
    expect(r!.statements).toEqual([])
    expect(r!.renderings).toEqual({})
    expect(r!.notes.join('\n')).toMatch(pattern)
  })

  test('quarantine policy: rotate the key, do not detach', () => {
    const policy = 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3'
    const [r] = guidance(
      { kind: 'explicit-deny', owner: 'aws-support', policyArn: policy },
      {
        action: 'ec2:RunInstances',
        deny: 'explicit',
        layer: 'identity',
        policyArn: policy,
        traps: ['compromised-key-quarantine']
      }
    )
    expect(r!.notes[0]).toMatch(/rotate and delete the exposed access key/)
    expect(r!.statements).toEqual([])
  })

  test('GetCallerIdentity is a credentials problem', () => {
    const [r] = guidance(
      { kind: 'credentials', owner: 'you' },
      { action: 'sts:GetCallerIdentity', traps: ['get-caller-identity-is-credentials'] }
    )
    expect(r!.notes[0]).toMatch(/needs no permission/)
    expect(r!.statements).toEqual([])
  })
})

// ListBucket first; the key's own read follows as an Optional statement, never widened to bucket/*.
test('S3 missing object: s3:ListBucket on the bucket ARN, GetObject not widened', () => {
  const [r] = buildRemedies([
    makeFinding({
      action: null,
      operation: 'HeadObject',
      service: 's3',
      principal: session,
      resource: 'arn:aws:s3:::artifacts/missing/key.txt',
      traps: ['s3-missing-object-without-listbucket'],
      fixTarget: { kind: 'resource-name', owner: 'you', ...caller }
    })
  ])
  expect(r!.statements).toEqual([
    {
      Sid: 'AllowS3Bucket',
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::artifacts'
    },
    {
      Sid: 'AllowOptionalS3Object',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::artifacts/missing/key.txt'
    }
  ])
  expect(JSON.stringify(r!.statements)).not.toContain('artifacts/*')
  expect(r!.notes.join('\n')).toMatch(/Verify the key exists/)
})

test('masked account IDs and names become placeholders the notes explain', () => {
  const [r] = buildRemedies([
    makeFinding({
      action: 'ssm:GetParameters',
      principal: 'arn:aws:iam::***:user/****',
      resource: 'arn:aws:ssm:us-east-1:<account-id>:parameter/app/db-password',
      fixTarget: {
        kind: 'identity-policy',
        principalArn: 'arn:aws:iam::***:user/****',
        principalType: 'user',
        principalName: '****',
        principalAccount: '***'
      }
    })
  ])
  expect(r!.statements[0]!.Resource).toBe(
    'arn:aws:ssm:us-east-1:<ACCOUNT_ID>:parameter/app/db-password'
  )
  expect(r!.renderings.cli).toContain("--user-name '<CALLER_USER_NAME>'")
  const notes = r!.notes.join('\n')
  expect(notes).toMatch(/Replace <ACCOUNT_ID> with the 12-digit AWS account ID/)
  // The statement holds no user name: only the forms that name the user ask for it.
  expect(notes).toMatch(
    /forms only \(the JSON statement does not hold it\), replace <CALLER_USER_NAME>/
  )
  // `****` is the log's mask, not a missing name.
  expect(notes).toContain('with the name of the calling user (the log masks it as `****`).')
})

test('the same findings always give the same remedies, byte for byte', () => {
  const findings = [
    resourceFinding('s3:GetObject', 'arn:aws:s3:::b/x'),
    resourceFinding('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/k'),
    makeFinding({
      action: 'ecr:GetAuthorizationToken',
      principal: session,
      resource: '*',
      fixTarget: { kind: 'identity-policy', ...caller }
    })
  ]
  expect(JSON.stringify(buildRemedies(findings))).toBe(JSON.stringify(buildRemedies(findings)))
})

describe('special-purpose statements', () => {
  test('iam:PassRole: the exact role ARN, limited to the service the operation hands it to', () => {
    const passed = 'arn:aws:iam::444455556666:role/app/ec2-app-role'
    const [r] = buildRemedies([
      makeFinding({
        action: 'iam:PassRole',
        operation: 'RunInstances',
        principal: session,
        resource: passed,
        traps: ['iam-passrole'],
        fixTarget: { kind: 'identity-policy', ...caller }
      })
    ])
    expect(r!.statements).toEqual([
      {
        Sid: 'AllowIamRole',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: passed,
        Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }
      }
    ])
  })

  test('iam:PassRole from an unknown operation gets no guessed condition', () => {
    const [r] = buildRemedies([
      makeFinding({
        action: 'iam:PassRole',
        principal: session,
        resource: 'arn:aws:iam::444455556666:role/x',
        fixTarget: { kind: 'identity-policy', ...caller }
      })
    ])
    expect(r!.statements[0]).not.toHaveProperty('Condition')
  })

  test('iam:CreateServiceLinkedRole is limited to the service in the role path', () => {
    const slr =
      'arn:aws:iam::444455556666:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing'
    const [r] = buildRemedies([
      makeFinding({
        action: 'iam:CreateServiceLinkedRole',
        principal: session,
        resource: slr,
        fixTarget: { kind: 'identity-policy', ...caller }
      })
    ])
    expect(r!.statements[0]).toMatchObject({
      Resource: slr,
      Condition: { StringLike: { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' } }
    })
  })

  test("a federated user's statement goes to the IAM user behind it", () => {
    const [r] = buildRemedies([
      makeFinding({
        action: 's3:ListBucket',
        principal: 'arn:aws:sts::444455556666:federated-user/bob',
        resource: 'arn:aws:s3:::b',
        fixTarget: {
          kind: 'identity-policy',
          principalArn: 'arn:aws:sts::444455556666:federated-user/bob',
          principalType: 'federated-user',
          principalName: 'bob',
          principalAccount: '444455556666'
        }
      })
    ])
    expect(r!.renderings.cli).toContain("put-user-policy --user-name '<CALLER_USER_NAME>'")
    expect(r!.notes.join('\n')).toMatch(/GetFederationToken/)
  })
})
