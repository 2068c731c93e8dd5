// Kubernetes integrations that call AWS with a role of their own, as data: how their logs show
// them, which role calls (a node's instance role, or a service account's IRSA role), the service
// account their install guide creates, and where the IAM policy they document is published. When
// a log names one, its documented policy and its role are the answer an expert gives first
// (heldout8 review class 6: h8-130, h8-138, h8-141, h8-142).

export interface KubernetesIntegration {
  id: string
  /** As its documentation names it, with the article a sentence needs (`the AWS Load Balancer Controller`, `ExternalDNS`). */
  name: string
  /** Log signatures: the first matches the integration's own words; `also`, when set, must match too. */
  signature: RegExp
  also?: RegExp
  /**
   * Prose that names the integration only beside an EC2 refusal code (`UnauthorizedOperation`):
   * "when I try to create a service" is an ECS service too, but ECS never answers with EC2's code.
   */
  withEc2Code?: RegExp
  /** The service account its install guide (Helm chart, EKS user guide) creates; namespace null when guides differ. */
  serviceAccount: { namespace: string | null; name: string } | null
  /** Which role calls AWS, for the explanation. */
  caller: string
  /** The IAM policy the project publishes (per version when `versioned`). */
  policy: string
  versioned: boolean
  /** Documented actions worth naming when the log names none (a sample, never the whole policy). */
  keyActions: string[]
  /** What the documented policy leaves out that a common setup needs (a customer managed key). */
  beyond?: string
}

// A controller-runtime reconcile error of the AWS Load Balancer Controller: its ingress, service
// (NLB) and TargetGroupBinding reconcilers, logged as `"logger":"controller.ingress"`, as
// `"logger":"controller-runtime.manager.controller.service"` or as `"controller":"ingress"`.
const LBC_RECONCILER =
  /"(?:logger":"controller(?:-runtime\.manager\.controller)?\.|controller":")(?:ingress|service|targetGroupBinding)"/

/** The controller's role as AWS prints the caller: `assumed-role/AmazonEKSLoadBalancerControllerRole/…`. */
const LBC_ROLE = /:assumed-role\/[\w+=,.@-]{0,40}LoadBalancerController[\w+=,.@-]{0,40}\//

