// Each note states only what the text supports (issue 17, class 3 of the heldout4 review, h4-027):
// no "the message shows `*`" when it shows nothing, no "the repository may not exist" when the log
// shows it answering, and no placeholder for a repository whose URI the log prints.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const H4_027 =
  // heldout4 h4-027 (team notes: the author elided principal and resource with "...")
  "**Don't try this.** Confirmed 2026-06-09: the PCSK `PCSKAdministratorAccessRole` has read-only access to `871501607754.dkr.ecr.us-west-2.amazonaws.com/sfci/a360/edc-python/edc-inference-ray`. `docker push` returns `denied: User ... is not authorized to perform: ecr:InitiateLayerUpload ... because no resource-based policy allows the ecr:InitiateLayerUpload action`. The Strata stage ECR's resource policy only grants write to Jenkins-issued credentials; that's intentional."

const REPO = 'arn:aws:ecr:us-west-2:871501607754:repository/sfci/a360/edc-python/edc-inference-ray'

/** h4-027's advice as if the intent were overruled: every note it would carry. */
function drafted(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings, { fixIntended: true })
  expect(validateRemedies(remedies, findings)).toEqual([])
  return {
    f: findings[0]!,
    statements: remedies.flatMap((r) => r.statements),
    notes: remedies.flatMap((r) => r.notes).join('\n')
  }
}

describe('h4-027', () => {
  it('takes the repository from the URI the text prints, not a placeholder', () => {
    const { f, statements, notes } = drafted(H4_027)
    expect(f.resource).toBeNull()
    expect(f.inferred?.resource).toEqual({ value: REPO, from: 'ECR repository URI in the log' })
    expect(statements.map((s) => s.Resource).filter(Boolean)).toEqual([REPO])
    expect(notes).not.toMatch(/<REPOSITORY_NAME>|<REGION>/)
  })

  it('says nothing about a "*" the message does not show', () => {
    const { notes } = drafted(H4_027)
    expect(notes).not.toMatch(/shows `\*`/)
    expect(notes).not.toMatch(/policy of `\*`/)
  })

  it('does not ask whether a repository exists that the text shows being read', () => {
    const { f, notes } = drafted(H4_027)
    expect(f.inferred?.repositoryReached?.from).toMatch(/has read-only access to/)
    expect(f.traps).not.toContain('ecr-repository-may-not-exist')
    expect(notes).not.toMatch(/may not exist|confirm the repository exists/)
  })
})

describe('the repository-may-not-exist check stays where nothing shows the repository', () => {
  it('pytorch/pytorch#137361: cross-account push, nothing read from the repository', () => {
    const { f } = analysedOne(
      // pytorch/pytorch#137361
      'User: arn:aws:sts::391835788720:assumed-role/ghci-lf-github-action-runners-runner-role/i-03d4fc4f0ea90c6cd is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:308535385114:repository/pytorch/pytorch-linux-jammy-py3-clang18-asan because no resource-based policy allows the ecr:InitiateLayerUpload action'
    )
    expect(f.traps).toContain('ecr-repository-may-not-exist')
  })

  it('a layer the repository already holds shows it exists (our own variant of a push log)', () => {
    const { f } = analysedOne(
      `The push refers to repository [308535385114.dkr.ecr.us-east-1.amazonaws.com/pytorch/ci-image]
5f70bf18a086: Layer already exists
a1b2c3d4e5f6: Preparing
denied: User: arn:aws:sts::391835788720:assumed-role/runner-role/i-03d4fc4f0ea90c6cd is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:308535385114:repository/pytorch/ci-image because no resource-based policy allows the ecr:InitiateLayerUpload action`
    )
    expect(f.traps).not.toContain('ecr-repository-may-not-exist')
  })
})

describe('the repository URI rule', () => {
  it('takes the one repository the push names when the message elides the resource', () => {
    // Our own variant of aws/amazon-sagemaker-examples#1539: the message cut after the action.
    const { f } = analysedOne(
      `The push refers to repository [109225375568.dkr.ecr.us-east-2.amazonaws.com/test]
denied: User: arn:aws:sts::109225375568:assumed-role/AmazonSageMaker-ExecutionRole-20200213T151637/SageMaker is not authorized to perform: ecr:InitiateLayerUpload`
    )
    expect(f.inferred?.resource?.value).toBe('arn:aws:ecr:us-east-2:109225375568:repository/test')
  })

  it('guesses nothing when two repositories are printed, or the URI is a shell variable', () => {
    // aws-samples/aws-modern-application-workshop#95 (the push names $AWS_ACCOUNT_ID…)
    const variable = analysedOne(
      `denied: User: arn:aws:sts::026927173535:assumed-role/MythicalMysfitsServiceCodeBuildServiceRole/AWSCodeBuild-4c4a1c09 is not authorized to perform: ecr:CompleteLayerUpload
 [Container] 2019/04/03 07:22:13 Command did not exit successfully docker push $AWS_ACCOUNT_ID.dkr.ecr.$AWS_DEFAULT_REGION.amazonaws.com/mythicalmysfits/service:latest exit status 1`
    )
    expect(variable.f.inferred?.resource).toBeUndefined()
    const two = analysedOne(
      `docker tag 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1 444455556666.dkr.ecr.us-east-1.amazonaws.com/app:1
denied: User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: ecr:InitiateLayerUpload`
    )
    expect(two.f.inferred?.resource).toBeUndefined()
  })
})
