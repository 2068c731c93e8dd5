import type { BootstrapCaseId } from '../../model/cdkBootstrapResources.js'
import {
  ORGANIZATION_LAYERS,
  bootstrapCaseOf,
  qualifierOfResource
} from '../../model/cdkBootstrapResources.js'
import type { Trap, TrapInput } from '../Trap.js'

// CDK refused on, or not finding, a resource its bootstrap made (heldout10 h10-104, h10-106).
// The staging bucket is written as the file-publishing role and the container-assets repository
// pushed to as the image-publishing role, which the deploying principal assumes (the bootstrap's
// trust) and whose access the bootstrap template grants: the bootstrap and the assume come before
// any grant. A missing version parameter means no bootstrap in that account and Region at all; a
// refused one is a read the caller makes only when it is not deploying through the bootstrap roles.
// One piece of advice per case (src/model/cdkBootstrapResources.ts says which case holds).
interface CaseAdvice {
  /** Its advice opens the explanation. */
  lead: boolean
  advice(arn: string, input: TrapInput): string
}

/** `aws://ACCOUNT/REGION` from the ARN, placeholders kept. */
function environment(arn: string): string {
  const ssm = /^arn:aws[\w-]*:ssm:([^:]*):([^:]*):/.exec(arn)
  const s3 = /:::cdk-[a-z0-9]+-assets-(\d{12})-([a-z0-9-]+)$/.exec(arn)
  const [account, region] = ssm ? [ssm[2], ssm[1]] : s3 ? [s3[1], s3[2]] : []
  return `aws://${account || 'ACCOUNT'}/${region || 'REGION'}`
    .replace('<ACCOUNT_ID>', 'ACCOUNT')
    .replace('<REGION>', 'REGION')
}

const CASES: Record<BootstrapCaseId, CaseAdvice> = {
  'version-missing': {
    lead: true,
    advice: (arn) => {
      const q = qualifierOfResource(arn)
      return (
        `CDK did not find its bootstrap version parameter \`/cdk-bootstrap/${q}/version\` (\`${arn}\`): the environment is not bootstrapped, so its deploy role does not exist either, which is why it could not be assumed. ` +
        "No permission is missing and no statement helps: check that the credentials' account and Region are the stack's (`aws sts get-caller-identity`, the `env` of the stack), then bootstrap it: " +
        `\`cdk bootstrap ${environment(arn)}\`${q !== 'hnb659fds' ? ` --qualifier ${q}` : ''}. ` +
        'Were AWS refusing the read instead, the log would print its "not authorized to perform: ssm:GetParameter" sentence.'
      )
    }
  },
  'staging-bucket': {
    lead: true,
    advice: (arn) =>
      `This is S3 refusing CDK's file-asset publishing to the bootstrap staging bucket \`${arn}\` (\`Forbidden: null\` is its bodiless 403 to a HEAD). ` +
      'CDK does it as the file-publishing role `cdk-QUALIFIER-file-publishing-role-ACCOUNT-REGION`, which the deploying principal assumes through the trust the bootstrap template wrote; the bootstrap also made the bucket policy and its KMS key. ' +
      `Check the bootstrap before any grant: re-run \`cdk bootstrap ${environment(arn)}\` (with \`--trust DEPLOYING_ACCOUNT\` when deploying from another account; a bucket or key changed by hand is set back), and allow the deploying principal \`sts:AssumeRole\` on the bootstrap roles if its policy is restricted. ` +
      "A CDK v1 app on the legacy bootstrap (`cdktoolkit-stagingbucket-…`) writes with the caller's own credentials: there the caller needs the bucket's objects, on that bucket's ARN, never `*`. " +
      'Who was refused on which call is in CloudTrail only if a trail logs S3 data events for the bucket.'
  },
  // `denied: User: …assumed-role/<sso>/<username> is not authorized to perform: ecr:InitiateLayerUpload
  // on resource: …:repository/cdk-hnb659fds-container-assets-…` (aws/aws-cdk#30400).
  'container-assets': {
    lead: true,
    advice: (arn, { crossAccount }) => {
      const q = qualifierOfResource(arn)
      return (
        `The image asset was pushed to CDK's container-assets repository \`${arn}\` with the caller's own credentials. CDK pushes image assets as the image-publishing role \`cdk-${q}-image-publishing-role-ACCOUNT-REGION\`, whose access to the repository the bootstrap template grants` +
        (crossAccount === true
          ? "; from another account, the repository's policy does not let the caller push, and no grant on the caller changes that. "
          : '. ') +
        `Let the caller assume the bootstrap roles (\`sts:AssumeRole\` on \`arn:aws:iam::ACCOUNT:role/cdk-${q}-*\`, and the target bootstrapped with \`--trust CALLER_ACCOUNT\`), and check why CDK did not: a \`current credentials could not be used to assume\` warning above, or an old CLI or Docker credential helper that logged in as the caller. ` +
        'A repository policy for the caller is not the fix: the bootstrap owns the repository.'
      )
    }
  },
  // `Call failed: getParameter({"Name":"/cdk-bootstrap/hnb659fds/version"}) => User: …user/
  // github-actions-cdk-deployment is not authorized to perform: ssm:GetParameter` (aws/aws-cdk#31845).
  'version-refused': {
    lead: false,
    advice: (arn, { d }) =>
      ORGANIZATION_LAYERS.has(d.layer ?? '')
        ? // heldout15 review h15-024: the SCP governs the bootstrap roles too. heldout18 review
          // h18-002: nor is "is it bootstrapped?" the first question; the organization answers first.
          `This caller may not read the bootstrap version parameter \`${arn}\`, and the message says ${d.layer === 'scp' ? 'a service control policy' : 'a resource control policy'} refuses \`ssm:GetParameter\`: it applies to every role of the account, the bootstrap roles included unless it names them in an exception, so neither assuming them nor an Allow in the account gets past it. ` +
          "The organization's administrators must allow `ssm:GetParameter` on this parameter in it; whether the environment is bootstrapped shows only after that."
        : `This caller may not read the bootstrap version parameter \`${arn}\`. The refusal does not say the parameter exists (SSM checks permission before existence), so first check that the environment is bootstrapped: \`aws cloudformation describe-stacks --stack-name CDKToolkit\` in that account and Region, with credentials that may read it. ` +
          "CDK reads it with the caller's own credentials only when it is not deploying through the bootstrap roles (it could not assume the deploy role, whose policy allows the read). " +
          `Let the caller assume them (\`sts:AssumeRole\` on \`arn:aws:iam::ACCOUNT:role/cdk-${qualifierOfResource(arn)}-*\`), or allow it \`ssm:GetParameter\` on this parameter's ARN alone.`
  }
}

const caseOf = (input: TrapInput) => bootstrapCaseOf({ ...input.d, inferred: input.inferred })

export const cdkBootstrapResource: Trap = {
  id: 'cdk-bootstrap-resource',
  applies: (input) => caseOf(input) !== null,
  leadsWhen: (input) => {
    const c = caseOf(input)
    return c !== null && CASES[c.id].lead
  },
  // Its advice names the service and what to check: the "log does not name the service" sentence
  // for a bare refusal would contradict it (and a missing parameter was refused by no policy).
  noPolicyWhen: ({ d }) => d.action === null && d.service === null,
  advice: (input) => {
    const c = caseOf(input)!
    return CASES[c.id].advice(c.arn, input)
  }
}
