// Which registry a refused Docker login belongs to, when the lines around say so (heldout7 review
// h7-170, h7-126): ECR Public takes no login for public pulls and signs in through us-east-1 only;
// an AWS-owned registry (Deep Learning Containers...) needs a login to ITS account, which
// amazon-ecr-login does not make unless its `registries:` input names it.
import { isEcrPublicRefusal } from '../../model/ecrPublicRefusals.js'
import type { Trap, TrapInput } from '../Trap.js'
import { awsRegistryOf } from '../../model/awsRegistries.js'

const isLogin = ({ d }: TrapInput): boolean =>
  d.kind === 'credentials' &&
  (d.detail.cause === 'registry-login' || d.detail.cause === 'public-registry-login')

/** ECR Public's bare 403 or JSON refusal (src/parse/grammars/imagePulls.ts): a stale token, no policy. */
const publicForbidden = ({ d }: TrapInput): boolean => isEcrPublicRefusal(d.grammar)

export const ecrPublicStaleLogin: Trap = {
  id: 'ecr-public-stale-login',
  lead: true,
  noPolicyWhen: publicForbidden,
  applies: (input) =>
    publicForbidden(input) ||
    (isLogin(input) &&
      input.d.detail.cause === 'registry-login' &&
      input.inferred?.signals?.['public-registry'] !== undefined),
  advice: ({ d }) =>
    d.detail.registryOperation === 'push'
      ? // A push needs ECR Public's own token (cdklabs/cdk-ecr-deployment#216, heldout62 h62-037).
        "The refused request pushes to ECR Public (`public.ecr.aws`), which takes only its own login token, issued in us-east-1 (`aws ecr-public get-login-password --region us-east-1`); the private registry's `aws ecr get-login-password` token, or a login to another registry, is not accepted there. " +
        "Log in the client that pushes with it (`--password-stdin public.ecr.aws`, or the tool's own credentials for that registry), in the same process as the push. " +
        'Getting the token needs `ecr-public:GetAuthorizationToken` and `sts:GetServiceBearerToken` (Resource "*"), and the push `ecr-public:BatchCheckLayerAvailability`, `ecr-public:InitiateLayerUpload`, `ecr-public:UploadLayerPart`, `ecr-public:CompleteLayerUpload` and `ecr-public:PutImage` on `arn:aws:ecr-public::ACCOUNT:repository/NAME`.'
      : "The log names ECR Public (`public.ecr.aws`): its public images pull without any login, and a refusal there comes from a stale ECR Public login the client still sends (Docker's, or Helm's own registry login). " +
        'Run `docker logout public.ecr.aws` (for Helm, `helm registry logout public.ecr.aws`) and pull again, or log in afresh with `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws` (ECR Public signs in through us-east-1 only; the private-registry `aws ecr get-login-password` token is not accepted there). ' +
        'Pushing to ECR Public needs `ecr-public:GetAuthorizationToken` and `sts:GetServiceBearerToken`, plus the `ecr-public:` push actions on the repository.'
}

export const awsOwnedRegistryLogin: Trap = {
  id: 'aws-owned-registry-login',
  lead: true,
  applies: (input) => {
    const account = input.inferred?.signals?.['aws-registry']?.value
    return isLogin(input) && account !== undefined && awsRegistryOf(account) !== undefined
  },
  advice: ({ inferred }) => {
    const account = inferred!.signals!['aws-registry']!.value
    const registry = awsRegistryOf(account)!
    return (
      `The image is in registry ${account}, owned by AWS (${registry.name}), not in the job's own account: a login to the job's registry does not cover it. ` +
      `With aws-actions/amazon-ecr-login, add \`registries: ${account}\` (comma-separated beside your own account ID if you pull from both); or log in to that registry directly: \`aws ecr get-login-password --region REGION | docker login --username AWS --password-stdin ${account}.dkr.ecr.REGION.amazonaws.com\`, with REGION the one in the image's host. ` +
      `The caller needs \`ecr:GetAuthorizationToken\` (Resource "*"); AWS's registry policy already allows the pulls. Source of the registry: ${registry.source}`
    )
  }
}
