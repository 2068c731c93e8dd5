// Kubernetes integrations that call AWS with a role of their own: the Kubernetes AWS cloud
// provider (WD902), controllers with a published policy (WD903), a controller's IRSA trust (WD904).
import { analysedOne } from './analysed.js'
import { analyzeText } from '../../../src/engine/Analysis.js'
import { corpusText } from '../../support/corpusRecords.js'
import { reviewed } from './reviewed.js'

// kubernetes/kops#3340: the in-tree service controller's event, tab-separated `kubectl describe`.
const KOPS_3340 = `  11m\t\t51s\t8\tservice-controller\t\tNormal\tCreatingLoadBalancer\t\tCreating load balancer
  51s\t\t51s\t1\tservice-controller\t\tWarning\tCreatingLoadBalancerFailed\tError creating load balancer (will retry): Failed to create load balancer for service default/guestbook: UnauthorizedOperation: You are not authorized to perform this operation.
\t\tstatus code: 403, request id: 0c8a48da-c360-4272-b606-97d4192cd2e`

// kubernetes/kops#15990: the controller-manager's own log; the message names the masters' role and the action.
const KOPS_15990 = `E1003 09:58:56.081153       1 controller.go:291] error processing service default/nginx (will retry): failed to ensure load balancer: Unable to update load balancer attributes during attribute sync: "AccessDenied: User: arn:aws:sts::435909871689:assumed-role/masters.arku.k8s.local/i-0aca4494e10347414 is not authorized to perform: elasticloadbalancing:ModifyLoadBalancerAttributes on resource: arn:aws:elasticloadbalancing:eu-central-1:435909871689:loadbalancer/a117a0567880b48d8b3a1b8de701020c because no identity-based policy allows the elasticloadbalancing:ModifyLoadBalancerAttributes action\\n\\tstatus code: 403, request id: 0ebc3941-096c-4b3e-9674-d7704e1980df"`

// A k3s node's setup script quoting the aws-cloud-controller-manager's event, escaped three times
// (github-file:find_string#31918344200).
const CCM_SCRIPT = `Error syncing load balancer: failed to ensure load balancer: error get availability zone types: "error describe availability zones: \\"error listing AWS availability zones: \\\\\\"UnauthorizedOperation: You are not authorized to perform this operation.\\\\\\\\n\\\\\\\\tstatus code: 403, request id: 257fa8db-99f2-475a-9c06-52f645680448\\\\\\"\\""`

// kubernetes-sigs/aws-load-balancer-controller#2693: the service (NLB) reconciler, v2.3.1.
const LBC_2693 = `{"level":"error","ts":1655399434.099991,"logger":"controller-runtime.manager.controller.service","msg":"Reconciler error","name":"nginx-ingress-ingress-nginx-controller","namespace":"nginx","error":"UnauthorizedOperation: You are not authorized to perform this operation.\\n\\tstatus code: 403, request id: 0f5e2a3c-1b7e-4d0a-9d2f-6a1b2c3d4e5f"}`

