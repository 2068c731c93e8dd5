// KMS grants AWS services create for your resources: EKS secrets encryption needs the cluster's
// creator to describe the key and create a grant; Auto Scaling's encrypted volumes need the key
// policy to admit its service-linked role.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'kms-grant-for-aws-resource'

// Source: aws-quickstart/quickstart-amazon-eks-cluster-resource-provider#25, text as printed.
const QUICKSTART_25 =
  '`InvalidRequestException: User not authorized to perform kms:DescribeKey operation { RespMetadata: { StatusCode: 400, RequestID: "9d3ce0c8-2fb2-4849-80bc-7521fce89f1c" }, Message_: "User not authorized to perform kms:DescribeKey operation" }`.'
// Source: kubernetes-sigs/cluster-api-provider-aws#2432 (a Kubernetes event, cut by the
// terminal), text as printed.
const CAPA_2432 =
  ' Warning  FailedCreateEKSControlPlane                   2s    aws-controller  Failed to initiate creation of a new EKS control plane: InvalidRequestException: User not authorized to perform kms:CreateGrant operatio'
// Source: kubernetes/kops#11545 (the instance's state reason), text as printed.
const KOPS_11545 = '`Client.InternalError: Client error on launch`'
// Source: aws-quickstart/quickstart-redhat-openshift#130, text as printed.
const OPENSHIFT_130 =
  'The state transition reason message comes up as "Client.InternalError: Client error on launch".'

describe(TRAP, () => {
  it.each([
    ['aws-quickstart/quickstart-amazon-eks-cluster-resource-provider#25', QUICKSTART_25],
    ['kubernetes-sigs/cluster-api-provider-aws#2432', CAPA_2432]
  ])('%s: EKS encryption needs DescribeKey and CreateGrant together', (_s, text) => {
    const f = only(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`kms:DescribeKey` and `kms:CreateGrant`')
    expect(f.explanation).toContain('customer managed key')
    const remedies = buildRemedies([f])
    const actions = remedies.flatMap((r) => r.statements).flatMap((s) => [s.Action].flat())
    expect(actions.sort()).toEqual(['kms:CreateGrant', 'kms:DescribeKey'])
    expect(remedies.flatMap((r) => r.notes).join('\n')).toContain('kms:GrantIsForAWSResource')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it.each([
    ['kubernetes/kops#11545', KOPS_11545],
    ['aws-quickstart/quickstart-redhat-openshift#130', OPENSHIFT_130]
  ])("%s: the EBS key's policy must admit Auto Scaling's service-linked role", (_s, text) => {
    const f = only(text)
    expect(f.grammar).toBe('asg-client-error-on-launch')
    expect(f.title).toContain('Auto Scaling could not launch an instance')
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('kms-key-policy')
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.owner).toBe('resource-owner')
    expect(f.explanation).toContain('AWSServiceRoleForAutoScaling')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).toMatch(
      /No statement is proposed: the launch failure names no key.*kms:GrantIsForAWSResource/
    )
  })

  it('a CreateGrant the IAM sentence names, in a Terraform EKS apply, keeps the key ARN', () => {
    const f = only(
      '│ Error: creating EKS Cluster (prod): InvalidRequestException: User not authorized to perform kms:CreateGrant operation\n' +
        '│ \n' +
        '│   with module.eks.aws_eks_cluster.this[0],'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('does not apply to other KMS refusals, which stay with the key-policy trap', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('kms-key-policy')
    const describe = only(
      'User: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:DescribeKey action'
    )
    expect(describe.traps).not.toContain(TRAP)
    expect(findingsOf('Client error on launching the browser')).toEqual([])
  })
})
