// An NFS mount refused by Amazon EFS: `mount.nfs4: access denied by server while mounting …` from
// efs-utils, the EFS CSI driver or an ECS task's volume. NFS servers everywhere print the same
// words, so only a record that names EFS (its host, an access point, efs-utils) is AWS's. The file
// system policy, the mount's IAM option or the access point decide (src/model/ownWordsRefusals.ts):
// with the `iam` option or without it (h12-009, once a negative: a policy refusing anonymous mounts
// answers the same), terraform-aws-modules/terraform-aws-iam#388 with the CSI driver's IRSA role.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** What makes a mount an EFS one: its DNS name, an access point, the helper or the CSI driver. */
const EFS_NAMED =
  /\.efs\.[a-z0-9-]{4,30}\.amazonaws\.com\b|\bfsap-[0-9a-f]{8,17}\b|\befs[-_]utils\b|\bamazon-efs\b|\bEFS\b|\befs-csi\b|\bamazon\/efs\b/

export const fileSystemMountRules: PhraseRule[] = [
  {
    // `ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes:
    // stderr: b'mount.nfs4: access denied by server while mounting fs-….efs.us-east-1.amazonaws.com:/'`
    // (a Fargate task, aws-samples/aws-cdk-examples#920); efs-utils' mount through an access point
    // (aws/efs-utils#132); the EKS blueprint's EFS add-on (aws-ia/terraform-aws-eks-blueprints#1171).
    id: 'efs-mount-access-denied',
    rule: 'WD7025',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['access denied by server while mounting'],
    re: /\bmount(?:\.nfs4?)?: access denied by server while mounting ([^\s'"`]{1,300})/g,
    when: (text) => EFS_NAMED.test(text),
    facts: (m, d) => {
      d.service = 'elasticfilesystem'
      d.detail.mountTarget = m[1]!
    }
  }
]
