// ECR Public's own calls (heldout7 review h7-170, its push half): the registry signs in through
// us-east-1 only, and its token is a service bearer token, so `ecr-public:GetAuthorizationToken`
// and `sts:GetServiceBearerToken` are both checked (fluxcd/pkg#938). A push then needs the
// ecr-public upload actions on the public repository.
import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

/** A refusal of ECR Public's, or of its bearer token where the log names ECR Public. */
export function isEcrPublicAuth({ d, inferred }: TrapInput): boolean {
  if (d.kind !== 'denial' || d.deny === 'explicit') return false
  if (/^ecr-public:/i.test(d.action ?? '')) return true
  return (
    actionIs(d, 'sts:GetServiceBearerToken') && inferred?.signals?.['public-registry'] !== undefined
  )
}

export const ecrPublicAuth: Trap = {
  id: 'ecr-public-auth',
  applies: isEcrPublicAuth,
  advice: () =>
    'ECR Public (`public.ecr.aws`) is served from us-east-1 only: log in with `aws ecr-public get-login-password --region us-east-1`, whatever Region the job works in. ' +
    'Its token needs two permissions at once, on Resource "*": `ecr-public:GetAuthorizationToken` and `sts:GetServiceBearerToken` (the AWS managed policy AmazonElasticContainerRegistryPublicPowerUser has both). ' +
    'A push also needs `ecr-public:BatchCheckLayerAvailability`, `ecr-public:InitiateLayerUpload`, `ecr-public:UploadLayerPart`, `ecr-public:CompleteLayerUpload` and `ecr-public:PutImage` on `arn:aws:ecr-public::ACCOUNT:repository/NAME`; pulling public images needs no permission at all.'
}