export const KUBERNETES_INTEGRATIONS: KubernetesIntegration[] = [
  {
    // Its first major version, aws-alb-ingress-controller (v1, until 2020): another service
    // account and policy than v2's (the unseen-logs check, u28-007: `"controller"="alb-ingress-controller"`).
    id: 'alb-ingress-controller',
    name: 'the AWS ALB Ingress Controller v1',
    signature: /\balb-ingress-controller\b/i,
    serviceAccount: { namespace: 'kube-system', name: 'alb-ingress-controller' },
    caller:
      "the controller's IRSA role (service account `kube-system/alb-ingress-controller` in its v1 install guide), or the worker nodes' instance role when the service account has no role",
    policy:
      'https://raw.githubusercontent.com/kubernetes-sigs/aws-alb-ingress-controller/<VERSION>/docs/examples/iam-policy.json',
    versioned: true,
    keyActions: [
      'elasticloadbalancing:CreateLoadBalancer',
      'elasticloadbalancing:AddTags',
      'ec2:CreateSecurityGroup',
      'ec2:AuthorizeSecurityGroupIngress'
    ],
    beyond:
      'v1 is no longer maintained: its successor, the AWS Load Balancer Controller (v2), uses the service account `kube-system/aws-load-balancer-controller` and a policy of its own'
  },
  {
    id: 'aws-load-balancer-controller',
    name: 'the AWS Load Balancer Controller',
    // Also the role its EKS guide names (`AmazonEKSLoadBalancerControllerRole`, heldout13 h13-022).
    signature: new RegExp(
      String.raw`\baws-load-balancer-controller\b|${LBC_RECONCILER.source}|${LBC_ROLE.source}`,
      'i'
    ),
    // A reconciler named `ingress` alone could be any controller-runtime controller's.
    also: new RegExp(
      String.raw`\baws-load-balancer-controller\b|\balb-ingress-controller\b|"msg":"Reconciler error"|${LBC_ROLE.source}`,
      'i'
    ),
    serviceAccount: { namespace: 'kube-system', name: 'aws-load-balancer-controller' },
    caller:
      "the controller's IRSA role (service account `kube-system/aws-load-balancer-controller` by default), or the worker nodes' instance role when the service account has no role",
    policy:
      'https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/<VERSION>/docs/install/iam_policy.json',
    versioned: true,
    keyActions: [
      'elasticloadbalancing:CreateLoadBalancer',
      'elasticloadbalancing:AddTags',
      'ec2:CreateSecurityGroup',
      'ec2:AuthorizeSecurityGroupIngress',
      'ec2:DescribeAvailabilityZones'
    ]
  },
  {
    // The kubelet starting with the in-tree AWS cloud provider: it looks up its own instance with the
    // node's instance role (`failed to run Kubelet: could not init cloud provider "aws": error
    // finding instance …`, heldout21 review h21-009): the node policy, not the load balancers'.
    id: 'kubelet-cloud-provider',
    name: "the kubelet's AWS cloud provider",
    signature: /\bfailed to run Kubelet: could not init cloud provider\b|\bkubelet\[\d+\]:/i,
    serviceAccount: null,
    caller:
      "the node's own instance role (the worker nodes' instance profile; on the control plane, the masters'): the kubelet looks up its own instance at start-up",
    policy: 'https://kubernetes.github.io/cloud-provider-aws/prerequisites',
    versioned: false,
    keyActions: ['ec2:DescribeInstances', 'ec2:DescribeRegions', 'ecr:GetAuthorizationToken']
  },
  {
    // The Kubernetes AWS cloud provider: in-tree (`--cloud-provider=aws` on the control plane) or
    // the out-of-tree aws-cloud-controller-manager, creating the ELB of a `type: LoadBalancer` Service.
    id: 'aws-cloud-provider',
    name: 'the Kubernetes AWS cloud provider (in-tree or aws-cloud-controller-manager)',
    signature:
      /\bFailed to create load balancer for service\b|\bError creating load balancer \(will retry\)|\bError syncing load balancer\b|\bfailed to ensure load balancer\b|\b(?:Creating|Syncing|Ensuring)LoadBalancerFailed\b|\baws(?:_loadbalancer|_routes|_instancegroups)?\.go:\d+\]|\baws-cloud-controller-manager\b|\bcloud-provider-aws\b/,
    withEc2Code:
      /\b(?:creat(?:e|ing)|expos(?:e|ing)|deploy(?:ing)?) (?:a |the |my )?(?:LoadBalancer |k8s |kubernetes )?service\b/i,
    serviceAccount: null,
    caller:
      "the control-plane (master) nodes' instance role for the in-tree provider, the cloud-controller-manager's role for the external one; on EKS, the cluster IAM role (AmazonEKSClusterPolicy), and the account needs the Elastic Load Balancing service-linked role",
    policy: 'https://kubernetes.github.io/cloud-provider-aws/prerequisites',
    versioned: false,
    keyActions: [
      'ec2:CreateSecurityGroup',
      'ec2:AuthorizeSecurityGroupIngress',
      'ec2:CreateTags',
      'ec2:DescribeSecurityGroups',
      'elasticloadbalancing:CreateLoadBalancer',
      'elasticloadbalancing:ConfigureHealthCheck',
      'elasticloadbalancing:ModifyLoadBalancerAttributes',
      'elasticloadbalancing:AddTags'
    ]
  },
  {
    id: 'external-dns',
    name: 'ExternalDNS',
    signature: /\bexternal-dns\b|\bexternaldns\b/i,
    serviceAccount: { namespace: null, name: 'external-dns' },
    caller:
      "ExternalDNS's IRSA role (its service account `external-dns`), or the nodes' instance role when the pod has no role of its own",
    policy: 'https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/aws/',
    versioned: false,
    keyActions: [
      'route53:ChangeResourceRecordSets',
      'route53:ListHostedZones',
      'route53:ListResourceRecordSets'
    ]
  },
  {
    id: 'cluster-autoscaler',
    name: 'the Cluster Autoscaler',
    // Also its own source files and words, as its log prints them without its name (heldout13
    // h13-071, h13-072, h13-073: `aws_manager.go`, `cannot autodiscover ASGs`, `template node`).
    signature:
      /\bcluster[-_]autoscaler\b|\baws_manager\.go(?=:\d)|\bcannot autodiscover ASGs\b|\bFailed ASG info request\b|\bUnable to build proper template node\b/i,
    serviceAccount: { namespace: 'kube-system', name: 'cluster-autoscaler' },
    caller: "Cluster Autoscaler's IRSA role (service account `kube-system/cluster-autoscaler`)",
    policy:
      'https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md',
    versioned: false,
    keyActions: [
      'autoscaling:DescribeAutoScalingGroups',
      'autoscaling:DescribeAutoScalingInstances',
      'autoscaling:DescribeLaunchConfigurations',
      'autoscaling:DescribeTags',
      'autoscaling:SetDesiredCapacity',
      'autoscaling:TerminateInstanceInAutoScalingGroup',
      'ec2:DescribeLaunchTemplateVersions',
      'ec2:DescribeInstanceTypes'
    ]
  },
  {
    id: 'karpenter',
    name: 'Karpenter',
    // Also its roles as guides name them (`KarpenterNodeRole-…`, `KarpenterControllerRole-…`).
    signature: /\bkarpenter(?:\b|NodeRole|ControllerRole|Controller\b)/i,
    // kube-system since v0.32's guide, `karpenter` before: the log decides.
    serviceAccount: { namespace: null, name: 'karpenter' },
    caller: "Karpenter's controller role (IRSA or EKS Pod Identity, service account `karpenter`)",
    policy: 'https://karpenter.sh/docs/reference/cloudformation/',
    versioned: true,
    keyActions: ['ec2:CreateFleet', 'ec2:RunInstances', 'ec2:CreateLaunchTemplate', 'iam:PassRole']
  },
  {
    id: 'ebs-csi-driver',
    name: 'the Amazon EBS CSI driver',
    // Also its own error words, as a PVC's ProvisioningFailed event quotes them without the
    // driver's name (aws-ebs-csi-driver#963 and #1449: `could not create volume in EC2`).
    signature:
      /\bebs-csi\b|\bebs\.csi\.aws\.com\b|\bcould not (?:create|attach|detach|delete|modify) volume (?:"[^"\n]{0,80}" )?in EC2\b/i,
    serviceAccount: { namespace: 'kube-system', name: 'ebs-csi-controller-sa' },
    caller:
      "the EBS CSI controller's IRSA role (service account `kube-system/ebs-csi-controller-sa`), with the AWS managed policy AmazonEBSCSIDriverPolicy",
    policy: 'arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy',
    versioned: false,
    keyActions: ['ec2:CreateVolume', 'ec2:AttachVolume', 'ec2:CreateTags'],
    // The managed policy grants no KMS key: an encrypted StorageClass (`encrypted: "true"`,
    // `kmsKeyId`) with a customer managed key needs the key's use too (EKS user guide, "Amazon EBS CSI driver").
    beyond:
      'For an encrypted StorageClass with a customer managed key (`kmsKeyId`), the same role also needs `kms:CreateGrant`, `kms:Decrypt`, `kms:GenerateDataKeyWithoutPlaintext`, `kms:ReEncrypt*` and `kms:DescribeKey` on that key, which the managed policy does not grant.'
  },
  {
    // The Amazon VPC CNI plugin (the `aws-node` DaemonSet's ipamd), as its log names its own
    // source files (`"caller":"awsutils/awsutils.go:990"`, terraform-aws-modules/terraform-aws-eks#3598).
    // Not the termination handler's `aws-node-termination-handler`.
    id: 'vpc-cni',
    name: 'the Amazon VPC CNI plugin (aws-node)',
    signature:
      /\bamazon-vpc-cni(?:-k8s)?\b|\baws-node\b(?!-)|"caller":"(?:awsutils|ipamd|eniconfig)\/\w+\.go:\d+"/i,
    serviceAccount: { namespace: 'kube-system', name: 'aws-node' },
    caller:
      "the IRSA role of its service account `kube-system/aws-node` (the EKS user guide's recommendation), or the worker nodes' instance role when the service account has no role",
    policy: 'arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy',
    versioned: false,
    keyActions: [
      'ec2:CreateNetworkInterface',
      'ec2:AttachNetworkInterface',
      'ec2:AssignPrivateIpAddresses',
      'ec2:CreateTags'
    ],
    // EKS user guide, "Configure Amazon VPC CNI plugin to use IRSA": the managed policy is for the
    // IPv4 family; an IPv6 cluster's permissions go in a policy you create.
    beyond:
      'The managed policy covers clusters of the IPv4 family; for an IPv6 cluster, create the IPv6 policy the EKS user guide gives (with `ec2:AssignIpv6Addresses`) and attach that instead.'
  },
  {
    id: 'efs-csi-driver',
    name: 'the Amazon EFS CSI driver',
    signature: /\befs-csi\b|\befs\.csi\.aws\.com\b/i,
    serviceAccount: { namespace: 'kube-system', name: 'efs-csi-controller-sa' },
    caller:
      "the EFS CSI controller's IRSA role (service account `kube-system/efs-csi-controller-sa`), with the AWS managed policy AmazonEFSCSIDriverPolicy",
    policy: 'arn:aws:iam::aws:policy/service-role/AmazonEFSCSIDriverPolicy',
    versioned: false,
    keyActions: ['elasticfilesystem:CreateAccessPoint', 'elasticfilesystem:DescribeFileSystems']
  }
]

