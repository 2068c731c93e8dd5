import type { Trap, TrapInput } from '../Trap.js'
import { INSTANCE_SESSION } from '../Principal.js'
import { kubernetesIntegration } from '../../catalog/kubernetesIntegrations.js'

// A Kubernetes pod with no AWS role of its own calls with the node's: the SDK's default chain
// falls through to the instance metadata, so the refusal names the node group's instance role
// and an EC2 instance ID as the session (h12-164: KEDA's SQS scaler refused as
// `eksctl-…-NodeInstanceRole-…/i-0cc9…`). Widening the node role gives every pod on those nodes
// the permission; the expert's fix is the pod's own role (IRSA or EKS Pod Identity).

/**
 * Node roles by their usual names: eksctl's `…-nodegroup-…-NodeInstanceRole-…`, the EKS
 * console's and Terraform modules' `…eks-node…`/`…node-group…`, kops' `nodes.CLUSTER`, Karpenter's.
 */
const NODE_ROLE =
  /NodeInstanceRole|NodeRole|node-?group|nodegroup|\beks[-_]?(?:worker[-_]?)?nodes?\b|^nodes\.|KarpenterNodeRole|(?:^|[-_])(?:worker[-_])?nodes?[-_]role\b/i

/**
 * Calls the node's own software makes (kubelet, the VPC CNI, the SSM agent, image pulls, log
 * shipping): the node role is the right caller for them, so no pod fell back to it.
 */
const NODE_CALLS =
  /^(?:ec2|ecr|eks|autoscaling|elasticloadbalancing|ssm:UpdateInstanceInformation|ssmmessages|ec2messages|ssm:ListInstanceAssociations|logs|cloudwatch):/i

function actionOf({ d, inferred }: TrapInput): string | null {
  return d.action ?? inferred?.action?.value ?? null
}

/** kOps' node role: `nodes.CLUSTER` (`nodes.prod.example.com`, `nodes.c1.k8s.local`). */
export const KOPS_NODE_ROLE = /^nodes\.[^\s/]*\.[^\s/]+$/

/** The pod whose call reached AWS with its node's role; its service account when a known tool's. */
export interface PodOnNode {
  serviceAccount: string | null
}

/**
 * The caller is a node's instance role and the call is a pod's: a known controller's (its
 * service account is in src/catalog/kubernetesIntegrations.ts, whatever it calls), or any call
 * the node's own software does not make from a role named for nodes or beside Kubernetes words.
 * The fix then goes on the pod's own role (src/diagnose/fixTarget.ts), never the node role.
 */
