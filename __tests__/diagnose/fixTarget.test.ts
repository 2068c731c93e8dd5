// Which document must change and who owns it, for every layer × deny, driven through the real
// pipeline. Corpus ids refer to corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with sources).
import { fixTargetOf } from '../../src/diagnose/fixTarget.js'
import { parsePrincipal } from '../../src/diagnose/Principal.js'
import { emptyDenial } from '../../src/model/Denial.js'
import { corpus, only } from './analyze.js'

const ROLE_SESSION = 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions'

function sentence(
  reason: string,
  action = 's3:GetObject',
  resource = 'arn:aws:s3:::artifacts/app.zip'
): string {
  return `An error occurred (AccessDenied) when calling the GetObject operation: User: ${ROLE_SESSION} is not authorized to perform: ${action} on resource: "${resource}" ${reason}`
}

describe('fixTarget: identity-based policy', () => {
  it('implicit → the identity policy of the role behind the session, owned by you (corpus d005)', () => {
    const f = corpus('d005')
    expect(f.fixTarget).toMatchObject({
      kind: 'identity-policy',
      owner: 'you',
      principalArn: 'arn:aws:iam::123456789012:role/cm-hirai.yuji',
      principalType: 'role',
      principalName: 'cm-hirai.yuji',
      rolePathUnknown: true,
      principalAccount: '123456789012',
      resourceArn: null
    })
    expect(f.fixTarget.description).toBe(
      'the identity policy of role cm-hirai.yuji in account 123456789012'
    )
  })

  it('explicit → the Deny itself, naming the policy ARN (corpus d139)', () => {
    const f = corpus('d139')
    expect(f.fixTarget.kind).toBe('explicit-deny')
    expect(f.fixTarget.owner).toBe('you')
    expect(f.fixTarget.policyArn).toBe('arn:aws:iam::****:policy/DenyBedrockAccess')
    expect(f.fixTarget.description).toContain('arn:aws:iam::****:policy/DenyBedrockAccess')
  })

  it('explicit without a policy ARN still targets the Deny', () => {
    const f = only(sentence('with an explicit deny in an identity-based policy'))
    expect(f.fixTarget).toMatchObject({ kind: 'explicit-deny', policyArn: null })
  })
})

describe('fixTarget: resource-based policy', () => {
  it('implicit → the resource policy, owned by the resource owner, with the resource ARN (corpus d043)', () => {
    const f = corpus('d043')
    expect(f.fixTarget).toMatchObject({
      kind: 'resource-policy',
      owner: 'resource-owner',
      resourceArn: 'arn:aws:kms:us-west-2:3915824****:key/*****-048e-4be0-b497-ca151cd223c5'
    })
  })

  it('explicit → still the resource policy, owned by the resource owner', () => {
    const f = only(sentence('with an explicit deny in a resource-based policy'))
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.owner).toBe('resource-owner')
  })

  it('names the bucket for an S3 object, keeping the printed object ARN unquoted (corpus d150)', () => {
    const f = corpus('d150')
    expect(f.fixTarget.resourceArn).toMatch(
      /^arn:aws:s3:::tf4-cloudtrail-logs-bucket-511825856493\/AWSLogs\//
    )
    expect(f.fixTarget.description).toBe(
      'the bucket policy of arn:aws:s3:::tf4-cloudtrail-logs-bucket-511825856493'
    )
    expect(f.fixTarget.resourceAccount).toBeNull()
  })

  it('anonymous callers can only be let in by the resource policy (corpus d071)', () => {
    const f = corpus('d071')
    expect(f.fixTarget).toMatchObject({
      kind: 'resource-policy',
      owner: 'resource-owner',
      principalType: 'anonymous'
    })
    expect(f.explanation).toMatch(
      /anonymous\) request can only be allowed by the resource's own policy/
    )
  })
})

