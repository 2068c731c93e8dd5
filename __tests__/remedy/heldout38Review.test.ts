// heldout38's expert review (issue 17, session 34): a class it found wrong that this round fixed,
// from its real excerpt, with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe("a traceback's source line naming the bucket by a variable", () => {
  it('h38-018 (CivicTechTO/ttc_subway_times#55): `paginate(Bucket=bucket, …)` is no bucket called "bucket"', () => {
    const { statements } = analysedOne(corpusText('heldout38.jsonl', 'h38-018'))
    expect(JSON.stringify(statements)).not.toContain('arn:aws:s3:::bucket')
  })

  it("own: a boto3 repr's quoted value is the bucket's name", () => {
    const quoted = analysedOne(
      "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\nparams: {'Bucket': 'ttc-data', 'Prefix': '2019/'}"
    )
    expect(JSON.stringify(quoted.statements)).toContain('arn:aws:s3:::ttc-data')
  })
})

describe('Kubernetes add-ons with a mechanism of their own (heldout38 review, left in session 34)', () => {
  const h38 = (id: string) => corpusText('heldout38.jsonl', id)

  it('h38-025 (terraform-aws-modules/terraform-aws-eks#3598): the VPC CNI’s refusal points at AmazonEKS_CNI_Policy and aws-node', () => {
    const { f } = analysedOne(h38('h38-025'))
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.explanation).toContain('arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy')
    expect(f.explanation).toContain('`kube-system/aws-node`')
    expect(f.explanation).toContain('IPv6')
  })

  it('own: the node termination handler is not the VPC CNI', () => {
    const { f } = analysedOne(
      '{"level":"error","caller":"aws-node-termination-handler/main.go:120","message":"User: arn:aws:sts::111122223333:assumed-role/nth/1 is not authorized to perform: autoscaling:CompleteLifecycleAction on resource: arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:*"}'
    )
    expect(f.explanation).not.toContain('AmazonEKS_CNI_Policy')
  })

  it('h38-023 (jtblin/kube2iam#327): the node role assumes the pod’s role by design: trust it, never IRSA or self-assumption', () => {
    const { f, statements, notes } = analysedOne(h38('h38-023'))
    expect(f.traps).toContain('pod-role-broker')
    expect(f.traps).not.toContain('pod-on-node-role')
    expect(f.traps).not.toContain('role-self-assumption')
    expect(f.explanation).toMatch(/^kube2iam or kiam served this pod's credentials/)
    expect(JSON.stringify(statements)).not.toContain('AssumeRoleWithWebIdentity')
    expect(JSON.stringify(statements)).toContain('"sts:AssumeRole"')
    expect(notes).not.toMatch(/Never trust the node role/)
  })

  it('h38-024 (uswitch/kiam#273): kiam’s `error requesting credentials` is its server’s AssumeRole of the pod’s role', () => {
    const { f } = analysedOne(h38('h38-024'))
    expect(f.traps).toEqual(['pod-role-broker'])
    expect(f.explanation).toMatch(/^kiam served this pod's credentials/)
    expect(f.explanation).toContain("with the kiam server's role")
  })

  it('own: a pod on its node’s role with no broker in the log still gets its own role (IRSA)', () => {
    const { f } = analysedOne(
      'kubectl logs my-app-5d9f: User: arn:aws:sts::111122223333:assumed-role/eks-nodegroup-NodeInstanceRole-ABC/i-0123456789abcdef0 is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs'
    )
    expect(f.traps).toContain('pod-on-node-role')
    expect(f.traps).not.toContain('pod-role-broker')
  })

  it('own: a role truly assuming itself is still self-assumption; stand-in names on both sides are not', () => {
    const self = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(self.f.traps).toContain('role-self-assumption')
    const standIn = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/role-name/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/role-name'
    )
    expect(standIn.f.traps).not.toContain('role-self-assumption')
  })
})
