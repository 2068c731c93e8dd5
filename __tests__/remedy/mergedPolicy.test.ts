import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { mergedPolicy } from '../../src/remedy/mergedPolicy.js'
import { makeFinding, roleTarget } from './makeFinding.js'

const session = 'arn:aws:sts::444455556666:assumed-role/deploy/GitHubActions'
const identity = (action: string, resource: string) =>
  makeFinding({
    action,
    principal: session,
    resource,
    fixTarget: { kind: 'identity-policy', ...roleTarget(session) }
  })

test('merges every proposed identity statement into one document', () => {
  const remedies = buildRemedies([
    identity('ecr:GetAuthorizationToken', '*'),
    identity('ecr:PutImage', 'arn:aws:ecr:us-east-1:444455556666:repository/app'),
    makeFinding({
      action: 'rds:DescribeDBInstances',
      deny: 'explicit',
      layer: 'scp',
      fixTarget: { kind: 'scp', owner: 'org-admin', ...roleTarget(session) }
    })
  ])
  expect(mergedPolicy(remedies)).toEqual({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowEcrAllResources',
        Effect: 'Allow',
        Action: 'ecr:GetAuthorizationToken',
        Resource: '*'
      },
      {
        Sid: 'AllowEcrRepository',
        Effect: 'Allow',
        Action: [
          'ecr:BatchCheckLayerAvailability',
          'ecr:BatchGetImage',
          'ecr:CompleteLayerUpload',
          'ecr:InitiateLayerUpload',
          'ecr:PutImage',
          'ecr:UploadLayerPart'
        ],
        Resource: 'arn:aws:ecr:us-east-1:444455556666:repository/app'
      }
    ]
  })
})

test('null when there is nothing to add to an identity policy', () => {
  expect(mergedPolicy([])).toBeNull()
  const guidanceOnly = buildRemedies([
    makeFinding({
      action: 's3:GetObject',
      deny: 'explicit',
      layer: 'identity',
      fixTarget: { kind: 'explicit-deny', ...roleTarget(session) }
    })
  ])
  expect(mergedPolicy(guidanceOnly)).toBeNull()
  const present = buildRemedies([identity('ecr:GetAuthorizationToken', '*')], {
    currentPolicy: { Statement: [{ Effect: 'Allow', Action: 'ecr:*', Resource: '*' }] }
  })
  expect(present[0]!.alreadyPresent).toBe(true)
  expect(mergedPolicy(present)).toBeNull()
})

test('two roles needing different statements under the same Sid keep both, renamed', () => {
  const other = 'arn:aws:sts::444455556666:assumed-role/build/GitHubActions'
  const remedies = buildRemedies([
    identity('ecr:PutImage', 'arn:aws:ecr:us-east-1:444455556666:repository/a'),
    makeFinding({
      action: 'ecr:PutImage',
      principal: other,
      resource: 'arn:aws:ecr:us-east-1:444455556666:repository/b',
      fixTarget: { kind: 'identity-policy', ...roleTarget(other) }
    })
  ])
  const doc = mergedPolicy(remedies) as { Statement: { Sid: string }[] }
  expect(doc.Statement.map((s) => s.Sid)).toEqual(['AllowEcrRepository', 'AllowEcrRepository2'])
})
