// Multi-step operations get their whole set on every side that must allow it.
// Source: ministryofjustice/cloud-platform#7245 (a GitHub Actions docker push, same account).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { companionActions } from '../../src/remedy/companionActions.js'
import { validateRemedies } from '../../src/remedy/validate.js'

const MOJ_7245 =
  'denied: User: arn:aws:sts::754256621582:assumed-role/cloud-platform-ecr-e344de1fe05708ec-github/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-2:754256621582:repository/laa-pcuam/csv-converter because no identity-based policy allows the ecr:InitiateLayerUpload action'

const PUSH = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:BatchGetImage',
  'ecr:CompleteLayerUpload',
  'ecr:InitiateLayerUpload',
  'ecr:PutImage',
  'ecr:UploadLayerPart'
]

test('the identity-side fix of a denied push step grants the whole push set', () => {
  const { findings } = analyzeText(MOJ_7245)
  const remedies = buildRemedies(findings)
  expect(remedies).toHaveLength(1)
  expect(remedies[0]!.target.kind).toBe('identity-policy')
  expect(remedies[0]!.statements).toEqual([
    {
      Sid: 'AllowEcrRepository',
      Effect: 'Allow',
      Action: PUSH,
      Resource: 'arn:aws:ecr:eu-west-2:754256621582:repository/laa-pcuam/csv-converter'
    }
  ])
  expect(remedies[0]!.notes.join('\n')).toMatch(/one step of docker push to ECR/)
  expect(validateRemedies(remedies, findings)).toEqual([])
})

test('across accounts both sides get the same set', () => {
  const text = MOJ_7245.replace('eu-west-2:754256621582', 'eu-west-2:111122223333').replace(
    'no identity-based policy',
    'no resource-based policy'
  )
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  const actionSets = remedies.map((r) => r.statements.map((s) => s.Action))
  expect(actionSets).toEqual([[PUSH], [PUSH]])
})

test('sets per operation: pull steps give the pull set, other actions stay alone', () => {
  expect(companionActions('ecr:BatchGetImage').actions).toEqual([
    'ecr:BatchCheckLayerAvailability',
    'ecr:BatchGetImage',
    'ecr:GetDownloadUrlForLayer'
  ])
  expect(companionActions('ECR:PutImage').actions).toEqual(PUSH)
  expect(companionActions('ecr:DescribeRepositories')).toEqual({
    actions: ['ecr:DescribeRepositories'],
    operation: null
  })
})