describe('fixTarget: organization policies are never an identity policy', () => {
  it.each([
    ['d033', 'scp', 'explicit'],
    ['d134', 'scp', 'implicit'],
    ['d017', 'scp', 'explicit'],
    ['d032', 'rcp', 'explicit']
  ])('%s → %s, owned by the org admin', (id, kind, deny) => {
    const f = corpus(id)
    expect(f.deny).toBe(deny)
    expect(f.fixTarget.kind).toBe(kind)
    expect(f.fixTarget.owner).toBe('org-admin')
    expect(f.explanation).toContain("AWS Organization's administrators")
  })

  it('an SCP with its policy ARN names it (corpus d033)', () => {
    const f = corpus('d033')
    expect(f.fixTarget.policyArn).toBe(
      'arn:aws:organizations::<MANAGEMENT ACCOUNT>:policy/o-4z1leiit0c/service_control_policy/p-idgyiios'
    )
    expect(f.fixTarget.description).toContain('p-idgyiios')
  })

  it('an implicit RCP refusal goes to the org admin too', () => {
    const f = only(sentence('because no resource control policy allows the s3:GetObject action'))
    expect(f.layer).toBe('rcp')
    expect(f.fixTarget).toMatchObject({ kind: 'rcp', owner: 'org-admin' })
  })
})

describe('fixTarget: the other layers', () => {
  it.each([
    ['d011', 'implicit', 'permissions-boundary', 'you'],
    ['d024', 'implicit', 'permissions-boundary', 'you'],
    ['d012', 'explicit', 'permissions-boundary', 'you'],
    ['d013', 'implicit', 'session-policy', 'session-creator'],
    ['d014', 'explicit', 'session-policy', 'session-creator'],
    ['d009', 'implicit', 'vpc-endpoint-policy', 'network-owner'],
    ['d010', 'explicit', 'vpc-endpoint-policy', 'network-owner'],
    ['d015', 'implicit', 'trust-policy', 'you'],
    ['d016', 'explicit', 'trust-policy', 'you']
  ])('%s (%s) → %s owned by %s', (id, deny, kind, owner) => {
    const f = corpus(id)
    expect(f.deny).toBe(deny)
    expect(f.fixTarget.kind).toBe(kind)
    expect(f.fixTarget.owner).toBe(owner)
  })

  it('the session-policy description says it is set when the session is created', () => {
    expect(corpus('d013').fixTarget.description).toBe(
      'the session policy passed when user JohnDoe in account 123456789012 was assumed'
    )
  })

  it('a trust denial without a resource names the role being assumed (corpus d016)', () => {
    expect(corpus('d016').fixTarget.description).toBe('the trust policy of the role being assumed')
  })

  it("a role in another account: its trust policy is the role owner's to change", () => {
    const f = only(
      `User: ${ROLE_SESSION} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deploy-target because no role trust policy allows the sts:AssumeRole action`
    )
    expect(f.fixTarget).toMatchObject({
      kind: 'trust-policy',
      owner: 'resource-owner',
      resourceArn: 'arn:aws:iam::444455556666:role/deploy-target',
      resourceAccount: '444455556666'
    })
  })
})

describe('fixTarget: no reason phrase', () => {
  it('action + principal → the identity policy (corpus d044, bare user/jackson)', () => {
    const f = corpus('d044')
    expect(f.layer).toBeNull()
    expect(f.fixTarget).toMatchObject({
      kind: 'identity-policy',
      owner: 'you',
      principalType: 'user',
      principalName: 'jackson'
    })
  })

  it('the root user has no identity policy to change: the resource policy refused it', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:root is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:444455556666:jobs'
    )
    expect(f.fixTarget).toMatchObject({
      kind: 'resource-policy',
      owner: 'resource-owner',
      principalType: 'root',
      resourceArn: 'arn:aws:sqs:us-east-1:444455556666:jobs'
    })
    expect(f.explanation).toContain('The root user holds every permission of its own account')
    expect(f.explanation).not.toContain('identity policy')
  })

  it('sts:AssumeRole without a reason → the trust policy of the target role (corpus d080)', () => {
    const f = corpus('d080')
    expect(f.fixTarget.kind).toBe('trust-policy')
    expect(f.fixTarget.resourceArn).toBe(f.resource)
    expect(f.fixTarget.description).toMatch(
      /^the trust policy of arn:aws:iam::123456789:role\/.+, and the identity policy of role foo-ci-pr/
    )
  })

  it('sts:TagSession without a reason → the trust policy too (corpus d027)', () => {
    const f = corpus('d027')
    expect(f.fixTarget.kind).toBe('trust-policy')
    expect(f.fixTarget.description).toContain('<target-role>')
  })

  it('OIDC sts:AssumeRoleWithWebIdentity → the trust policy of the assumed role (corpus d025)', () => {
    const f = corpus('d025')
    expect(f.layer).toBeNull()
    expect(f.fixTarget.kind).toBe('trust-policy')
  })

  it('an explicit deny of unknown type → the Deny, never an Allow (corpus d021)', () => {
    const f = corpus('d021')
    expect(f.fixTarget.kind).toBe('explicit-deny')
    expect(f.explanation).toContain('No Allow can override it')
  })

  it('nothing stated → unknown', () => {
    const f = only(
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.fixTarget.kind).toBe('unknown')
    expect(f.explanation).not.toContain('What to change')
  })
})

