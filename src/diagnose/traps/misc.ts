// Smaller traps: each a rule with its own advice.
import { bootstrapRoleOf, QUALIFIER } from '../../model/cdkBootstrapRoles.js'
import { passesCustomRole } from './cdkDeployRolePassRole.js'
import { passesExecRoleItself } from './cdkExecRolePassed.js'
import type { Trap, TrapInput } from '../Trap.js'
import type { Denial } from '../../model/Denial.js'
import { actionIs } from '../Trap.js'
import { accountOfArn } from '../Principal.js'
import { AWS_OWNED_ACCOUNTS } from '../../model/publishedAccounts.js'
import { layerArnOf } from '../../model/lambdaLayers.js'
import { UNRESOLVED } from './unresolvedTemplateVariable.js'
import { CREATES_IDENTITY } from '../../model/delegationBoundary.js'
import { permissionSetAllowsAll } from '../../model/identityCenter.js'
import { parseArn } from '../../model/Arn.js'
import { sameAccount } from '../../model/accountFields.js'

/**
 * EC2's own code for the same refusal, the call it needed unprinted (grammar WD852); the Ruby SDK's
 * class name drops its dot.
 */
const SLR_NOT_PERMITTED = /^AuthFailure\.?ServiceLinkedRoleCreationNotPermitted$/

export const serviceLinkedRole: Trap = {
  id: 'service-linked-role',
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    (actionIs(d, 'iam:CreateServiceLinkedRole') || SLR_NOT_PERMITTED.test(d.code ?? '')),
  advice: ({ d }) => {
    // The role's service when the message names it (`… for EC2 Spot Instances`).
    const service = d.detail.serviceLinkedRole ?? '<service>.amazonaws.com'
    const named = d.detail.serviceLinkedRole ? ` (\`iam:AWSServiceName\` = \`${service}\`)` : ''
    return (
      'The first use of some services creates a service-linked role. Allow ' +
      `\`iam:CreateServiceLinkedRole\` on \`arn:aws:iam::*:role/aws-service-role/${service}/*\` ` +
      `with an \`iam:AWSServiceName\` condition${named}, or have an administrator create the role once.`
    )
  }
}

// Only where the fix is on the caller's side: an SCP, resource or session denial is not fixed in
// the permission set.
const CALLER_LAYERS = new Set([null, 'identity', 'permissions-boundary'])

export const ssoPermissionSet: Trap = {
  id: 'sso-permission-set',
  applies: ({ d, principal }) =>
    Boolean(principal?.permissionSet) && d.kind !== 'credentials' && CALLER_LAYERS.has(d.layer),
  advice: ({ d, principal }) =>
    permissionSetAllowsAll(principal?.permissionSet)
      ? `The caller is an IAM Identity Center session of the permission set \`${principal!.permissionSet!}\`, which allows every action (the AdministratorAccess policy): its own side already allows \`${d.action ?? 'the call'}\`, and changing the permission set changes nothing. ` +
        (actionIs(d, 'sts:AssumeRole', 'sts:TagSession')
          ? "What refused is the target: the role's trust policy does not trust this session's role, or the role does not exist in that account, or a Deny (an SCP, a permissions boundary) applies."
          : 'What refused is elsewhere: a Deny (an SCP, a permissions boundary, a session policy), the resource policy of another account, or other credentials than this session.')
      : `The caller is an IAM Identity Center session (permission set \`${principal?.permissionSet}\`). ` +
        'Its role is managed by Identity Center and cannot be edited directly: change the permission set.'
}

// A bootstrap role (`cdk-<qualifier>-deploy-role-<account>-<region>` and its siblings) as caller
// or target, its qualifier printed or masked. The bootstrap's other artefacts (the
// `/cdk-bootstrap/<qualifier>/version` parameter, the CDKToolkit stack) are read or written by
// whoever runs CDK: re-bootstrapping does not change that caller's permissions, so they get no
// bootstrap advice.
const BOOTSTRAP_ROLE = new RegExp(
  String.raw`:(?:assumed-)?role\/(?:[^/\s]*\/)*cdk-${QUALIFIER}-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role\b`,
  'i'
)

