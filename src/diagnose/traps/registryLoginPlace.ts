// Where an ECR login went wrong, when the lines around say (heldout6 review: h6-085, h6-166): a
// login to another Region's registry, or a CI runner pulling the job's image before any script
// runs, where "log in before pulling" cannot help.
import type { Trap, TrapInput } from '../Trap.js'

const signal = ({ inferred }: TrapInput, key: 'ecr-login-region' | 'runner-image-pull') =>
  inferred?.signals?.[key]

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