describe('fixTarget: not a policy problem', () => {
  it('credentials → credentials (corpus d088)', () => {
    expect(corpus('d088').fixTarget).toMatchObject({ kind: 'credentials', owner: 'you' })
  })

  it('not found → the resource name (corpus d003)', () => {
    expect(corpus('d003').fixTarget).toMatchObject({ kind: 'resource-name', owner: 'you' })
  })

  it('the compromised-key quarantine policy → the credentials, with AWS Support (corpus d142)', () => {
    expect(corpus('d142').fixTarget).toMatchObject({
      kind: 'credentials',
      owner: 'aws-support',
      policyArn: 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3'
    })
  })

  it('a job without id-token: write → the workflow', () => {
    const f = only(
      'It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.kind).toBe('credentials')
    expect(f.fixTarget).toMatchObject({ kind: 'workflow', owner: 'you' })
    expect(f.fixTarget.description).toContain('id-token: write')
  })

  it('an invalid role-to-assume → the workflow', () => {
    const f = only('Error: Could not assume role with OIDC: Request ARN is invalid')
    expect(f.fixTarget.kind).toBe('workflow')
  })
})

describe('fixTargetOf (unit)', () => {
  it('is never an identity policy for an SCP or RCP, whatever the deny', () => {
    for (const layer of ['scp', 'rcp'] as const) {
      for (const deny of ['implicit', 'explicit'] as const) {
        const d = { ...emptyDenial('denial', 'iam-sentence'), action: 's3:GetObject', layer, deny }
        const t = fixTargetOf(d, parsePrincipal(ROLE_SESSION), [])
        expect(t.kind).toBe(layer)
        expect(t.owner).toBe('org-admin')
      }
    }
  })

  it('names the role being assumed when a service is refused sts:AssumeRole on no printed role', () => {
    const d = {
      ...emptyDenial('denial', 'iam-sentence'),
      action: 'sts:AssumeRole',
      layer: 'identity' as const,
      deny: 'implicit' as const
    }
    const t = fixTargetOf(d, parsePrincipal('codebuild.amazonaws.com'), [])
    expect(t.kind).toBe('trust-policy')
    expect(t.description).toBe(
      'the trust policy of the role being assumed (it must trust codebuild.amazonaws.com)'
    )
  })

  it('keeps the printed account of a masked principal', () => {
    const d = {
      ...emptyDenial('denial', 'iam-sentence'),
      action: 's3:GetObject',
      layer: 'identity' as const,
      deny: 'implicit' as const
    }
    const t = fixTargetOf(d, parsePrincipal('arn:aws:iam::***:user/ci'), [])
    expect(t.principalAccount).toBe('***')
    expect(t.description).toBe('the identity policy of user ci in an account the log masks (`***`)')
  })
})

// heldout10 h10-089 (mludvig/aws-ethereum-miner#37): CloudFormation's stack events name the
// session it deploys in, `AWSCloudFormation`, without the role behind it.
describe('fixTarget: a service session printed alone', () => {
  it('points at the role CloudFormation deployed with, not at a principal named AWSCloudFormation', () => {
    const f = only(
      'AWSCloudFormation is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::5****07:role/ethminerA-InstanceRole-Q5***\n'
    )
    expect(f.principal).toBe('AWSCloudFormation')
    expect(f.fixTarget.kind).toBe('identity-policy')
    expect(f.fixTarget.description).toMatch(
      /^the identity policy of the role CloudFormation deployed the stack with \(`AWSCloudFormation` is its session name: the stack's service role, with CDK the bootstrap's `cdk-…-cfn-exec-role`/
    )
    expect(f.explanation).toContain("the stack's service role")
  })

  it('a name that only looks like it keeps its own words', () => {
    const d = {
      ...emptyDenial('denial', 'iam-sentence'),
      action: 'iam:CreateRole',
      layer: 'identity' as const,
      deny: 'implicit' as const
    }
    const t = fixTargetOf(d, parsePrincipal('AWSCloudFormationDeployer'), [])
    expect(t.description).toBe('the identity policy of AWSCloudFormationDeployer')
  })
})
