import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

// EKS says `InvalidRequestException: User not authorized to perform kms:… operation` when it
// cannot use the key named in encryptionConfig; a CreateCluster or an EKS resource in the log
// says the same.
const EKS_EVIDENCE =
  /^(?:CreateCluster|AssociateEncryptionConfig|UpdateClusterConfig)$|aws_eks_cluster\.|AWS::EKS::Cluster/

function eksEncryption({ d, inferred }: TrapInput): boolean {
  return (
    actionIs(d, 'kms:CreateGrant', 'kms:DescribeKey') &&
    (d.code === 'InvalidRequestException' ||
      EKS_EVIDENCE.test(d.operation ?? '') ||
      EKS_EVIDENCE.test(inferred?.iacResource?.value ?? ''))
  )
}

const isLaunch = ({ d }: TrapInput): boolean => d.detail.kmsLaunch === 'ebs'

/** KMS grants that AWS services create for your resources: EKS secrets encryption, EBS volumes. */
export const kmsGrantForAwsResource: Trap = {
  id: 'kms-grant-for-aws-resource',
  applies: (x) => x.d.deny !== 'explicit' && (isLaunch(x) || eksEncryption(x)),
  advice: (x) => {
    if (isLaunch(x)) {
      return (
        'Auto Scaling (and EKS managed node groups, which use it) launches instances as its ' +
        'service-linked role `AWSServiceRoleForAutoScaling`; when the launch template or the ' +
        "account's default EBS encryption uses a customer managed KMS key, that key's policy must " +
        'let the role use the key (`kms:Encrypt`, `kms:Decrypt`, `kms:ReEncrypt*`, ' +
        '`kms:GenerateDataKey*`, `kms:DescribeKey`) and create grants (`kms:CreateGrant` with ' +
        '`kms:GrantIsForAWSResource` true). The fix is the key policy, made by whoever owns the key ' +
        "(across accounts, a grant to the role from the key's account): not the caller's " +
        "or the instances' role."
      )
    }
    return (
      'EKS encrypts Kubernetes secrets with the KMS key of `encryptionConfig` through a grant: whoever ' +
      'creates or updates the cluster needs `kms:DescribeKey` and `kms:CreateGrant` on that key ' +
      '(`kms:CreateGrant` can be limited with `kms:GrantIsForAWSResource` true), and the key policy ' +
      'must allow them (it does when it delegates to IAM). The key must be a symmetric customer ' +
      "managed key in the cluster's Region: an AWS managed key (`alias/aws/...`) cannot be used."
    )
  }
}
