import { bootstrapRoleOf } from '../../model/cdkBootstrapRoles.js'
import { accountOfArn } from '../Principal.js'
import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

// A deploy from one account (a pipeline, a CI role) refused on the bootstrap roles of another:
// the target account's bootstrap must trust the deploying account. `cdk bootstrap --trust` on
// the target writes that trust into every bootstrap role; hand-editing the roles is undone by
// the next bootstrap, and a grant on the caller's side alone cannot make another account trust it.
function target(input: TrapInput): string {
  return `${input.d.resource ?? ''} ${input.d.detail.role ?? ''} ${input.inferred?.cdkTargetRole?.value ?? ''}`
}

/** Accounts differ, or the words say so; a same-account refusal is the caller's own policy. */
function otherAccount(input: TrapInput): boolean {
  // CDK says "target account" only when the credentials are for another one.
  if (input.crossAccount === true || input.inferred?.cdkTargetRole) return true
  const caller = accountOfArn(input.d.principal)
  const role = /arn:aws[\w-]*:iam::(\d{12}):role\//.exec(target(input))?.[1] ?? null
  if (caller && role) return caller !== role
  return input.inferred?.statedCause?.value === 'cross-account'
}

/**
 * CDK's own "Could not assume role in target account" names a bootstrap role even when the log
 * does not print it (CDK Pipelines' self-mutation, h13-049): the default qualifier's, any job.
 */
const CDK_TARGET_WORDS = { qualifier: 'hnb659fds', job: '*' }

function roleOf(input: TrapInput): { qualifier: string; job: string } | null {
  return (
    bootstrapRoleOf(target(input)) ??
    // "could not be used to assume '<role>'" names its role: only the target-account words fall back.
    (input.d.grammar === 'cdk-could-not-assume' && !input.d.detail.role ? CDK_TARGET_WORDS : null)
  )
}

/**
 * The trust is there for sts:AssumeRole and the refused action is sts:TagSession (heldout15
 * review, h15-008; aws/aws-cdk#31557): the caller's session passes session tags to the bootstrap
 * role, and the bootstrap template gave trusted accounts sts:AssumeRole alone until
 * aws/aws-cdk-cli#762 (August 2025). Re-bootstrapping with `--trust` from an older CLI writes the
 * same trust again.
 */
function tagSessionAdvice(input: TrapInput, role: { qualifier: string; job: string }): string {
  const caller = accountOfArn(input.d.principal) ?? 'PIPELINE_ACCOUNT'
  const name =
    role.job === '*' ? `cdk-${role.qualifier}-*` : `cdk-${role.qualifier}-${role.job}-role`
  return (
    `The refused action is \`sts:TagSession\`, not \`sts:AssumeRole\`: the caller's session passes session tags to the bootstrap role \`${name}\` of the target account (tags set for the assume, or transitive tags its own session carries on, as a pod's or a federated session can), and the role's trust must allow tagging as well as assuming. ` +
    'Bootstrap templates before aws/aws-cdk-cli#762 (August 2025) trust `--trust` and `--trust-for-lookup` accounts for `sts:AssumeRole` only, so re-running `cdk bootstrap` with an older CLI writes the same trust again. ' +
    `Upgrade the CDK CLI, then re-bootstrap the target with its own credentials (\`cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust ${caller}\`, with the same \`--cloudformation-execution-policies\`${role.qualifier !== 'hnb659fds' ? ` and \`--qualifier ${role.qualifier}\`` : ''}); or deploy a customised bootstrap template (\`cdk bootstrap --show-template\`) whose roles' trust adds \`sts:TagSession\` for the trusted accounts, or stop passing the tags. Do not edit the bootstrap roles by hand (the next bootstrap undoes it). ` +
    `The caller's own policy must allow \`sts:TagSession\` as well as \`sts:AssumeRole\` on \`arn:aws:iam::TARGET_ACCOUNT:role/cdk-${role.qualifier}-*\` if it is restricted.`
  )
}

export const cdkBootstrapTrust: Trap = {
  id: 'cdk-bootstrap-trust',
  lead: true,
  applies: (input) =>
    input.d.kind === 'denial' &&
    input.d.deny !== 'explicit' &&
    (actionIs(input.d, 'sts:AssumeRole', 'sts:TagSession') ||
      input.d.grammar === 'cdk-could-not-assume') &&
    roleOf(input) !== null &&
    otherAccount(input),
  advice: (input) => {
    const role = roleOf(input)!
    if (actionIs(input.d, 'sts:TagSession')) return tagSessionAdvice(input, role)
    // Unnamed: the message is CDK's, and its role is one of the bootstrap roles of TARGET_ACCOUNT.
    const named =
      role.job === '*'
        ? 'CDK could not assume a bootstrap role (`cdk-hnb659fds-deploy-role-TARGET_ACCOUNT-REGION`, or its file-publishing, image-publishing or lookup role) of the target account with the credentials it has, which are for another account (a CDK Pipelines pipeline account, its self-mutation or deploy step). '
        : `The deploy is refused on the CDK bootstrap role \`cdk-${role.qualifier}-${role.job}-role\` of another account. `
    const caller = accountOfArn(input.d.principal) ?? 'PIPELINE_ACCOUNT'
    if (role.job === 'lookup') return named + lookupAdvice(role.qualifier, caller)
    return (
      named +
      "First fix: bootstrap the target account to trust the deploying one, run with the target account's credentials: " +
      `\`cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust ${caller} --cloudformation-execution-policies arn:aws:iam::aws:policy/POLICY_NAME\`` +
      (role.qualifier !== 'hnb659fds' ? ` --qualifier ${role.qualifier}` : '') +
      ' (name the least policy your stacks need; `--trust-for-lookup` for lookups only). ' +
      "Do not edit the bootstrap roles' trust policies by hand (the next bootstrap undoes it), and iam:PassRole on the deploy role is not the fix. " +
      `The caller's own policy must still allow \`sts:AssumeRole\` on \`arn:aws:iam::TARGET_ACCOUNT:role/cdk-${role.qualifier}-*\` if it is restricted.`
    )
  }
}

/**
 * The lookup role serves only synth's context lookups (heldout128 review h128-040: a CDK
 * Pipelines self-mutation step refused it): trusting the pipeline for lookups alone is enough,
 * and committed context values need no lookup at all, which CDK recommends for pipelines.
 */
function lookupAdvice(qualifier: string, caller: string): string {
  return (
    "It serves synth's context lookups (`Vpc.fromLookup` and the other `fromLookup` calls). " +
    `First fix: run \`cdk synth\` once where the target account's lookups succeed and commit the \`cdk.context.json\` it writes: synth in the pipeline then makes no lookup, as CDK recommends for pipelines. ` +
    `If the pipeline must look up itself, bootstrap the target account to trust it for lookups only, with the target account's credentials: \`cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust-for-lookup ${caller}\`` +
    (qualifier !== 'hnb659fds' ? ` --qualifier ${qualifier}` : '') +
    '. ' +
    "Do not edit the lookup role's trust policy by hand (the next bootstrap undoes it). " +
    `The caller's own policy must still allow \`sts:AssumeRole\` on \`arn:aws:iam::TARGET_ACCOUNT:role/cdk-${qualifier}-lookup-role-*\` if it is restricted.`
  )
}