describe('kubernetes-cloud-provider (WD902)', () => {
  it.each([
    ['review h8-142 (kz8s/tack#194)', reviewed('h8-142')],
    ['review h8-130 (kz8s/tack#197): "create a service" beside EC2\'s code', reviewed('h8-130')],
    ['kubernetes/kops#3340', KOPS_3340],
    ['aws-cloud-controller-manager, escaped three times', CCM_SCRIPT]
  ])('names the provider’s own role and its documented actions (%s)', (_source, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.traps).toContain('kubernetes-cloud-provider')
    expect(f.explanation.startsWith('The Kubernetes AWS cloud provider made this call')).toBe(true)
    expect(f.explanation).toContain("control-plane (master) nodes' instance role")
    expect(f.explanation).toContain('https://kubernetes.github.io/cloud-provider-aws/prerequisites')
    expect(f.explanation).toContain('`ec2:CreateSecurityGroup`')
    // No action is known: nothing is drafted for it; the provider's own words may name one
    // (`error listing AWS availability zones` is ec2:DescribeAvailabilityZones, on "*").
    const named = text === CCM_SCRIPT ? ['ec2:DescribeAvailabilityZones'] : []
    expect(statements.map((s) => s.Action)).toEqual(named)
  })

  it('kubernetes/kops#15990: names the masters role and the refused action the message prints', () => {
    const { f, statements } = analysedOne(KOPS_15990)
    expect(f.traps).toContain('kubernetes-cloud-provider')
    expect(f.explanation).toContain('Here it is `masters.arku.k8s.local`')
    expect(f.explanation).toContain(
      'The refused action is `elasticloadbalancing:ModifyLoadBalancerAttributes`'
    )
    expect(statements.map((s) => s.Action)).toContainEqual(
      'elasticloadbalancing:ModifyLoadBalancerAttributes'
    )
  })

  it('counter-case (kubernetes-sigs/cluster-api-provider-aws#546): Cluster API reconciling its own ELB is not the cloud provider', () => {
    const { f } =
      analysedOne(`E0204 16:50:51.457360       1 controller.go:134] Error reconciling cluster object test1; unable to reconcile load balancers: AccessDenied: User: arn:aws:iam::285398391915:user/bootstrapper.cluster-api-provider-aws.sigs.k8s.io is not authorized to perform: elasticloadbalancing:DescribeLoadBalancerAttributes
        status code: 403, request id: 07a34e2b-289d-11e9-b241-a1ad9f476a51`)
    expect(f.traps).not.toContain('kubernetes-cloud-provider')
    expect(f.inferred?.kubernetesIntegration).toBeUndefined()
  })

  it('own counter-case: "create a service" beside a code EC2 never sends (ECS) is not Kubernetes', () => {
    const { f } = analysedOne(
      'When I try to create a service, I get\nAccessDeniedException: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ecs:CreateService on resource: arn:aws:ecs:us-east-1:111122223333:service/web/api'
    )
    expect(f.traps).not.toContain('kubernetes-cloud-provider')
  })
})

describe('kubernetes-controller-policy (WD903)', () => {
  it.each([
    ['review h8-138 (kubernetes-sigs/aws-load-balancer-controller#1664)', reviewed('h8-138')],
    ['kubernetes-sigs/aws-load-balancer-controller#2693', LBC_2693]
  ])('says to re-apply the controller’s published policy for its version (%s)', (_source, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.explanation.startsWith('The AWS Load Balancer Controller made this call')).toBe(true)
    expect(f.explanation).toContain(
      'https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/<VERSION>/docs/install/iam_policy.json'
    )
    expect(f.explanation).toContain('re-apply the IAM policy the project publishes for the version')
    expect(statements).toEqual([])
  })

  it('kubernetes-sigs/external-dns#439: the node role answered for ExternalDNS, so IRSA rather than a wider node role', () => {
    const { f } = analysedOne(
      [
        'After ```helm install stable/external-dns --namespace=kube-system --name=external-dns``` I deploy a new service with a DNS setting. No DNS record is created in the hosted zone. External-dns logs from k8s show:',
        '',
        '    time="2018-01-16T20:39:59Z" level=error msg="AccessDenied: User:  ',
        '    arn:aws:sts::000000000:assumed-role/nodes.k01.k8s.example.net/i-036ca678b407648ce is not ',
        '    authorized to perform: route53:ListHostedZones',
        '    status code: 403, request id: 6b67bda8-fafd-11e7-bd8c-3ff3072b5c0e"'
      ].join('\n')
    )
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.explanation.startsWith('ExternalDNS made this call')).toBe(true)
    expect(f.explanation).toContain(
      "Here it is `nodes.k01.k8s.example.net`, an EC2 instance's role"
    )
    expect(f.explanation).toContain('The refused action is `route53:ListHostedZones`')
    expect(f.explanation).toContain('give the service account `external-dns` an IRSA role')
  })

  it('counter-case: a controller-runtime `Reconciler error` of another controller is not the LBC', () => {
    const { f } = analysedOne(
      '{"level":"error","logger":"controller.awscluster","msg":"Reconciler error","error":"UnauthorizedOperation: You are not authorized to perform this operation.\\n\\tstatus code: 403, request id: 0f5e2a3c"}'
    )
    expect(f.traps).not.toContain('kubernetes-controller-policy')
  })
})

