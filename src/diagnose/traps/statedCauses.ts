// Causes the words around a refusal state (src/infer/statedCause.ts): each opens the explanation,
// because it is what an expert checks first.
import { accountOfArn } from '../Principal.js'
import type { Trap, TrapInput } from '../Trap.js'

const stated = ({ inferred }: TrapInput, kind: string): boolean =>
  inferred?.statedCause?.value === kind

const said = ({ inferred }: TrapInput): string => inferred?.statedCause?.from ?? 'the log'

export const permissionsBoundaryStated: Trap = {
  id: 'permissions-boundary-stated',
  lead: true,
  applies: (input) => stated(input, 'permissions-boundary'),
  advice: (input) =>
    `The log says a permissions boundary blocks these calls (${said(input)}): a call is allowed only where the identity policy and the boundary both allow it, so the Allow goes into the boundary policy as well as the identity policy. \`aws iam get-role --role-name NAME --query Role.PermissionsBoundary\` (or \`get-user\`) names the boundary; if a platform team owns it, ask them to add the action.`
}

export const hardCodedAccount: Trap = {
  id: 'hard-coded-account',
  lead: true,
  applies: (input) =>
    stated(input, 'hard-coded-account') && accountOfArn(input.d.resource) !== null,
  advice: (input) =>
    `The log says the account in the target is hard-coded (${said(input)}): the request went to account ${accountOfArn(input.d.resource)!}'s resource, most likely not the account the job's credentials belong to. Fix the account in the URI or ARN (derive it from \`aws sts get-caller-identity --query Account --output text\`, or use the \`registry\` output of aws-actions/amazon-ecr-login) rather than granting anything: an Allow on the caller's side alone never opens another account's resource.`
}

export const cloud9ManagedCredentials: Trap = {
  id: 'cloud9-managed-credentials',
  lead: true,
  applies: (input) => stated(input, 'cloud9-managed-credentials'),
  advice: (input) =>
    `The log points at Cloud9's AWS managed temporary credentials (${said(input)}). Cloud9 renews them every few minutes and they refuse some calls whatever the user's policies allow (most IAM calls, and STS role assumption among them), so long or IAM-touching deployments (CDK, Copilot, Terraform) fail with an invalid token or a refusal. Turn them off (Cloud9 Preferences, AWS Settings, AWS managed temporary credentials) and give the environment an instance role or credentials of its own; no policy change fixes this.`
}
