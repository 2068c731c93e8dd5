// --current-policy: the diff is against the given document; a fix already there says so.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { coverage, parsePolicyDocument } from '../../src/remedy/currentPolicy.js'
import { makeFinding, roleTarget } from './makeFinding.js'

const session = 'arn:aws:sts::444455556666:assumed-role/deploy/GitHubActions'
const bucketRead = makeFinding({
  action: 's3:GetObject',
  principal: session,
  resource: 'arn:aws:s3:::artifacts/app.zip',
  layer: 'identity',
  deny: 'implicit',
  fixTarget: { kind: 'identity-policy', ...roleTarget(session) }
})

test('a fix already present is reported, with where the cause lies instead', () => {
  const currentPolicy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadArtifacts',
        Effect: 'Allow',
        Action: 's3:Get*',
        Resource: 'arn:aws:s3:::artifacts/*'
      }
    ]
  }
  const [r] = buildRemedies([bucketRead], { currentPolicy })
  expect(r!.alreadyPresent).toBe(true)
  expect(r!.renderings).toEqual({})
  const notes = r!.notes.join('\n')
  expect(notes).toMatch(/already allowed by statement `ReadArtifacts`/)
  expect(notes).toMatch(/permissions boundary, an SCP or RCP.*Condition.*eventually consistent/)
})

test('a missing fix is added to the current document as a diff', () => {
  const currentPolicy = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Logs', Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]
  }
  const [r] = buildRemedies([bucketRead], { currentPolicy })
  expect(r!.alreadyPresent).toBe(false)
  const diff = r!.renderings.diff!.split('\n')
  expect(diff).toContain('   "Version": "2012-10-17",')
  expect(diff).toContain('       "Sid": "Logs",')
  expect(diff).toContain('+      "Sid": "AllowS3Object",')
  // Both sides of the diff are the documents: old = context and '-', new = context and '+'.
  const side = (keep: string) =>
    JSON.parse(
      diff
        .filter((l) => l[0] === ' ' || l[0] === keep)
        .map((l) => l.slice(1))
        .join('\n')
    )
  expect(side('-')).toEqual(currentPolicy)
  // The CLI applies the complete merged document, which is the diff's new side.
  const cli = r!.renderings.cli!
  const doc = JSON.parse(cli.slice(cli.indexOf("--policy-document '") + 19, cli.lastIndexOf("'")))
  expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['Logs', 'AllowS3Object'])
  expect(side('+')).toEqual(doc)
})