// kubernetes-sigs/aws-ebs-csi-driver#1449: the csi-provisioner's event, the encoded message cut
// to nothing; no `ebs-csi` in the text, only the driver's own `could not create volume in EC2`.
const EBS_CSI_1449 = `failed to provision volume with StorageClass "default": rpc error: code = Internal desc = Could not create volume "pvc-3f337215-2ea5-440e-942e-d6a985f377e4": could not create volume in EC2: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: 
 \tstatus code: 403, request id: `

describe('kubernetes-controller-policy: the EBS CSI driver by its own words (heldout12 review, h12-008)', () => {
  it.each([
    ['review h12-008 (aws-ebs-csi-driver#963)', reviewed('h12-008')],
    ['aws-ebs-csi-driver#1449', EBS_CSI_1449]
  ])(
    '%s: AmazonEBSCSIDriverPolicy on ebs-csi-controller-sa, and KMS for an encrypted class',
    (_s, text) => {
      const { f } = analysedOne(text)
      expect(f.inferred?.kubernetesIntegration?.value).toBe('ebs-csi-driver')
      expect(f.traps[0]).toBe('kubernetes-controller-policy')
      expect(f.explanation.startsWith('The Amazon EBS CSI driver made this call')).toBe(true)
      expect(f.explanation).toContain('AmazonEBSCSIDriverPolicy')
      expect(f.explanation).toContain('`kube-system/ebs-csi-controller-sa`')
      expect(f.explanation).toMatch(/encrypted StorageClass[^.]*`kms:CreateGrant`/)
    }
  )

  it('own counter-cases: an EFS provisioning failure, and a script creating a volume, are not the EBS driver', () => {
    const efs = analysedOne(
      'failed to provision volume with StorageClass "efs-sc": rpc error: code = Internal desc = Failed to create Access point in File System fs-0123456789abcdef0 : Failed to create access point: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/efs-driver-role/1700000000 is not authorized to perform: elasticfilesystem:CreateAccessPoint on the specified resource'
    )
    expect(efs.f.inferred?.kubernetesIntegration?.value).not.toBe('ebs-csi-driver')
    expect(efs.f.explanation).not.toContain('AmazonEBSCSIDriverPolicy')
    const script = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the CreateVolume operation: You are not authorized to perform this operation.\nERROR: could not create volume, giving up'
    )
    expect(script.f.inferred?.kubernetesIntegration).toBeUndefined()
  })
})

describe('an encoded message is decoded first', () => {
  it('review h8-002 (Karpenter): no controller-policy lead before the decode advice', () => {
    const { f } = analysedOne(reviewed('h8-002'))
    expect(f.kind).toBe('encoded')
    expect(f.traps).not.toContain('kubernetes-controller-policy')
    expect(f.inferred?.kubernetesIntegration?.value).toBe('karpenter')
  })
})

describe('kubernetes-controller-irsa (WD904)', () => {
  it('review h8-141 (aws-ia/terraform-aws-eks-blueprints-addons#133): the LBC’s service account fills the subject', () => {
    const { f, statements, notes } = analysedOne(reviewed('h8-141'))
    expect(f.traps[0]).toBe('kubernetes-controller-irsa')
    expect(f.detail.webIdentityIssuer).toBe('eks')
    const sub = 'system:serviceaccount:kube-system:aws-load-balancer-controller'
    expect(f.explanation).toContain(`\`${sub}\` (the service account its install guide creates`)
    expect(JSON.stringify(statements)).toContain(`:sub":"${sub}"`)
    expect(JSON.stringify(statements)).toContain(':aud":"sts.amazonaws.com"')
    expect(notes).toContain("the service account the controller's install guide creates")
  })

  it('a subject the log prints wins over the install guide’s', () => {
    const { f, statements } = analysedOne(
      '{"level":"error","logger":"controller.ingress","msg":"Reconciler error","error":"WebIdentityErr: failed to retrieve credentials\\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n\\tstatus code: 403, request id: 9d1d53a8"}\nserviceAccount: system:serviceaccount:ingress:alb-controller'
    )
    expect(f.traps).toContain('kubernetes-controller-irsa')
    expect(JSON.stringify(statements)).toContain('system:serviceaccount:ingress:alb-controller')
    expect(JSON.stringify(statements)).not.toContain('kube-system:aws-load-balancer-controller')
  })

  it('counter-case: a GitHub Actions OIDC refusal is not a controller’s', () => {
    const { f } = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    )
    expect(f.traps).not.toContain('kubernetes-controller-irsa')
  })
})