export function podOnNode(input: TrapInput): PodOnNode | null {
  const p = input.principal
  if (p?.type !== 'role' || !p.name) return null
  // kube2iam and kiam assume the pod's role with the node's by design: no fallback (podRoleBroker.ts).
  if (input.inferred?.signals?.['pod-role-broker'] !== undefined) return null
  const instance = INSTANCE_SESSION.test(p.sessionName ?? '')
  // No action printed: the service that refused stands for it (a pod's own backend, h22-018).
  const action = actionOf(input) ?? (input.d.service ? `${input.d.service}:` : null)
  if (!action || /^sts:AssumeRoleWithWebIdentity$/i.test(action)) return null
  const integration = input.inferred?.kubernetesIntegration?.value
  if (integration) {
    // The control plane's cloud provider has no service account: its role is the right caller.
    const sa = kubernetesIntegration(integration)?.serviceAccount
    if (!sa || !(instance || NODE_ROLE.test(p.name))) return null
    return { serviceAccount: sa.namespace ? `${sa.namespace}/${sa.name}` : sa.name }
  }
  // A writer who masked the role as the node's (`assumed-role/<REDACTED-NODE-ROLE>`, an Airbyte
  // pod's S3 write, airbytehq/airbyte#50979; heldout23 review, h23-012) said what it is.
  // Or said so in the prose around (h99-032: `assumed-role/site-k20210915...`, "assumes the node's
  // role instead of the custom role").
  const saidNode =
    (/[<[]|redacted/i.test(p.name) && NODE_ROLE.test(p.name)) ||
    input.inferred?.signals?.['said-node-role'] !== undefined
  if (!(instance || saidNode) || NODE_CALLS.test(action)) return null
  return NODE_ROLE.test(p.name) || input.inferred?.signals?.['kubernetes-workload'] !== undefined
    ? { serviceAccount: null }
    : null
}

/** WD915: the node's role refused for a pod's call. */
export const podOnNodeRole: Trap = {
  id: 'pod-on-node-role',
  lead: true,
  // A known controller's trap says this with its own service account (kubernetesIntegration.ts).
  applies: (input) => !input.inferred?.kubernetesIntegration && podOnNode(input) !== null,
  advice: (input) => {
    const p = input.principal!
    // The pod chained to a role with the node's credentials (cert-manager's Route 53 `role:`,
    // heldout15 review h15-005): that role becomes the pod's own, never trusted by the node role.
    if (actionOf(input)?.toLowerCase() === 'sts:assumerole') {
      const target = input.d.resource ? `\`${input.d.resource}\`` : 'the role'
      return (
        `The caller is \`${p.name}\` with the EC2 instance session \`${p.sessionName}\`: a Kubernetes node's instance role, so the pod that assumed ${target} fell back to the node's credentials. ` +
        `Make ${target} the pod's own role instead: its trust policy trusts the cluster's OIDC provider for the pod's service account (IRSA), the service account carries the \`eks.amazonaws.com/role-arn\` annotation with its ARN (pod restarted), and the pod then needs no sts:AssumeRole at all (cert-manager: drop \`role:\` from the Route 53 solver so it uses these ambient credentials), or use an EKS Pod Identity association. ` +
        `Do not let \`${p.name}\` assume it: every pod on those nodes could then.`
      )
    }
    const session = p.sessionName
      ? ` with the EC2 instance session \`${p.sessionName}\``
      : ', the role the log calls the node role'
    // kOps names its node role `nodes.CLUSTER`: no EKS Pod Identity there, and IRSA needs kOps's own
    // set-up (heldout23 review 2, h23-053); the node role is changed through the cluster spec.
    if (KOPS_NODE_ROLE.test(p.name ?? '')) {
      return (
        `The caller is \`${p.name}\`${session}: a kOps cluster's node role. ` +
        "A pod that has no AWS role of its own gets the node's credentials from the instance metadata, so the workload fell back to them. " +
        'Give the pod its own role first: kOps serves IRSA once the cluster spec enables `serviceAccountIssuerDiscovery` (with `enableAWSOIDCProvider`) and `podIdentityWebhook`, and its `iam.serviceAccountExternalPermissions` names the service account and the policy; then allow the call on that role (`aws sts get-caller-identity` inside the pod shows which one it uses). ' +
        `Allowing it on \`${p.name}\` gives it to every pod on those nodes, and is done in the cluster spec (\`spec.additionalPolicies.node\`, then \`kops update cluster --yes\`), not on the role: kOps rewrites the role's policy on update.`
      )
    }
    // The pod has IRSA's variables, yet the call went out as the node's role: the client skipped
    // them, so the IRSA role is never used until the client is fixed (heldout118 review h118-021).
    const irsa = input.inferred?.signals?.['pod-irsa-env']?.value
    if (irsa) {
      const role = irsa.startsWith('arn:') ? `\`${irsa}\`` : 'its IRSA role'
      return (
        `The caller is \`${p.name}\`${session}: a Kubernetes node's instance role, although the pod has IRSA's variables (\`AWS_ROLE_ARN\`, \`AWS_WEB_IDENTITY_TOKEN_FILE\`). ` +
        `Its client skipped them and fell back to the instance metadata, so a grant on ${role} changes nothing until the client uses it. ` +
        "Check first what the client does: an SDK too old for web identity (or built without its STS module), code that passes keys or a fixed credentials provider, a token file the container's user cannot read (`fsGroup`), a tool that signs with its own service account (a CSI driver's, not the pod's), or `AWS_ROLE_ARN` set after the client was made; `aws sts get-caller-identity` inside the pod shows the role used. " +
        `Then allow the call on ${role}, never on \`${p.name}\`: every pod on those nodes would get it.`
      )
    }
    return (
      `The caller is \`${p.name}\`${session}: a Kubernetes node's instance role. ` +
      "A pod that has no AWS role of its own gets the node's credentials from the instance metadata, so the workload fell back to them. " +
      "Give the pod its own role first: an IRSA role (the `eks.amazonaws.com/role-arn` annotation on the pod's service account, the pod restarted so the token is mounted, and an SDK recent enough to read `AWS_WEB_IDENTITY_TOKEN_FILE`) or an EKS Pod Identity association, and allow the call on that role; `aws sts get-caller-identity` inside the pod shows which one it uses. " +
      `Allowing it on \`${p.name}\` works too, but gives it to every pod on those nodes.`
    )
  }
}
