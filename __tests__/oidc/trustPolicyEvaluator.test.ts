// The offline trust-policy check: each operator family, the set qualifiers, IfExists, Null, key
// versus value case, the federated principal, Deny, and real trust policies from issue threads.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { wildcardMatch } from '../../src/oidc/conditionOperators.js'
import { evaluateTrustPolicy, type TrustRequest } from '../../src/oidc/trustPolicyEvaluator.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/oidc')
const fixture = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'))

const HOST = 'token.actions.githubusercontent.com'
const PROVIDER = `arn:aws:iam::111122223333:oidc-provider/${HOST}`

function request(
  sub: string,
  aud = 'sts.amazonaws.com',
  extra: Record<string, string[]> = {}
): TrustRequest {
  return {
    action: 'sts:AssumeRoleWithWebIdentity',
    federatedProvider: PROVIDER,
    context: { [`${HOST}:sub`]: [sub], [`${HOST}:aud`]: [aud], ...extra }
  }
}

function policy(condition: unknown, more: Record<string, unknown> = {}): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'GitHub',
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
        ...more
      }
    ]
  }
}

describe('wildcardMatch', () => {
  it.each([
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r:*', true],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r:ref:refs/heads/mai?', true],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r:ref:refs/heads/ma?', false],
    ['repo:o/r', 'repo:o/r*', true],
    ['', '*', true],
    ['', '?', false],
    ['a*b', 'a${*}b', true],
    ['axb', 'a${*}b', false],
    ['a?b', 'a${?}b', true],
    ['abcabd', '*abd', true],
    ['Repo:O/R', 'repo:o/r', false]
  ])('%j against %j is %s', (value, pattern, expected) => {
    expect(wildcardMatch(value, pattern)).toBe(expected)
  })

  it('stays linear-ish on hostile patterns', () => {
    const value = 'a'.repeat(5000)
    const pattern = '*a'.repeat(50) + 'b'
    expect(wildcardMatch(value, pattern)).toBe(false)
  })
})

