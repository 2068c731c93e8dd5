// WD5016: CDK synth printed a refusal under a construct's path (`[Error at /Stack/Vpc] You are not
// authorized to perform this operation.`): a context lookup (`Vpc.fromLookup`, an AMI or security
// group lookup) made with the caller's own credentials, since CDK assumes the target account's
// lookup role only where it may (heldout128 review h128-046). Committed context values need no
// lookup at all, which CDK recommends for pipelines; a caller that may assume the lookup role
// reads with its ReadOnlyAccess.
import type { Trap } from '../Trap.js'

export const cdkContextLookup: Trap = {
  id: 'cdk-context-lookup',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    inferred?.signals?.['cdk-context-lookup'] !== undefined &&
    inferred.cdkRoleNotAssumed === undefined &&
    // CDK's own could-not-assume wording is about the bootstrap role itself (cdk-bootstrap-trust).
    d.grammar !== 'cdk-could-not-assume' &&
    !/^sts:(?:AssumeRole|TagSession)$/i.test(d.action ?? ''),
  advice: () =>
    "CDK's synth refused a context lookup of this construct (`Vpc.fromLookup` and the other `fromLookup` calls read EC2, SSM or Route 53 in the target account). " +
    'First fix: run `cdk synth` once where the lookup succeeds and commit the `cdk.context.json` it writes, so later synths (and pipelines) make no lookup. ' +
    "If the job must look up, let it assume the target account's lookup role `cdk-hnb659fds-lookup-role-ACCOUNT-REGION` (bootstrap version 8 or later; `cdk bootstrap --trust-for-lookup ACCOUNT` for a caller in another account, and `sts:AssumeRole` on that role in the caller's policy): CDK falls back to the caller's own credentials, refused here, only when it cannot."
}
