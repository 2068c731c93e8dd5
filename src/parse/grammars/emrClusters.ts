// Amazon EMR's own words for a cluster that stopped because a role could not do its part
// (heldout97: EMR's ground). The state-change reason names the role or the object, never the action.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** EMR's reason code printed before its message (`VALIDATION_ERROR: …`, `BOOTSTRAP_FAILURE: …`). */
function reasonCode(m: RegExpExecArray): string | null {
  return (
    /\b([A-Z]{3,20}_(?:ERROR|FAILURE)):[ \t]*$/.exec(
      m.input.slice(Math.max(0, m.index - 40), m.index)
    )?.[1] ?? null
  )
}

export const emrClusterRules: PhraseRule[] = [
  {
    // The service role named for the cluster is missing, or does not trust EMR (`VALIDATION_ERROR:
    // EMR service role arn:aws:iam::…:role/EMR_DefaultRole is invalid`, Terraform's aws_emr_cluster,
    // josephmachado/beginner_de_project#28).
    id: 'emr-service-role-invalid',
    rule: 'WD7167',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['service role arn:'],
    re: /\bEMR service role (arn:aws[\w-]*:iam::[^\s:]{0,20}:role\/[\w+=,.@/-]{1,512}?)\.? is invalid\b/g,
    facts: (m, d) => {
      d.detail.role = m[1]!
      d.service = 'elasticmapreduce'
      d.code = reasonCode(m)
    }
  },
  {
    // The service role exists but its policy lacks what EMR does in EC2 for the cluster (`Service
    // role arn:…:role/… has insufficient EC2 permissions`, hashicorp/terraform-provider-aws#14788).
    id: 'emr-service-role-insufficient',
    rule: 'WD7168',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['has insufficient EC2 permissions'],
    re: /\bService role (arn:aws[\w-]*:iam::[^\s:]{0,20}:role\/[\w+=,.@/-]{1,512}?) has insufficient EC2 permissions\b/g,
    facts: (m, d) => {
      d.detail.role = m[1]!
      d.detail.refusedService = 'EC2'
      d.service = 'elasticmapreduce'
      d.code = reasonCode(m)
    }
  },
  {
    // A bootstrap action's script the cluster's instances could not read (`Terminated with errors
    // Access denied trying to read bootstrap action file 's3://…/download.sh'`, Esri/gptools-for-aws#1):
    // the EC2 instance profile reads it, with s3:GetObject, and the bucket's policy decides for
    // another account's bucket.
    id: 'emr-bootstrap-read',
    rule: 'WD7169',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['trying to read bootstrap action file'],
    re: /Access denied trying to read bootstrap action file '?s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/([^'\s]{1,1024})'?/g,
    facts: (m, d) => {
      d.service = 's3'
      d.operation = 'GetObject'
      d.resource = `arn:aws:s3:::${m[1]!}/${m[2]!}`
    }
  }
]
