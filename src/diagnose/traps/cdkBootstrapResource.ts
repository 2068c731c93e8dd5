import type { BootstrapResourceId } from '../../model/cdkBootstrapResources.js'
import { bootstrapResourceOf } from '../../model/cdkBootstrapResources.js'
import type { Trap, TrapInput } from '../Trap.js'

// CDK refused on, or not finding, a resource its bootstrap made: the bootstrap is what to check
// first, not a grant (heldout10 h10-104, h10-106). The staging bucket is written as the
// file-publishing role, which the deploying principal assumes (the bootstrap's trust) and whose
// access to the bucket and its KMS key the bootstrap template grants; a missing version parameter
// means no bootstrap in that account and Region at all. One piece of advice per resource.
const arnOf = ({ inferred }: TrapInput): string => inferred?.cdkBootstrapResource?.value ?? ''

/** `aws://ACCOUNT/REGION` from the ARN, placeholders kept. */
function environment(arn: string): string {
  const ssm = /^arn:aws[\w-]*:ssm:([^:]*):([^:]*):/.exec(arn)
  const s3 = /:::cdk-[a-z0-9]+-assets-(\d{12})-([a-z0-9-]+)$/.exec(arn)
  const [account, region] = ssm ? [ssm[2], ssm[1]] : s3 ? [s3[1], s3[2]] : []
  return `aws://${account || 'ACCOUNT'}/${region || 'REGION'}`
    .replace('<ACCOUNT_ID>', 'ACCOUNT')
    .replace('<REGION>', 'REGION')
}

const ADVICE: Record<BootstrapResourceId, (arn: string) => string> = {
  'version-parameter': (arn) => {
    const q = /parameter\/cdk-bootstrap\/([^/]+)\/version/.exec(arn)![1]!
    return (
      `CDK did not find its bootstrap version parameter \`/cdk-bootstrap/${q}/version\` (\`${arn}\`): the environment is not bootstrapped, so its deploy role does not exist either, which is why it could not be assumed. ` +
      "No permission is missing and no statement helps: check that the credentials' account and Region are the stack's (`aws sts get-caller-identity`, the `env` of the stack), then bootstrap it: " +
      `\`cdk bootstrap ${environment(arn)}\`${q !== 'hnb659fds' ? ` --qualifier ${q}` : ''}. ` +
      'Were AWS refusing the read instead, the log would print its "not authorized to perform: ssm:GetParameter" sentence.'
    )
  },
  'staging-bucket': (arn) =>
    `This is S3 refusing CDK's file-asset publishing to the bootstrap staging bucket \`${arn}\` (\`Forbidden: null\` is its bodiless 403 to a HEAD). ` +
    'CDK does it as the file-publishing role `cdk-QUALIFIER-file-publishing-role-ACCOUNT-REGION`, which the deploying principal assumes through the trust the bootstrap template wrote; the bootstrap also made the bucket policy and its KMS key. ' +
    `Check the bootstrap before any grant: re-run \`cdk bootstrap ${environment(arn)}\` (with \`--trust DEPLOYING_ACCOUNT\` when deploying from another account; a bucket or key changed by hand is set back), and allow the deploying principal \`sts:AssumeRole\` on the bootstrap roles if its policy is restricted. ` +
    "A CDK v1 app on the legacy bootstrap (`cdktoolkit-stagingbucket-…`) writes with the caller's own credentials: there the caller needs the bucket's objects, on that bucket's ARN, never `*`. " +
    'Who was refused on which call is in CloudTrail only if a trail logs S3 data events for the bucket.'
}

export const cdkBootstrapResource: Trap = {
  id: 'cdk-bootstrap-resource',
  lead: true,
  applies: (input) =>
    input.d.kind === 'denial' &&
    input.d.deny !== 'explicit' &&
    bootstrapResourceOf(arnOf(input)) !== null,
  // Its advice names the service and what to check: the "log does not name the service" sentence
  // for a bare refusal would contradict it (and a missing parameter was refused by no policy).
  noPolicyWhen: ({ d }) => d.action === null && d.service === null,
  advice: (input) => ADVICE[bootstrapResourceOf(arnOf(input))!](arnOf(input))
}