describe('evaluateTrustPolicy', () => {
  it('allows a matching StringEquals and reports nothing', () => {
    const v = evaluateTrustPolicy(
      policy({ StringEquals: { [`${HOST}:sub`]: 'repo:o/r:ref:refs/heads/main' } }),
      request('repo:o/r:ref:refs/heads/main')
    )
    expect(v).toMatchObject({ allowed: true, allowedBy: ['GitHub'], mismatches: [] })
  })

  it('names the statement, operator, key, expected and presented values of a failed condition', () => {
    const v = evaluateTrustPolicy(
      policy({ StringEquals: { [`${HOST}:sub`]: 'repo:o/r:ref:refs/heads/main' } }),
      request('repo:o/r:environment:prod')
    )
    expect(v.allowed).toBe(false)
    expect(v.mismatches).toEqual([
      {
        statement: 'GitHub',
        operator: 'StringEquals',
        key: `${HOST}:sub`,
        expected: ['repo:o/r:ref:refs/heads/main'],
        presented: ['repo:o/r:environment:prod'],
        reason: 'no written value matches the presented value'
      }
    ])
  })

  it('reads condition keys case-insensitively but compares values case-sensitively', () => {
    const upperKey = policy({
      StringEquals: { 'TOKEN.actions.GitHubUserContent.com:SUB': 'repo:o/r:pull_request' }
    })
    expect(evaluateTrustPolicy(upperKey, request('repo:o/r:pull_request')).allowed).toBe(true)
    // configure-aws-credentials#1100: the owner written in lower case.
    const lowerOwner = policy({
      StringLike: { [`${HOST}:sub`]: 'repo:jarvisprestidge/repo-name:*' }
    })
    const v = evaluateTrustPolicy(
      lowerOwner,
      request('repo:JarvisPrestidge/repo-name:ref:refs/heads/main')
    )
    expect(v.allowed).toBe(false)
    expect(v.mismatches[0]!.reason).toMatch(/case-sensitive/)
  })

  it('StringEqualsIgnoreCase ignores case', () => {
    const p = policy({ StringEqualsIgnoreCase: { [`${HOST}:sub`]: 'REPO:O/R:PULL_REQUEST' } })
    expect(evaluateTrustPolicy(p, request('repo:o/r:pull_request')).allowed).toBe(true)
  })

  it('treats * literally in StringEquals and says so', () => {
    const p = policy({ StringEquals: { [`${HOST}:sub`]: 'repo:o/r:*' } })
    const v = evaluateTrustPolicy(p, request('repo:o/r:ref:refs/heads/main'))
    expect(v.allowed).toBe(false)
    expect(v.mismatches[0]!.reason).toMatch(/only in StringLike/)
  })

  it('accepts any one of several written values, and fails StringNotLike on an excluded one', () => {
    const p = policy({
      StringLike: { [`${HOST}:sub`]: ['repo:o/r:ref:refs/heads/*', 'repo:o/r:environment:*'] },
      StringNotLike: { [`${HOST}:sub`]: 'repo:o/r:ref:refs/heads/dependabot/*' }
    })
    expect(evaluateTrustPolicy(p, request('repo:o/r:environment:prod')).allowed).toBe(true)
    const v = evaluateTrustPolicy(p, request('repo:o/r:ref:refs/heads/dependabot/npm'))
    expect(v.mismatches).toHaveLength(1)
    expect(v.mismatches[0]).toMatchObject({
      operator: 'StringNotLike',
      reason: 'the presented value is one the condition excludes'
    })
  })

  it('a key absent from the request fails a positive operator, passes a negated one and IfExists', () => {
    const absent = `${HOST}:repository`
    const cases: [unknown, boolean][] = [
      [{ StringEquals: { [absent]: 'o/r' } }, false],
      [{ StringNotEquals: { [absent]: 'o/r' } }, true],
      [{ StringEqualsIfExists: { [absent]: 'o/r' } }, true],
      [{ 'ForAnyValue:StringEquals': { [absent]: 'o/r' } }, false],
      [{ 'ForAllValues:StringEquals': { [absent]: 'o/r' } }, true],
      [{ Null: { [absent]: 'true' } }, true],
      [{ Null: { [absent]: 'false' } }, false],
      [{ Null: { [`${HOST}:sub`]: 'false' } }, true]
    ]
    for (const [condition, allowed] of cases) {
      expect({
        condition,
        allowed: evaluateTrustPolicy(policy(condition), request('repo:o/r:pull_request')).allowed
      }).toEqual({ condition, allowed })
    }
  })

  it('says why a GitHub claim other than sub and aud never matches', () => {
    const p = policy({ StringEquals: { [`${HOST}:repository`]: 'o/r' } })
    const v = evaluateTrustPolicy(p, {
      ...request('repo:o/r:pull_request'),
      absentKeys: { [`${HOST}:repository`]: 'AWS supports no custom OIDC claims' }
    })
    expect(v.mismatches[0]).toMatchObject({
      presented: null,
      reason: 'AWS supports no custom OIDC claims'
    })
  })

  it('applies ForAnyValue and ForAllValues to multi-valued keys', () => {
    const req = request('repo:o/r:pull_request', 'sts.amazonaws.com', {
      [`${HOST}:aud`]: ['a', 'b']
    })
    const any = policy({ 'ForAnyValue:StringEquals': { [`${HOST}:aud`]: ['b', 'c'] } })
    const all = policy({ 'ForAllValues:StringEquals': { [`${HOST}:aud`]: ['b', 'c'] } })
    const allOk = policy({ 'ForAllValues:StringLike': { [`${HOST}:aud`]: ['?'] } })
    const anyNot = policy({ 'ForAnyValue:StringNotEquals': { [`${HOST}:aud`]: ['a'] } })
    expect(evaluateTrustPolicy(any, req).allowed).toBe(true)
    expect(evaluateTrustPolicy(all, req).allowed).toBe(false)
    expect(evaluateTrustPolicy(all, req).mismatches[0]!.reason).toBe(
      'not every presented value is allowed'
    )
    expect(evaluateTrustPolicy(allOk, req).allowed).toBe(true)
    expect(evaluateTrustPolicy(anyNot, req).allowed).toBe(true)
  })

  it('an explicit Deny wins over an Allow', () => {
    const p = {
      Statement: [
        (policy({ StringLike: { [`${HOST}:sub`]: 'repo:o/*' } }) as { Statement: unknown[] })
          .Statement[0],
        {
          Sid: 'NoPulls',
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:*',
          Condition: { StringLike: { [`${HOST}:sub`]: '*:pull_request' } }
        }
      ]
    }
    const v = evaluateTrustPolicy(p, request('repo:o/r:pull_request'))
    expect(v).toMatchObject({ allowed: false, allowedBy: ['GitHub'], deniedBy: ['NoPulls'] })
    expect(v.mismatches).toEqual([
      expect.objectContaining({ statement: 'NoPulls', operator: 'Deny' })
    ])
    expect(evaluateTrustPolicy(p, request('repo:o/r:ref:refs/heads/main')).allowed).toBe(true)
  })

  it("names another account's provider in the Federated principal", () => {
    const p = policy(undefined, {
      Principal: { Federated: `arn:aws:iam::999988887777:oidc-provider/${HOST}` }
    })
    const v = evaluateTrustPolicy(p, request('repo:o/r:pull_request'))
    expect(v.mismatches[0]).toMatchObject({
      operator: 'Principal',
      key: 'Federated',
      presented: [PROVIDER]
    })
    expect(v.mismatches[0]!.reason).toMatch(/account 999988887777.*account 111122223333/)
  })

  it('reports an Action that is not AssumeRoleWithWebIdentity, and honours wildcards in Action', () => {
    const wrong = policy(undefined, { Action: 'sts:AssumeRole' })
    expect(evaluateTrustPolicy(wrong, request('x')).mismatches[0]).toMatchObject({
      operator: 'Action'
    })
    const star = policy(undefined, { Action: ['sts:AssumeRole*'] })
    expect(evaluateTrustPolicy(star, request('x')).allowed).toBe(true)
  })

  it('never throws on documents that are not policies', () => {
    for (const doc of [
      null,
      42,
      'not json',
      '{}',
      [],
      { Statement: 'x' },
      { Statement: [{ Effect: 'Maybe' }] }
    ]) {
      const v = evaluateTrustPolicy(doc, request('repo:o/r:pull_request'))
      expect(v.allowed).toBe(false)
      expect(v.problems.length).toBeGreaterThan(0)
    }
  })

  it('reads the URL-encoded document IAM returns', () => {
    const doc = encodeURIComponent(
      JSON.stringify(policy({ StringLike: { [`${HOST}:sub`]: 'repo:o/r:*' } }))
    )
    expect(evaluateTrustPolicy(doc, request('repo:o/r:pull_request')).allowed).toBe(true)
  })
})