/** The integration a text shows, or null; the first row that matches wins (the table's order). */
/**
 * A release file or a download URL holding the component's name is no sign that it runs: an image
 * build fetching `ebs-csi-driver-v1.78.0.tar` from a bucket (heldout125 review h125-008) is a
 * download refused, not the driver's call.
 */
const ARTIFACT_AFTER =
  /^[\w.-]{0,40}?(?:-v?\d+\.\d+[\w.-]{0,20})?\.(?:tar|tgz|zip|gz|rpm|deb|whl|jar)\b/i

function running(re: RegExp, text: string): RegExpExecArray | null {
  const global = GLOBAL_TWIN.get(re)!
  global.lastIndex = 0
  for (let m; (m = global.exec(text));) {
    if (m[0].length === 0) global.lastIndex++
    // The token the name stands in: a URL's path names a download, a role's ARN does not.
    const token = /[^\s"'`(<]*$/.exec(text.slice(Math.max(0, m.index - 300), m.index))![0]
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80)
    if (token.includes('://') || ARTIFACT_AFTER.test(after)) continue
    return m
  }
  return null
}

/** Each signature's global twin, made once when the table loads and never changed. */
const GLOBAL_TWIN: ReadonlyMap<RegExp, RegExp> = new Map(
  KUBERNETES_INTEGRATIONS.flatMap((i) =>
    i.withEc2Code ? [i.signature, i.withEc2Code] : [i.signature]
  ).map((re) => [re, new RegExp(re.source, `${re.flags.replace('g', '')}g`)] as const)
)

export function kubernetesIntegrationIn(
  text: string,
  code: string | null = null
): { integration: KubernetesIntegration; seen: string } | null {
  const ec2Code = /^(?:Client\.)?UnauthorizedOperation$/.test(code ?? '')
  for (const integration of KUBERNETES_INTEGRATIONS) {
    const m =
      running(integration.signature, text) ??
      (ec2Code && integration.withEc2Code ? running(integration.withEc2Code, text) : null)
    if (!m) continue
    if (integration.also && !integration.also.test(text)) continue
    return { integration, seen: m[0] }
  }
  return null
}

/** An integration by id. */
export function kubernetesIntegration(id: string): KubernetesIntegration | undefined {
  return KUBERNETES_INTEGRATIONS.find((i) => i.id === id)
}