test('an Allow that exists only under a Condition, and a matching Deny, are pointed out', () => {
  const currentPolicy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OnlyFromVpn',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
      },
      { Sid: 'NoArtifacts', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::artifacts/*' }
    ]
  }
  const [r] = buildRemedies([bucketRead], { currentPolicy })
  const notes = r!.notes.join('\n')
  expect(notes).toMatch(/`OnlyFromVpn` allows it only under a Condition/)
  expect(notes).toMatch(/`NoArtifacts` of the current policy denies `s3:GetObject`/)
})

test('a Sid already taken in the current document is not reused', () => {
  const currentPolicy = {
    Statement: { Sid: 'AllowS3Object', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }
  }
  const [r] = buildRemedies([bucketRead], { currentPolicy })
  expect(r!.renderings.diff).toContain('+      "Sid": "AllowS3Object2",')
})

test('resource policies compare principals too', () => {
  const repo = 'arn:aws:ecr:us-east-1:111122223333:repository/app'
  const finding = makeFinding({
    action: 'ecr:BatchGetImage',
    principal: session,
    resource: repo,
    layer: 'resource',
    deny: 'implicit',
    crossAccount: true,
    fixTarget: { kind: 'resource-policy', ...roleTarget(session), resourceArn: repo }
  })
  const pullActions = [
    'ecr:BatchCheckLayerAvailability',
    'ecr:BatchGetImage',
    'ecr:GetDownloadUrlForLayer'
  ]
  const otherAccount = {
    Statement: [
      {
        Sid: 'Pull',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::999999999999:root' },
        Action: pullActions
      }
    ]
  }
  expect(buildRemedies([finding], { currentPolicy: otherAccount })[0]!.alreadyPresent).toBe(false)
  const sameAccount = {
    Statement: [
      {
        Sid: 'Pull',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: 'ecr:*'
      }
    ]
  }
  const [repoPolicy, identity] = buildRemedies([finding], { currentPolicy: sameAccount })
  expect(repoPolicy!.alreadyPresent).toBe(true)
  // An identity remedy is not compared with a resource policy document.
  expect(identity!.alreadyPresent).toBeUndefined()
})

test('a document that is not a policy is ignored with a note', () => {
  const [r] = buildRemedies([bucketRead], { currentPolicy: ['not', 'a', 'policy'] })
  expect(r!.alreadyPresent).toBeUndefined()
  expect(r!.notes.join('\n')).toMatch(/not a policy document/)
  expect(parsePolicyDocument({ Statement: [1, 2] })).toBeNull()
  expect(parsePolicyDocument(null)).toBeNull()
})

test('coverage ignores NotAction statements and matches actions case-insensitively', () => {
  const doc = parsePolicyDocument({
    Statement: [
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      { Effect: 'Allow', Action: 'SQS:sendmessage', Resource: 'arn:aws:sqs:*:*:q' }
    ]
  })!
  expect(
    coverage(doc, {
      Sid: 'A',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/k'
    }).present
  ).toBe(false)
  expect(
    coverage(doc, {
      Sid: 'B',
      Effect: 'Allow',
      Action: 'sqs:SendMessage',
      Resource: 'arn:aws:sqs:us-east-1:1:q'
    })
  ).toEqual({
    present: true,
    by: '#2',
    conditional: false
  })
})

describe('condition comparison (a trust policy that already admits our subject)', () => {
  const sub = 'token.actions.githubusercontent.com:sub'
  const wanted = 'repo:octo-org/app:ref:refs/heads/main'
  const proposed = {
    Sid: 'TrustGitHub',
    Effect: 'Allow' as const,
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringLike: { [sub]: wanted } }
  }
  const trust = (operator: string, value: string | string[]) =>
    parsePolicyDocument({
      Statement: [
        {
          Sid: 'Existing',
          Effect: 'Allow',
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { [operator]: { [sub]: value } }
        }
      ]
    })!

  // Each row: the existing operator and value, and whether it admits `wanted`.
  it.each<[string, string | string[], boolean]>([
    ['StringLike', 'repo:octo-org/app:*', true],
    ['StringLike', 'repo:octo-org/app:ref:refs/heads/mai?', true],
    ['StringLike', 'repo:octo-org/other:*', false],
    ['StringLike', 'repo:OCTO-ORG/app:*', false],
    ['ForAnyValue:StringLike', ['repo:x/y:*', 'repo:octo-org/*'], true],
    ['StringLikeIfExists', 'repo:octo-org/app:*', true],
    // Equality operators compare the text: a `*` in them is a literal star, not a wildcard.
    ['StringEquals', 'repo:octo-org/app:*', false],
    ['StringEquals', wanted, true],
    ['StringEquals', [wanted, 'repo:octo-org/app:environment:prod'], true],
    ['StringEqualsIfExists', 'repo:octo-org/app:*', false],
    ['StringEqualsIgnoreCase', 'REPO:octo-org/App:ref:refs/heads/main', true],
    ['StringEqualsIgnoreCase', 'repo:octo-org/app:*', false],
    ['ArnEquals', 'repo:octo-org/app:*', true],
    // Negated operators never vouch for a value, even when it is written in them.
    ['StringNotEquals', wanted, false],
    ['StringNotLike', 'repo:octo-org/app:*', false],
    ['StringNotLike', 'repo:nobody/*', false],
    ['ForAllValues:StringNotEquals', wanted, false],
    // Orderings and unknown operators cannot be compared as text.
    ['NumericLessThan', wanted, false],
    ['Null', 'false', false]
  ])('%s %j admits the subject: %s', (operator, value, admitted) => {
    expect(coverage(trust(operator, value), proposed)).toEqual(
      admitted
        ? { present: true, by: 'Existing', conditional: false }
        : { present: false, by: null, conditional: false }
    )
  })

  it('needs every key of ours admitted, each by some block', () => {
    const aud = 'token.actions.githubusercontent.com:aud'
    const both = {
      ...proposed,
      Condition: { StringEquals: { [aud]: 'sts.amazonaws.com', [sub]: wanted } }
    }
    const doc = (condition: Record<string, Record<string, string>>) =>
      parsePolicyDocument({
        Statement: [{ Effect: 'Allow', Action: 'sts:*', Condition: condition }]
      })!
    expect(
      coverage(
        doc({
          StringEquals: { [aud]: 'sts.amazonaws.com' },
          StringLike: { [sub]: 'repo:octo-org/*' }
        }),
        both
      ).present
    ).toBe(true)
    expect(coverage(doc({ StringEquals: { [aud]: 'sts.amazonaws.com' } }), both).present).toBe(
      false
    )
    expect(coverage(doc({ StringEquals: { [aud]: 'other', [sub]: wanted } }), both).present).toBe(
      false
    )
  })
})
