// Where an ECR login went wrong, when the lines around say (heldout6 review: h6-085, h6-166): a
// login to another Region's registry, or a CI runner pulling the job's image before any script
// runs, where "log in before pulling" cannot help.
import type { Trap, TrapInput } from '../Trap.js'

const signal = (
  { inferred }: TrapInput,
  key: 'ecr-login-region' | 'runner-image-pull' | 'registry-login-tool'
) => inferred?.signals?.[key]

const isLogin = ({ d }: TrapInput): boolean =>
  d.kind === 'credentials' && d.detail.cause === 'registry-login'

export const ecrLoginRegionMismatch: Trap = {
  id: 'ecr-login-region-mismatch',
  lead: true,
  applies: (input) => isLogin(input) && signal(input, 'ecr-login-region') !== undefined,
  advice: (input) => {
    const s = signal(input, 'ecr-login-region')!
    const [login, registry] = s.value.split(' ')
    const seen = registry
      ? `The job logged in to Region ${login} but the registry is in ${registry}`
      : `The log names a Region mismatch (${s.from.replace(/`/g, "'")})`
    return (
      `${seen}: an ECR registry (\`ACCOUNT.dkr.ecr.REGION.amazonaws.com\`) only accepts a token issued in its own Region, so a fresh login to another Region is refused as if it had expired. ` +
      "Log in with the registry's Region: `aws ecr get-login-password --region REGION | docker login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com`, with REGION the one in the registry host (or set `aws-region` of configure-aws-credentials to it before aws-actions/amazon-ecr-login). No policy change helps."
    )
  }
}

export const runnerImagePull: Trap = {
  id: 'ci-runner-image-pull',
  lead: true,
  applies: (input) => isLogin(input) && signal(input, 'runner-image-pull') !== undefined,
  advice: () =>
    "GitLab Runner pulls the job's image from ECR before any job script runs, so a login in the job's script (or aws-actions/amazon-ecr-login, a GitHub Action) cannot help: the runner needs the credentials. " +
    'Install amazon-ecr-credential-helper on the runner host and set `DOCKER_AUTH_CONFIG` to `{"credHelpers": {"ACCOUNT.dkr.ecr.REGION.amazonaws.com": "ecr-login"}}` (a CI/CD variable or the runner\'s environment), or `{"credsStore": "ecr-login"}`. ' +
    'The helper uses the runner\'s AWS credentials (its instance role or keys), which need `ecr:GetAuthorizationToken` (Resource "*") and `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository; the job\'s own policy is not involved.'
}

/**
 * Where each image tool takes its registry login from, when not from `docker login` (heldout13
 * review h13-003: kaniko was told to run docker login). One row per tool, keyed by the
 * `registry-login-tool` signal's value (src/infer/contextSignals.ts).
 */
const TOOL_LOGIN: Record<string, string> = {
  // kaniko's README, "Pushing to Amazon ECR"; kaniko#290 (DOCKER_CONFIG=/kaniko/.docker/).
  kaniko:
    'kaniko never runs `docker login`: it reads the registry login from `/kaniko/.docker/config.json` (its `DOCKER_CONFIG`), and for ECR from the bundled credential helper. ' +
    'Write `{"credHelpers": {"ACCOUNT.dkr.ecr.REGION.amazonaws.com": "ecr-login"}}` (or `{"credsStore": "ecr-login"}`) to that file before `/kaniko/executor` runs, and give the executor\'s container AWS credentials (environment keys, the pod\'s IRSA role or the node\'s instance role). ' +
    'A login that worked before a kaniko upgrade and fails after it points at the bundled helper: pin the last working executor version. ' +
    'The credentials need `ecr:GetAuthorizationToken` (Resource "*") and the push actions on the repository; no policy change helps while no login reaches the registry.',
  buildah:
    "buildah keeps its own login (`${XDG_RUNTIME_DIR}/containers/auth.json`, or `--authfile` / `REGISTRY_AUTH_FILE`), not Docker's: log in with `aws ecr get-login-password --region REGION | buildah login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com` in the same job and user before the push or pull. " +
    'The credentials behind that token need `ecr:GetAuthorizationToken` (Resource "*"); the token lasts 12 hours.',
  crane:
    'crane reads the Docker config of the user it runs as (`~/.docker/config.json`, or `DOCKER_CONFIG`), not a login made in another container or step: log in with `aws ecr get-login-password --region REGION | crane auth login ACCOUNT.dkr.ecr.REGION.amazonaws.com --username AWS --password-stdin`, or set `credHelpers` to `ecr-login` in that config with docker-credential-ecr-login installed. ' +
    'The credentials behind the token need `ecr:GetAuthorizationToken` (Resource "*"); the token lasts 12 hours.',
  // Tekton resolves a step image's entrypoint itself when the step sets no `command`, with the
  // TaskRun service account's pull secrets (tektoncd/pipeline#2707, heldout13 h13-013).
  tekton:
    "Tekton's controller reads the step image's manifest itself (to find its entrypoint when the step sets no `command`), with the image pull secrets of the TaskRun's service account: a `docker login` in a step or in CI never reaches it. " +
    'Add a pull secret for the ECR registry to that service account (`kubectl create secret docker-registry ecr --docker-server=ACCOUNT.dkr.ecr.REGION.amazonaws.com --docker-username=AWS --docker-password="$(aws ecr get-login-password --region REGION)"`, listed under its `imagePullSecrets` and renewed within the token\'s 12 hours), or set `command:` on the step so no look-up is needed; the pod then pulls with the node\'s credentials or the same secret.',
  // The kubelet pulls with the node's credentials or the pod's pull secrets (heldout13 h13-031,
  // aws-samples/eks-workshop#451).
  kubelet:
    "The cluster's kubelet pulls this image, not the CI job: a `docker login` or amazon-ecr-login in a step never reaches it. " +
    "On EKS the node's instance role pulls (AmazonEC2ContainerRegistryReadOnly, or `ecr:GetAuthorizationToken` with `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository) through the kubelet's ECR credential provider. " +
    'Elsewhere (kind, k3s, a cluster off AWS) give the pod an image pull secret for the registry (`kubectl create secret docker-registry ecr --docker-server=ACCOUNT.dkr.ecr.REGION.amazonaws.com --docker-username=AWS --docker-password="$(aws ecr get-login-password --region REGION)"`, referenced by the pod or its service account and renewed within the token\'s 12 hours), or load a locally built image into the cluster (`kind load docker-image`).'
}

export const registryLoginTool: Trap = {
  id: 'registry-login-tool',
  lead: true,
  applies: (input) => {
    const tool = signal(input, 'registry-login-tool')?.value
    return isLogin(input) && tool !== undefined && tool in TOOL_LOGIN
  },
  advice: (input) => TOOL_LOGIN[signal(input, 'registry-login-tool')!.value]!
}