describe('real trust policies', () => {
  const provider = (account: string) => `arn:aws:iam::${account}:oidc-provider/${HOST}`

  it('get-role output of configure-aws-credentials#271: any ref of the repository, case-sensitive', () => {
    const doc = fixture('get-role-kaihendry.json')
    const req = (sub: string): TrustRequest => ({
      ...request(sub),
      federatedProvider: provider('407461997746')
    })
    expect(
      evaluateTrustPolicy(doc, req('repo:kaihendry/go-web-dynamo-starter:ref:refs/heads/main'))
        .allowed
    ).toBe(true)
    const v = evaluateTrustPolicy(doc, req('repo:kaihendry/other:ref:refs/heads/main'))
    expect(v.mismatches).toEqual([
      expect.objectContaining({
        statement: '#1',
        operator: 'StringLike',
        expected: ['repo:kaihendry/go-web-dynamo-starter:*']
      })
    ])
  })

  it('configure-aws-credentials#1309: a develop-only sub refuses a push to main', () => {
    const doc = fixture('trust-issue-1309.json')
    const req = {
      ...request('repo:*********/estimator:ref:refs/heads/main'),
      federatedProvider: provider('123456789012')
    }
    const v = evaluateTrustPolicy(doc, req)
    expect(v.mismatches.map((m) => [m.operator, m.key])).toEqual([['StringEquals', `${HOST}:sub`]])
  })

  it('configure-aws-credentials#775: a masked account in the provider ARN is not the role account', () => {
    const doc = fixture('trust-issue-775.json')
    const v = evaluateTrustPolicy(doc, {
      ...request('repo:xxxxxx/infrastructure:ref:refs/heads/main'),
      federatedProvider: provider('123456789012')
    })
    expect(v.mismatches.map((m) => m.operator)).toEqual(['Principal'])
  })
})
