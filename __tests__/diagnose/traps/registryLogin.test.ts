// Which registry a refused Docker login belongs to (heldout7 review h7-170, h7-126): ECR Public
// named around the failure, or an AWS-owned registry the job never logged in to.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// aws/aws-lambda-web-adapter#124: ECR Public on the failing line itself (the grammar's own cause).
const ADAPTER_124 = `Build Failed
Error: VaporHelloWorld failed to build: invalid from flag value public.ecr.aws/awsguru/aws-lambda-adapter:0.6.1: pull access denied for public.ecr.aws/awsguru/aws-lambda-adapter, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.`

// aws/amazon-sagemaker-examples#414: a SageMaker framework image (AWS's registry 520713654638).
const EXAMPLES_414 =
  'Get https://520713654638.dkr.ecr.us-west-2.amazonaws.com/v2/sagemaker-pytorch/manifests/0.4.0-cpu-py3: no basic auth credentials'

// aws/aws-cli#2351: the job's own registry; neither trap.
const CLI_2351 = `$ aws ecr get-login --region eu-west-1 --profile ss
docker login -u AWS -p AQECAHh....b6Wk -e none https://1234567890.dkr.ecr.eu-west-1.amazonaws.com
Login Succeeded
$ docker push 1234567890.dkr.ecr.eu-west-1.amazonaws.com/service-web:latest
denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.`

describe('ecr-public-stale-login', () => {
  it.each([
    [
      'own case: the FROM line names ECR Public',
      'Step 1/4 : FROM public.ecr.aws/lambda/python:3.12\ndenied: Your authorization token has expired. Reauthenticate and try again.'
    ]
  ])('logout or ecr-public login in us-east-1 (%s)', (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('ecr-public-stale-login')
    expect(f.explanation).toMatch(/^The log names ECR Public/)
    expect(notes).toContain('docker logout public.ecr.aws')
    expect(notes).toContain('aws ecr-public get-login-password --region us-east-1')
    expect(notes).not.toContain('configure-aws-credentials')
  })

  it('ECR Public on the failing line keeps its own cause, without the trap (aws/aws-lambda-web-adapter#124)', () => {
    const { f, notes } = analysedOne(ADAPTER_124)
    expect(f.detail.cause).toBe('public-registry-login')
    expect(f.traps).not.toContain('ecr-public-stale-login')
    expect(notes).toContain('docker logout public.ecr.aws')
  })

  it('not for a private registry (aws/aws-cli#2351)', () => {
    const { f } = analysedOne(CLI_2351)
    expect(f.traps).not.toContain('ecr-public-stale-login')
    expect(f.traps).not.toContain('aws-owned-registry-login')
  })
})

describe('aws-owned-registry-login', () => {
  it.each([
    ['review h7-126', corpusText('heldout7.jsonl', 'h7-126'), '763104351884'],
    ['aws/amazon-sagemaker-examples#414', EXAMPLES_414, '520713654638']
  ])('log in to the AWS-owned registry itself (%s)', (_source, text, account) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('aws-owned-registry-login')
    expect(f.explanation).toMatch(new RegExp(`^The image is in registry ${account}, owned by AWS`))
    expect(f.explanation).toContain(`registries: ${account}`)
    expect(notes).not.toContain('role-duration-seconds')
    expect(notes).not.toContain('clock skew')
  })

  it('not for an account AWS does not own (own case)', () => {
    const { f } = analysedOne(
      'Get https://123456789012.dkr.ecr.us-west-2.amazonaws.com/v2/app/manifests/1.0: no basic auth credentials'
    )
    expect(f.traps).not.toContain('aws-owned-registry-login')
  })
})