// A bootstrap role as the caller: its permissions are the bootstrap template's, so the template
// (upgraded or bootstrapped with other options) is the fix before any hand edit, which the next
// `cdk bootstrap` overwrites. One sentence per role, by its job.
const BOOTSTRAP_CALLER: Record<string, string> = {
  deploy:
    "The caller is CDK's deploy role: its permissions come from the bootstrap template (the CDKToolkit stack), not from a policy of yours. A CLI newer than the bootstrap asks it for calls an old bootstrap version does not grant: re-run `cdk bootstrap aws://ACCOUNT/REGION` with the current CLI (the same `--qualifier`, `--trust` and `--cloudformation-execution-policies` as before) before adding anything to the role; the next bootstrap overwrites hand edits.",
  'cfn-exec':
    "The caller is CDK's CloudFormation execution role: its permissions are the policies named at bootstrap (`--cloudformation-execution-policies`, AdministratorAccess when none was named). Re-run `cdk bootstrap` with a policy that allows the call rather than editing the role; the next bootstrap overwrites hand edits.",
  'file-publishing':
    "The caller is CDK's file-publishing role: the bootstrap template grants it the staging bucket and its KMS key. Re-run `cdk bootstrap aws://ACCOUNT/REGION` to restore them (a bucket or key replaced by hand is not the template's), rather than editing the role.",
  'image-publishing':
    "The caller is CDK's image-publishing role: the bootstrap template grants it the container-assets ECR repository. Re-run `cdk bootstrap aws://ACCOUNT/REGION` to restore it, rather than editing the role.",
  lookup:
    "The caller is CDK's lookup role: the bootstrap template gives it ReadOnlyAccess (with KMS decryption denied). Re-run `cdk bootstrap` with `--trust-for-lookup` for the account that looks up, rather than editing the role."
}

/** The job of the bootstrap role refused as the caller by its own policy (not a boundary, an SCP). */
const callerJob = ({ d }: TrapInput): string | undefined => {
  if (d.deny === 'explicit' || (d.layer !== null && d.layer !== 'identity')) return undefined
  // Assuming another role (a bootstrap role of another account) is a trust question first.
  if (actionIs(d, 'sts:AssumeRole', 'sts:TagSession') || bootstrapRoleOf(d.resource) !== null)
    return undefined
  const role = BOOTSTRAP_ROLE.test(d.principal ?? '') ? bootstrapRoleOf(d.principal) : null
  return role && Object.hasOwn(BOOTSTRAP_CALLER, role.job) ? role.job : undefined
}

/**
 * A bootstrap role assumed from its own account, or one the log does not show is another
 * (u25-002): its trust admits the caller's account, so the caller's own Allow is the fix.
 */
export function bootstrapAssumedFromOwnAccount(
  d: Denial,
  callerAccount: string | null | undefined
): boolean {
  const account = parseArn(d.resource ?? '')?.account
  return (
    actionIs(d, 'sts:AssumeRole') &&
    bootstrapRoleOf(d.resource) !== null &&
    !!account &&
    sameAccount(callerAccount, account) !== false
  )
}

