import { kubernetesIntegration } from '../../catalog/kubernetesIntegrations.js'
import type { KubernetesIntegration } from '../../catalog/kubernetesIntegrations.js'
import type { Trap, TrapInput } from '../Trap.js'
import { toolManagedRole } from '../../model/toolManagedRoles.js'
import { podOnNode } from './podOnNodeRole.js'

// A Kubernetes integration (the AWS cloud provider, the AWS Load Balancer Controller, ExternalDNS,
// ...) made the refused call with a role of its own (src/catalog/kubernetesIntegrations.ts): the
// fix is that role and the policy the project documents, not the job's or kubectl's permissions.

const WEB_IDENTITY = /^sts:AssumeRoleWithWebIdentity$/i

function integrationOf({ inferred }: TrapInput): KubernetesIntegration | undefined {
  const id = inferred?.kubernetesIntegration?.value
  return id ? kubernetesIntegration(id) : undefined
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const tick = (s: string): string => `\`${s.replace(/`/g, "'")}\``

/** The caller the message shows, and whether it is a node's instance-profile session (`…/i-0abc`). */
function shownCaller(input: TrapInput): string {
  const p = input.principal
  if (!p?.name) return ''
  const node = /^i-[0-9a-f]{6,17}$/.test(p.sessionName ?? '')
  return node
    ? ` Here it is ${tick(p.name)}, an EC2 instance's role (session ${tick(p.sessionName!)}).`
    : ` Here it is ${tick(p.name)}.`
}

function nodeRoleInstead(input: TrapInput, i: KubernetesIntegration): string {
  if (!i.serviceAccount || !podOnNode(input)) return ''
  return ` The pod called with the node's role, so its own role is not applied (no IRSA annotation or Pod Identity association on its service account, or the pod was not restarted after one was added): rather than widening the node role (every pod on the node would get the permissions), give the service account ${tick(i.serviceAccount.name)} an IRSA role (the \`eks.amazonaws.com/role-arn\` annotation) or an EKS Pod Identity association with the policy.`
}

/** The denied action when the log names one (the generic explanation says how to find it otherwise). */
function named(input: TrapInput, i?: KubernetesIntegration): string {
  const action = input.d.action ?? input.inferred?.action?.value
  if (action) return ` The refused action is ${tick(action)}.`
  // No action printed (the Cluster Autoscaler's "template node" refusal, h13-072): the documented
  // actions a policy taken from an older guide most often lacks.
  return i
    ? ` The log names no action; the documented policy includes ${i.keyActions.map(tick).join(', ')}.`
    : ''
}

/** The log's words that name the integration, as code. */
const seen = ({ inferred }: TrapInput): string =>
  `the log shows ${tick(inferred!.kubernetesIntegration!.from.replace(/^"|" in the log$/g, ''))}`

/** WD902: the Kubernetes AWS cloud provider creating a LoadBalancer Service's ELB. */
export const kubernetesCloudProvider: Trap = {
  id: 'kubernetes-cloud-provider',
  lead: true,
  // An encoded message is decoded first (its refused action is often not the call's).
  applies: (input) =>
    input.d.kind === 'denial' &&
    integrationOf(input)?.id === 'aws-cloud-provider' &&
    !WEB_IDENTITY.test(input.d.action ?? ''),
  advice: (input) => {
    const i = integrationOf(input)!
    return (
      `The Kubernetes AWS cloud provider made this call (${seen(input)}): it creates a \`type: LoadBalancer\` Service's load balancer and security group with its own AWS identity, not kubectl's or the job's: ${i.caller}.` +
      shownCaller(input) +
      ` That role needs the actions the provider documents (the control-plane policy at ${i.policy}), among them ${i.keyActions.map(tick).join(', ')}.` +
      named(input)
    )
  }
}

/** Where the change goes when a cluster tool owns the role (kops, eksctl). */
function managedBy(input: TrapInput): string {
  const tool = toolManagedRole(input.principal?.name)
  if (!tool) return ''
  // The node's role is the stop-gap, not the fix (nodeRoleInstead): its tool's settings come second.
  const lead = podOnNode(input)
    ? 'If you grant the node role instead as a stop-gap, it is managed by'
    : 'The role is managed by'
  return ` ${lead} ${tool.tool} (its name ${tick(input.principal!.name!)}): ${tool.where}.`
}

/** WD903: a controller with a published IAM policy (AWS Load Balancer Controller, ExternalDNS...). */
export const kubernetesControllerPolicy: Trap = {
  id: 'kubernetes-controller-policy',
  lead: true,
  applies: (input) => {
    const i = integrationOf(input)
    // An encoded refusal counts when the message states its action (Karpenter's CreateTags, h13-067).
    return (
      (input.d.kind === 'denial' || (input.d.kind === 'encoded' && input.d.action !== null)) &&
      i !== undefined &&
      i.id !== 'aws-cloud-provider' &&
      !WEB_IDENTITY.test(input.d.action ?? '') &&
      // Installing the project pulls its chart or image from ECR Public with helm or docker on the
      // installer's side: not a call the controller makes (session 52 review, h155-034, h155-037).
      input.d.service !== 'ecr-public'
    )
  },
  advice: (input) => {
    const i = integrationOf(input)!
    const policy = i.versioned
      ? `re-apply the IAM policy the project publishes for the version you run (${i.policy}, \`<VERSION>\` being your release tag): a policy taken from an older release lacks actions newer releases call`
      : `attach the IAM policy it documents (${i.policy})`
    return (
      // Said as what it should run as: on a node's role it did not (u29-006's review).
      `${capital(i.name)} made this call (${seen(input)}); it should run with ${i.caller}.` +
      shownCaller(input) +
      // The node's role as caller (h14-068's review): the missing role binding comes before the policy.
      nodeRoleInstead(input, i) +
      ` Rather than adding actions one refusal at a time, ${policy}.` +
      named(input, i) +
      managedBy(input) +
      (i.beyond ? ` ${i.beyond}` : '')
    )
  }
}

/** WD904: a controller's service-account token refused by its role's trust policy (IRSA). */
export const kubernetesControllerIrsa: Trap = {
  id: 'kubernetes-controller-irsa',
  lead: true,
  applies: (input) =>
    integrationOf(input)?.serviceAccount != null && WEB_IDENTITY.test(input.d.action ?? ''),
  advice: (input) => {
    const i = integrationOf(input)!
    const sa = i.serviceAccount!
    const subject = input.d.detail.serviceAccountSubject
    const printed = subject && input.d.detail.serviceAccountFrom !== 'install-guide'
    const sub = printed
      ? tick(subject)
      : `\`system:serviceaccount:${sa.namespace ?? 'NAMESPACE'}:${sa.name}\` (the service account its install guide creates${sa.namespace ? '' : ', in the namespace you installed it in'}; yours if you renamed it)`
    return (
      `${capital(i.name)} (${seen(input)}) exchanges its service account's token for its role (IRSA): the trust policy's \`sub\` condition must be ${sub} with \`aud\` \`sts.amazonaws.com\`, ` +
      "and that service account's `eks.amazonaws.com/role-arn` annotation must name this role."
    )
  }
}
