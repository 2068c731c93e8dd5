// Multi-step operations get their whole set on every side that must allow it.
// Source: ministryofjustice/cloud-platform#7245 (a GitHub Actions docker push, same account).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { companionActions } from '../../src/remedy/companionActions.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { corpusText } from '../support/corpusRecords.js'

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

describe("a push's refused probe gets the push set, not the pull set (heldout14 review, h14-089)", () => {
  const actionsOf = (text: string): string[] => {
    const findings = analyzeText(text).findings
    const remedies = buildRemedies(findings)
    expect(validateRemedies(remedies, findings)).toEqual([])
    return remedies.flatMap((r) => r.statements.flatMap((s) => [s.Action].flat()))
  }
  // bazel-contrib/rules_oci#648 (heldout14 h14-089): a rules_oci push refused on BatchGetImage.
  const RULES_OCI_648 = `bazel run //redacted:push  -- --repository XXX.dkr.ecr.XXX.amazonaws.com/XXX --tag mytag
User: arn:aws:iam::XXX:user/XXX-ecr-push is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:XXX:XXX:repository/XXX because no identity-based policy allows the ecr:BatchGetImage action`
  // everything2/everything2#2562: CodeBuild's pull refused on BatchGetImage (the pull set stays).
  const EVERYTHING2_2562 =
    "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::254865750963:assumed-role/Docker-Builder-CodeBuild-Role/AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:254865750963:repository/everything2/e2lib because no identity-based policy allows the ecr:BatchGetImage action"

  it('h14-089: a bazel push target refused on BatchGetImage', () => {
    const actions = actionsOf(RULES_OCI_648)
    expect(actions).toEqual(PUSH)
    expect(actions).not.toContain('ecr:GetDownloadUrlForLayer')
  })

  it("docker push's own output before a BatchCheckLayerAvailability refusal", () => {
    // Our own variant: docker's push output, then the probe's refusal.
    const actions =
      actionsOf(`The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/app]
denied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:BatchCheckLayerAvailability on resource: arn:aws:ecr:us-east-1:123456789012:repository/app because no identity-based policy allows the ecr:BatchCheckLayerAvailability action`)
    expect(actions).toEqual(PUSH)
  })

  it('everything2#2562: a pull refused on BatchGetImage keeps the pull set', () => {
    expect(actionsOf(EVERYTHING2_2562)).toContain('ecr:GetDownloadUrlForLayer')
  })

  it('a push and a pull in the same log keep the pull set (the probe may be the pull)', () => {
    // Our own counter-case: a build pulls its base image from ECR, then pushes.
    const actions = actionsOf(
      `docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/base:1\ndocker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\n${EVERYTHING2_2562.slice(EVERYTHING2_2562.indexOf('denied: User'))}`
    )
    expect(actions).toContain('ecr:GetDownloadUrlForLayer')
  })

  it('"push" in a name only is not a push', () => {
    // Our own counter-case: a user named for pushing, no push command or output.
    const actions = actionsOf(
      'User: arn:aws:iam::123456789012:user/ci-ecr-push is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:123456789012:repository/app because no identity-based policy allows the ecr:BatchGetImage action'
    )
    expect(actions).toContain('ecr:GetDownloadUrlForLayer')
  })
})

// A deploy by change set (aws cloudformation deploy, sam deploy, Serverless) describes, executes
// and waits after creating: granting CreateChangeSet alone fails the next step.
describe('a deploy by change set', () => {
  const statementsOf = (text: string) => {
    const findings = analyzeText(text).findings
    const remedies = buildRemedies(findings)
    expect(validateRemedies(remedies, findings)).toEqual([])
    return remedies.flatMap((r) => r.statements)
  }

  it('h5-127 (aws-samples/aws-serverless-shopping-cart#49): the whole set on the stack', () => {
    expect(statementsOf(corpusText('heldout5.jsonl', 'h5-127'))).toEqual([
      {
        Sid: expect.any(String),
        Effect: 'Allow',
        Action: [
          'cloudformation:CreateChangeSet',
          'cloudformation:DescribeChangeSet',
          'cloudformation:DescribeStackEvents',
          'cloudformation:DescribeStacks',
          'cloudformation:ExecuteChangeSet'
        ],
        Resource:
          'arn:aws:cloudformation:us-east-2:684570837450:stack/aws-serverless-shopping-cart-auth/*'
      }
    ])
  })

  it("h4-043 (a SAM template's transform refused): the transform's own action only", () => {
    const statements = statementsOf(corpusText('heldout4.jsonl', 'h4-043'))
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(['cloudformation:CreateChangeSet'])
  })

  it('own counter-case: a stack action outside the sequence keeps its own', () => {
    expect(
      companionActions(
        'cloudformation:DeleteStack',
        [],
        {},
        'arn:aws:cloudformation:us-east-1:111122223333:stack/app/*'
      ).actions
    ).toEqual(['cloudformation:DeleteStack'])
  })
})

test('an Athena query refused at its start gets the start, poll, fetch and cancel set on its workgroup', () => {
  // h128-128: a SageMaker notebook's query (aws-samples README quoting botocore).
  const { findings } = analyzeText(corpusText('heldout128.jsonl', 'h128-128'))
  const remedies = buildRemedies(findings)
  expect(remedies.map((r) => r.statements)).toEqual([
    [
      {
        Sid: 'AllowAthenaWorkgroup',
        Effect: 'Allow',
        Action: [
          'athena:GetQueryExecution',
          'athena:GetQueryResults',
          'athena:StartQueryExecution',
          'athena:StopQueryExecution'
        ],
        Resource: 'arn:aws:athena:us-east-1:055102001469:workgroup/primary'
      }
    ]
  ])
  expect(remedies[0]!.notes.join('\n')).toMatch(
    /Glue Data Catalog and writes the results to the workgroup's S3 location/
  )
  expect(validateRemedies(remedies, findings)).toEqual([])
})

test("an IaC tool's refused read of an SQS queue gets the attributes and the tags; an app's stays alone", () => {
  // h129-125: OpenTofu waiting on a new queue's attributes.
  const { findings } = analyzeText(corpusText('heldout129.jsonl', 'h129-125'))
  const remedies = buildRemedies(findings)
  expect(remedies.flatMap((r) => r.statements.map((s) => s.Action))).toEqual([
    ['sqs:GetQueueAttributes', 'sqs:ListQueueTags']
  ])
  expect(validateRemedies(remedies, findings)).toEqual([])
  expect(companionActions('sqs:GetQueueAttributes').actions).toEqual(['sqs:GetQueueAttributes'])
  expect(
    companionActions('sqs:CreateQueue', [], {
      iacResource: { value: 'aws_sqs_queue.q', source: 'terraform' }
    } as never).actions
  ).toEqual(['sqs:CreateQueue', 'sqs:GetQueueAttributes', 'sqs:ListQueueTags'])
})
