// Where an ECR login went wrong (heldout6 review: h6-085, h6-166): another Region's registry, or
// a CI runner pulling the job's image before any script runs.
import { analysed, analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'
import { reviewed } from './reviewed.js'

// cattle-ops/terraform-aws-gitlab-runner#320: GitLab Runner's docker+machine executor.
const RUNNER_320 = `Preparing the "docker+machine" executor
Using Docker executor with image 123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage:latest ...
Pulling docker image 123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage:latest ...
WARNING: Failed to pull image with policy "always": Error response from daemon: Head https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/myimage/manifests/latest: no basic auth credentials (docker.go:147:0s)
ERROR: Preparation failed: failed to pull image "123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage:latest" with specified policies [always]: Error response from daemon: Head https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/myimage/manifests/latest: no basic auth credentials (docker.go:147:0s)`

// awslabs/amazon-ecr-credential-helper#104: the older runner wording, alone.
const HELPER_104 =
  'However if i use the ecr image i am getting an error ERROR: Preparation failed: Error response from daemon: Get https://xxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v2/dev/sbt/manifests/latest: no basic auth credentials'

// aws/aws-cli#2351: login and push to the same Region; the token was refused all the same.
const CLI_2351 = `$ aws ecr get-login --region eu-west-1 --profile ss
docker login -u AWS -p AQECAHh....b6Wk -e none https://1234567890.dkr.ecr.eu-west-1.amazonaws.com
Login Succeeded
$ docker push 1234567890.dkr.ecr.eu-west-1.amazonaws.com/service-web:latest
denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.`

describe('ci-runner-image-pull', () => {
  it.each([
    ['review h6-166', reviewed('h6-166')],
    ['cattle-ops/terraform-aws-gitlab-runner#320', RUNNER_320],
    ['awslabs/amazon-ecr-credential-helper#104', HELPER_104]
  ])('the runner, not the job, needs the credential helper (%s)', (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('ci-runner-image-pull')
    expect(f.explanation.startsWith('GitLab Runner pulls the job')).toBe(true)
    expect(f.explanation).toContain('DOCKER_AUTH_CONFIG')
    expect(f.explanation).toContain('ecr-login')
    expect(f.explanation).not.toContain('Log in right before pushing or pulling')
    expect(notes).not.toContain('configure-aws-credentials step')
  })

  it('not for a docker pull in the job itself (aws/amazon-vpc-cni-k8s#1217)', () => {
    const { f } = analysedOne(
      'err: docker: Error response from daemon: Head "https://***/v2/***/manifests/55": no basic auth credentials.'
    )
    expect(f.traps).not.toContain('ci-runner-image-pull')
  })
})

describe('ecr-login-region-mismatch', () => {
  it('the text names the Region mismatch (review h6-085)', () => {
    // h6-085 itself is a look-alike (the error as a topic, "the issue of receiving the error":
    // no finding, see __tests__/parse/authorOrRun.test.ts); told as a run it keeps the case.
    const { f } = analysedOne(
      reviewed('h6-085').replace(
        'The common development issue of receiving the error',
        'Our job keeps receiving the error'
      )
    )
    expect(f.traps).toContain('ecr-login-region-mismatch')
    expect(f.explanation).toMatch(/^The log names a Region mismatch/)
    expect(f.explanation).toContain('only accepts a token issued in its own Region')
  })

  it('login Region and registry Region differ in the commands (own case)', () => {
    const { f } = analysedOne(
      '+ aws ecr get-login-password --region us-east-1\n+ docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com\nLogin Succeeded\n+ docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1\ndenied: Your authorization token has expired. Reauthenticate and try again.'
    )
    expect(f.traps).toContain('ecr-login-region-mismatch')
    expect(f.explanation).toMatch(
      /^The job logged in to Region us-east-1 but the registry is in eu-west-1/
    )
  })

  it('not when both Regions agree (aws/aws-cli#2351)', () => {
    const { f } = analysedOne(CLI_2351)
    expect(f.kind).toBe('credentials')
    expect(f.traps).not.toContain('ecr-login-region-mismatch')
  })
})

describe('registry-login-tool: the image tool takes its own login (heldout13 review h13-003)', () => {
  it.each([
    // heldout13 h13-003, GoogleContainerTools/kaniko#2882: the executor's command, then its check.
    ['h13-003 (kaniko#2882)', corpusText('heldout13.jsonl', 'h13-003')],
    // GoogleContainerTools/kaniko#2088 (vitarkah), the error as printed (the URL's line break kept).
    [
      'kaniko#2088',
      'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "111111111.dk\nr.ecr.us-east-2.amazonaws.com/cs/aaa-svc:master": POST https://1111111111.dkr.ecr.us-east-2.amazonaws.com/v2/cs/aaa-svc/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized'
    ]
  ])('kaniko: its config.json and the ecr-login helper, not docker login (%s)', (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('registry-login-tool')
    expect(f.inferred?.signals?.['registry-login-tool']?.value).toBe('kaniko')
    expect(f.explanation).toMatch(/^kaniko never runs `docker login`/)
    expect(f.explanation).toMatch(/\/kaniko\/\.docker\/config\.json/)
    expect(notes).not.toMatch(/right before the pull or push/)
  })

  it('own variant: buildah pushing to ECR without its own login', () => {
    const { f } = analysedOne(
      '$ buildah push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0\nError: pushing image "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0": POST https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized'
    )
    expect(f.explanation).toMatch(/buildah login/)
  })

  it.each([
    // Own: Docker itself pushing: docker login is the right advice.
    '$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0\nPOST https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized',
    // Own: the word kaniko in a project name, no executor or its check.
    '$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/kaniko-cache:1.0\nPOST https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/kaniko-cache/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized'
  ])('counter-case: %s', (text) => {
    for (const f of analysed(text).findings) expect(f.traps).not.toContain('registry-login-tool')
  })
})

describe('registry-login-tool: pulls the cluster makes itself (heldout13 second review h13-013, h13-031)', () => {
  // aws-samples/eks-workshop#451: the kubelet's event on an EKS node, as printed (masks kept).
  const EKS_451 =
    'Warning  Failed     12m (x4 over 13m)     kubelet, ip-10-82-9-65.ap-XXXXX.compute.internal  Failed to pull image "XXXXXXXX.dkr.ecr.ap-XXXXXX.amazonaws.com/isam:9.0.7.0": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com/v2/ndi-spcp-isam/manifests/9.0.7.0: no basic auth credentials'

  it.each([
    ['h13-031 (helm/chart-testing-action#55)', corpusText('heldout13.jsonl', 'h13-031')],
    ['aws-samples/eks-workshop#451', EKS_451]
  ])(
    'the kubelet pulls: node role or an image pull secret, not docker login (%s)',
    (_source, text) => {
      const { f } = analysedOne(text)
      expect(f.inferred?.signals?.['registry-login-tool']?.value).toBe('kubelet')
      expect(f.traps).toContain('registry-login-tool')
      expect(f.explanation).toMatch(/^The cluster's kubelet pulls this image, not the CI job/)
      expect(f.explanation).toMatch(/imagePullSecrets|image pull secret/)
    }
  )

  it("h13-013 (tektoncd/pipeline#2707): Tekton's controller and the TaskRun's service account", () => {
    const { f } = analysedOne(corpusText('heldout13.jsonl', 'h13-013'))
    expect(f.inferred?.signals?.['registry-login-tool']?.value).toBe('tekton')
    expect(f.explanation).toMatch(/^Tekton's controller reads the step image's manifest itself/)
    expect(f.explanation).toMatch(/`command:`/)
  })

  it('kaniko run as a Tekton step keeps the kaniko advice (h13-012, jenkins-x/terraform-aws-eks-jx#33)', () => {
    const { f } = analysedOne(corpusText('heldout13.jsonl', 'h13-012'))
    expect(f.inferred?.signals?.['registry-login-tool']?.value).toBe('kaniko')
  })

  it.each([
    // Own: a docker pull on the runner, where docker login is the right advice.
    '$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0\nError response from daemon: Get https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/1.0: no basic auth credentials',
    // Own: the word kubelet elsewhere in the log, no pull event of its own.
    'kubelet version v1.29 on the node\n$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0\nno basic auth credentials'
  ])('counter-case: %s', (text) => {
    for (const f of analysed(text).findings) {
      expect(f.inferred?.signals?.['registry-login-tool']?.value).not.toBe('kubelet')
      expect(f.inferred?.signals?.['registry-login-tool']?.value).not.toBe('tekton')
    }
  })
})