describe('controllers found by their role and source files, and the tool that owns the role (heldout13 review)', () => {
  const explained = (id: string) => {
    const { findings } = analyzeText(corpusText('heldout13.jsonl', id))
    return findings[0]!
  }

  it('h13-022: the role AmazonEKSLoadBalancerControllerRole is the Load Balancer Controller', () => {
    const f = explained('h13-022')
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.explanation).toMatch(/^The AWS Load Balancer Controller made this call/)
    expect(f.explanation).toMatch(
      /re-apply the IAM policy the project publishes for the version you run/
    )
  })

  it.each([
    ['h13-071 (kubernetes/kops#1573)', 'h13-071', /`aws_manager\.go`/],
    ['h13-073 (kubernetes/autoscaler#4465)', 'h13-073', /`cannot autodiscover ASGs`/],
    ['h13-072 (kubernetes/autoscaler#1943)', 'h13-072', /ec2:DescribeLaunchTemplateVersions/]
  ])('the Cluster Autoscaler from its own log words (%s)', (_source, id, shown) => {
    const f = explained(id)
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.explanation).toMatch(/^The Cluster Autoscaler made this call/)
    expect(f.explanation).toMatch(shown)
  })

  it('kops owns `nodes.<cluster>` and `<sa>.<ns>.sa.<cluster>`: the change goes through kops (h13-071, h13-023)', () => {
    // The node role is the pod's fallback: kops' settings for it come as the stop-gap (heldout20 review).
    expect(explained('h13-071').explanation).toMatch(
      /If you grant the node role instead as a stop-gap, it is managed by kops .*`kops update cluster`, so a hand edit is lost: add the statements to the cluster spec's `additionalPolicies`/
    )
    expect(explained('h13-023').explanation).toMatch(
      /The role is managed by kops .*`serviceAccountExternalPermissions`/
    )
  })

  it('Karpenter on its node role (h13-074, kubernetes-sigs/karpenter#1713) and an encoded refusal with its action (h13-067)', () => {
    expect(explained('h13-074').explanation).toMatch(
      /^Karpenter made this call.*The pod called with the node's role/
    )
    expect(explained('h13-067').traps).toContain('kubernetes-controller-policy')
  })

  it("says first that the controller's own role is not applied when the node's role called (h13-074; h14-068 review)", () => {
    const e = explained('h13-074').explanation
    expect(e).toMatch(/The pod called with the node's role, so its own role is not applied/)
    expect(e.indexOf('its own role is not applied')).toBeLessThan(
      e.indexOf('re-apply the IAM policy')
    )
  })

  it("a node role as the resource of the controller's PassRole is no node caller (aws/karpenter-provider-aws#5444)", () => {
    const { f } = analysedOne(
      'AccessDenied: User: arn:aws:sts::ACCOUNT_ID:assumed-role/CLUSTER_NAME-KarpenterControllerRole/1704838296921190277 is not authorized to perform: iam:PassRole on resource: arn:aws:iam::ACCOUNT_ID:role/KarpenterNodeRole-CLUSTER_NAME because no identity-based policy allows the iam:PassRole action\\n\\tstatus code: 403, request id: 8cf2c336-d3c4-4a9b-9b9a-640487705252"}'
    )
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.explanation).not.toMatch(/node's role/)
  })

  it('look-alikes name no controller or tool', () => {
    // Our own counter-cases: a role merely containing "nodes" and an S3 bucket named like kops's.
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/deploy-nodes/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::nodes.example.com" because no identity-based policy allows the s3:ListBucket action'
    )
    expect(f.traps).not.toContain('kubernetes-controller-policy')
    expect(f.explanation).not.toMatch(/managed by kops/)
  })
})