export const cdkBootstrapRole: Trap = {
  id: 'cdk-bootstrap-role',
  // `detail.role`: the role CDK could not assume (its trust, or the caller's sts:AssumeRole).
  // An unsubstituted `${AWS::AccountId}` in the name is the template's fault, not the bootstrap's.
  applies: ({ d }) =>
    BOOTSTRAP_ROLE.test(`${d.principal ?? ''} ${d.resource ?? ''} ${d.detail.role ?? ''}`) &&
    !UNRESOLVED.test(d.resource ?? '') &&
    // The deploy role passing a custom role has its own, contradicting answer (h6-075); so has
    // a caller passing the execution role itself (h14-174).
    !passesCustomRole({ d }) &&
    !passesExecRoleItself({ d }) &&
    // The execution role creating a role its boundary admits only with the boundary (h17-005):
    // the app's roles need the boundary, the bootstrap is not in question.
    !(d.layer === 'permissions-boundary' && CREATES_IDENTITY.test(d.action ?? '')),
  // The bootstrap role refused as the caller: its template comes before any grant (h10-105).
  leadsWhen: (input) => callerJob(input) !== undefined,
  advice: (input) => {
    const job = callerJob(input)
    if (job) return BOOTSTRAP_CALLER[job]!
    // A refused sts:TagSession is the template's trust, which `--trust` alone does not change
    // (heldout15 review, h15-008): the other-account trap says what to run.
    return actionIs(input.d, 'sts:TagSession')
      ? 'This involves the CDK bootstrap roles: their trust comes from the bootstrap template, so change it by bootstrapping again (with a template that allows `sts:TagSession`), not by editing the roles.'
      : bootstrapAssumedFromOwnAccount(input.d, input.principal?.accountAsPrinted)
        ? "This involves the CDK bootstrap roles, which trust their own account by default: a caller of that account needs only its own identity policy to allow `sts:AssumeRole` on them (`arn:aws:iam::ACCOUNT:role/cdk-QUALIFIER-*-ACCOUNT-REGION`: the deploy, file-publishing, image-publishing and lookup roles a deploy assumes in turn). A caller of another account also needs the role's account bootstrapped with `cdk bootstrap --trust CALLER_ACCOUNT`. Leave their trust to the bootstrap: a hand edit is undone by the next `cdk bootstrap`."
        : 'This involves the CDK bootstrap roles. CDK deploys by assuming `cdk-*-deploy-role` and ' +
          '`cdk-*-lookup-role` in the target account; if the bootstrap stack is old or was bootstrapped ' +
          'without `--trust` for this account, re-run `cdk bootstrap` rather than editing the roles by hand.'
  }
}

export const s3BlockPublicAccess: Trap = {
  id: 's3-block-public-access',
  applies: ({ d }) => Boolean(d.detail.s3BlockPublicAccess),
  advice: () =>
    'The refusal comes from S3 settings (Block Public Access or the encryption types the bucket ' +
    'accepts), not from a policy statement: change the request or the bucket setting.'
}

export const cfnTagging: Trap = {
  id: 'cfn-tagging',
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    (d.detail.tagging === 'true' ||
      d.code === 'UnauthorizedTaggingOperation' ||
      /:TagResource$/i.test(d.action ?? '')),
  advice: () =>
    'Tagging needs its own permission (`<service>:TagResource`, and for some services the tag ' +
    'actions of the create call). CloudFormation and CDK tag every resource they create.'
}

export const awsOwnedResource: Trap = {
  id: 'aws-owned-resource',
  applies: ({ d }) => {
    const account = accountOfArn(d.resource)
    // A layer in a message that names no side: the layer's trap says the caller's gap comes first.
    return (
      account !== null &&
      account in AWS_OWNED_ACCOUNTS &&
      (layerArnOf(d.resource) === null || d.layer === 'resource')
    )
  },
  advice: ({ d }) =>
    `The resource belongs to an AWS-owned account (${AWS_OWNED_ACCOUNTS[accountOfArn(d.resource)!]}): ` +
    'its policy is not yours to change. Check the ARN (Region, version) and your own side.'
}

export const oidcIdTokenPermission: Trap = {
  id: 'oidc-id-token-permission',
  // configure-aws-credentials's own hint, or the log's words naming the missing permission.
  lead: true,
  applies: ({ d, inferred }) =>
    d.detail.cause === 'oidc-id-token-permission' ||
    (d.kind === 'credentials' && inferred?.statedCause?.value === 'id-token-permission'),
  advice: () =>
    'The job asked for AWS credentials through OIDC but has no GitHub token to present: add ' +
    '`permissions: id-token: write` to the job (pull requests from forks never get one).'
}
