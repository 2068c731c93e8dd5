// The pure doctor: cause, claims, mismatches and remedies from what the token and STS gave.
import { claimsFrom } from '../../src/oidc/claims.js'
import { diagnoseOidc, type DoctorInput } from '../../src/oidc/doctor.js'
import { renderComment, renderJson, renderMarkdown } from '../../src/report/index.js'
import { githubClaims } from '../support/oidcServers.js'

const ROLE = 'arn:aws:iam::111122223333:role/gha-deploy'
const HOST = 'token.actions.githubusercontent.com'

function input(over: Partial<DoctorInput> = {}): DoctorInput {
  return {
    roleArn: ROLE,
    audience: 'sts.amazonaws.com',
    token: {
      status: 'claims',
      claims: claimsFrom(githubClaims({ sub: 'repo:octo-org/octo-repo:environment:prod' }))
    },
    sts: {
      status: 'error',
      error: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
      }
    },
    ...over
  }
}

const trust = (sub: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'GitHubDeploy',
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${HOST}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${HOST}:sub`]: sub }
      }
    }
  ]
})

describe('diagnoseOidc', () => {
  it('a refused token: trust-policy-mismatch with the failed condition and a statement carrying the presented sub', () => {
    const report = diagnoseOidc(
      input({ trustPolicy: trust('repo:octo-org/octo-repo:ref:refs/heads/*') })
    )
    const f = report.findings[0]!
    expect(f).toMatchObject({
      kind: 'oidc',
      cause: 'trust-policy-mismatch',
      stsError: { code: 'AccessDenied' },
      claims: { sub: 'repo:octo-org/octo-repo:environment:prod', repository_id: '74' },
      mismatches: [
        {
          statement: 'GitHubDeploy',
          operator: 'StringLike',
          key: `${HOST}:sub`,
          expected: ['repo:octo-org/octo-repo:ref:refs/heads/*'],
          presented: ['repo:octo-org/octo-repo:environment:prod']
        }
      ]
    })
    expect(f.title).toContain('repo:octo-org/octo-repo:environment:prod')
    const trustRemedy = report.remedies.find((r) => r.target.kind === 'trust-policy')!
    expect(trustRemedy.statements).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${HOST}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${HOST}:aud`]: 'sts.amazonaws.com',
            [`${HOST}:sub`]: 'repo:octo-org/octo-repo:environment:prod'
          }
        }
      })
    ])
    // As JSON (a diff against the given trust policy), Terraform, CDK and CLI, like other fixes.
    expect(Object.keys(trustRemedy.renderings).sort()).toEqual(['cdk', 'cli', 'diff', 'terraform'])
    expect(trustRemedy.renderings.diff).toContain('"repo:octo-org/octo-repo:environment:prod"')
    expect(trustRemedy.renderings.terraform).toContain('repo:octo-org/octo-repo:environment:prod')
    expect(trustRemedy.notes.join('\n')).toContain('repo:octo-org/octo-repo:environment:*')
  })

  it('the same refusal with a policy that accepts the claims says STS looked at another role', () => {
    const report = diagnoseOidc(input({ trustPolicy: trust('repo:octo-org/octo-repo:*') }))
    expect(report.findings[0]!.mismatches).toEqual([])
    expect(report.findings[0]!.explanation).toMatch(/does not exist, is in another account/)
  })

  it.each([
    [
      'InvalidIdentityToken',
      'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      'no-oidc-provider',
      'identity-provider'
    ],
    ['InvalidIdentityToken', 'Incorrect token audience', 'audience', 'identity-provider'],
    [
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      'session-duration',
      'workflow'
    ],
    ['Throttling', 'Rate exceeded', 'unknown', 'unknown']
  ])('%s %s: %s', (code, message, cause, kind) => {
    const report = diagnoseOidc(input({ sts: { status: 'error', error: { code, message } } }))
    expect(report.findings[0]).toMatchObject({
      cause,
      fixTarget: { kind },
      stsError: { code, message }
    })
    expect(report.remedies.length).toBeGreaterThan(0)
  })

  it('no provider: the create command for the role account, and the trust statement for it', () => {
    const report = diagnoseOidc(
      input({
        sts: {
          status: 'error',
          error: {
            code: 'InvalidIdentityToken',
            message:
              'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
          }
        }
      })
    )
    const [provider, trustFix] = report.remedies
    expect(provider!.renderings.cli).toBe(
      "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'"
    )
    expect(provider!.notes[0]).toContain('account 111122223333')
    expect(provider!.renderings.terraform).toContain('aws_iam_openid_connect_provider')
    expect(provider!.renderings.cdk).toContain('iam.OpenIdConnectProvider')
    expect(trustFix!.statements[0]!.Condition!.StringEquals![`${HOST}:sub`]).toBe(
      'repo:octo-org/octo-repo:environment:prod'
    )
  })

  it('a custom audience is the one the fixes name', () => {
    const claims = claimsFrom(githubClaims({ aud: 'https://github.com/octo-org' }))
    const report = diagnoseOidc(
      input({
        audience: 'https://github.com/octo-org',
        token: { status: 'claims', claims },
        sts: {
          status: 'error',
          error: { code: 'InvalidIdentityToken', message: 'Incorrect token audience' }
        }
      })
    )
    expect(report.findings[0]!.title).toContain('https://github.com/octo-org')
    expect(report.remedies[0]!.renderings.cli).toContain(
      "--client-id 'https://github.com/octo-org'"
    )
    const t = report.remedies.find((r) => r.target.kind === 'trust-policy')!
    expect(t.statements[0]!.Condition!.StringEquals![`${HOST}:aud`]).toBe(
      'https://github.com/octo-org'
    )
  })

  it('no token: the permission, with the sub GitHub will present once it has one', () => {
    const report = diagnoseOidc(
      input({
        token: { status: 'missing', fork: null },
        sts: { status: 'skipped' },
        context: { repository: 'octo-org/octo-repo', ref: 'refs/heads/main', eventName: 'push' }
      })
    )
    expect(report.findings[0]).toMatchObject({
      cause: 'no-id-token-permission',
      claims: null,
      stsError: null
    })
    expect(report.remedies[0]!.notes.join('\n')).toContain(
      'repo:octo-org/octo-repo:ref:refs/heads/main'
    )
  })

  it('a fork names the fork', () => {
    const report = diagnoseOidc(
      input({ token: { status: 'missing', fork: 'mallory/octo-repo' }, sts: { status: 'skipped' } })
    )
    expect(report.findings[0]).toMatchObject({ cause: 'fork-pull-request' })
    expect(report.findings[0]!.title).toContain('mallory/octo-repo')
  })

  it('offline: an invalid ARN, an accepting policy, a rejecting one, and nothing to go on', () => {
    const offline = { sts: { status: 'skipped' } as const }
    expect(diagnoseOidc(input({ ...offline, roleArn: 'gha-deploy' })).findings[0]!.cause).toBe(
      'invalid-role-arn'
    )
    expect(
      diagnoseOidc(input({ ...offline, trustPolicy: trust('repo:octo-org/*') })).findings[0]!.cause
    ).toBe('assumable')
    expect(
      diagnoseOidc(input({ ...offline, trustPolicy: trust('repo:other/*') })).findings[0]!.cause
    ).toBe('trust-policy-mismatch')
    expect(diagnoseOidc(input(offline)).findings[0]!.cause).toBe('unknown')
  })

  it('success is `assumable`, with guidance and no statement', () => {
    const report = diagnoseOidc(input({ sts: { status: 'ok' } }))
    expect(report.findings[0]).toMatchObject({ cause: 'assumable', stsError: null })
    expect(report.remedies.every((r) => r.statements.length === 0)).toBe(true)
  })

  it('the JSON contract carries kind, cause, claims, stsError and mismatches', () => {
    const json = JSON.parse(renderJson(diagnoseOidc(input({ trustPolicy: trust('repo:x/*') }))))
    expect(json.findings[0]).toMatchObject({
      kind: 'oidc',
      cause: 'trust-policy-mismatch',
      claims: { sub: 'repo:octo-org/octo-repo:environment:prod', aud: 'sts.amazonaws.com' },
      stsError: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
      },
      mismatches: [expect.objectContaining({ operator: 'StringLike' })]
    })
  })

  it('backticks and Markdown in a sub cannot break out of the report', () => {
    const claims = claimsFrom(githubClaims({ sub: 'repo:o/r:environment:`](javascript:x)<b>' }))
    const report = diagnoseOidc(input({ token: { status: 'claims', claims } }))
    expect(report.findings[0]!.title).not.toContain('`](')
  })
})

describe('the doctor report in Markdown and in a comment', () => {
  it('headings say what was checked, and the presented sub is visible outside the details', () => {
    const report = diagnoseOidc(input({ trustPolicy: trust('repo:x/*') }))
    const md = renderMarkdown(report)
    expect(md.split('\n', 1)[0]).toBe('### whydenied: OIDC check (trust-policy-mismatch)')
    const visible = md.slice(0, md.indexOf('#### How to fix it'))
    expect(visible).toContain('Presented sub: `repo:octo-org/octo-repo:environment:prod`')
    expect(visible).toMatch(
      /Statement GitHubDeploy: `StringLike` on `token\.actions\.githubusercontent\.com:sub`/
    )
    expect(md).not.toContain('Scanned 0 lines')
    const comment = renderComment(report, { key: 'deploy/apply', title: 'deploy / apply' })
    expect(comment).toContain(
      'Why configure-aws-credentials could not assume the role in deploy / apply'
    )
  })
})
