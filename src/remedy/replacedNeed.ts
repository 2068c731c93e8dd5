// Findings whose printed or inferred action is not what to allow: the log shows the real step
// that failed (the bucket's KMS key behind an S3 call, the source artifact a CodeBuild role could
// not read). Each rule names the action to draft instead, on what, and why. Data, one per case.
import type { Finding } from '../model/Finding.js'
import { keyIsTheCause, kmsActionsFor, s3ObjectDirection } from '../model/sseKms.js'

export interface Replacement {
  /** The action to draft; its companion set (src/remedy/companionActions.ts) comes with it. */
  action: string
  /** Its resource as the log shows it; null for a placeholder. */
  resource: string | null
  from: string
  /** Why this and not the refused action, for the notes. */
  note: string
  /** Optional resource types the replacing call uses, and slot values the log names for them. */
  named?: string[]
  slots?: Record<string, string>
}

interface ReplacementRule {
  /** The trap that must be on the finding; none for a rule that reads the finding itself. */
  trap?: string
  replace(f: Finding): Replacement | null
}

/** The pipeline's prefix of a CodePipeline artifact (`BUCKET/PIPELINE/ARTIFACT/OBJECT` → `BUCKET/PIPELINE/*`). */
function artifactPrefix(arn: string): string | null {
  const m = /^(arn:aws[\w-]*:s3:::[^/]+\/[^/]+)\/./.exec(arn)
  return m ? `${m[1]}/*` : null
}

const RULES: ReplacementRule[] = [
  {
    // The message's reason names the action that is missing, another than the call's
    // (`perform: ec2:CreateVpcEndpoint … allows the vpce:AllowMultiRegion action`, h58-001).
    replace: (f) => {
      const reason = f.detail.reasonAction
      if (!reason || f.deny !== 'implicit') return null
      return {
        action: reason,
        resource: f.resource,
        from: "the action the message's reason names",
        note: `The message's reason names ${reason}, not ${f.action ?? 'the call'}: the call needs that permission too (a permission-only action, checked on the same resource), and its own action is already allowed.${/^vpce:AllowMultiRegion$/i.test(reason) ? ' vpce:AllowMultiRegion lets an endpoint reach a service in another Region: first check that the service Region is the one meant (a typo there asks for a cross-Region endpoint).' : ''}`
      }
    }
  },
  {
    trap: 's3-sse-kms-key',
    replace: (f) => {
      const direction = s3ObjectDirection(f)
      if (!direction || !keyIsTheCause(f)) return null
      const key = f.inferred?.sseKms?.value ?? ''
      const refused = f.action ?? f.inferredAction ?? `the ${f.operation ?? 'S3'} call`
      return {
        action: kmsActionsFor(direction)[0]!,
        resource: key.startsWith('arn:') ? key : null,
        from: 'the SSE-KMS key',
        note: `The key's permissions, not ${refused}, are what is missing: ${f.grammar === 'kms-ciphertext' ? "KMS's own words answered the S3 call" : 'S3 already allowed the start of this multipart upload'}. Allow them in the caller's identity policy and make sure the key policy allows the caller too (across accounts, the key owner must). Find the key with \`aws s3api head-object --bucket BUCKET --key KEY --query SSEKMSKeyId\` or \`aws s3api get-bucket-encryption --bucket BUCKET\`.`
      }
    }
  },
  {
    // Auto Scaling's own call was allowed; it then checked EC2's RunInstances from the launch
    // template with the caller's permissions (heldout101 review h101-001).
    trap: 'autoscaling-launch-template',
    replace: (f) => ({
      action: 'ec2:RunInstances',
      resource: null,
      named: ['launch-template'],
      // The template's ARN takes its ID; a name (eksctl's) stays a placeholder.
      slots: /^lt-[0-9a-f]{8,17}$/.test(f.detail.launchTemplate ?? '')
        ? { LaunchTemplateId: f.detail.launchTemplate! }
        : {},
      from: "Auto Scaling's check of the launch template",
      note: `Auto Scaling refused ${f.action ?? (f.operation ? `autoscaling:${f.operation}` : 'the call')} because the caller may not launch from the launch template: the statement allows ec2:RunInstances, not the Auto Scaling action, which is allowed already.`
    })
  },
  {
    trap: 'codebuild-source-download',
    replace: (f) => {
      const artifact = f.inferred?.codebuildSource?.value ?? ''
      const prefix = artifact ? artifactPrefix(artifact) : null
      return {
        action: 's3:GetObject',
        resource: prefix,
        from: "CodeBuild's source download",
        note: `For the CodeBuild project's service role, not the job's credentials: CodeBuild reads the source artifact as that role in DOWNLOAD_SOURCE.${prefix ? ` The Resource is the pipeline's artifact prefix rather than the one object (${artifact.replace(/`/g, '')}): CodePipeline writes a new object every run.` : ''} If the artifact store uses a customer managed KMS key, add kms:Decrypt on it.`
      }
    }
  }
]

export function replacedNeed(f: Finding): Replacement | null {
  for (const rule of RULES) {
    if (rule.trap !== undefined && !f.traps.includes(rule.trap)) continue
    const r = rule.replace(f)
    if (r) return r
  }
  return null
}

/**
 * Actions needed beside the refused one when the log shows SSE-KMS but not that the key alone
 * refused (a bare PutObject denial with `--sse aws:kms`): both may be missing.
 */
export function keyBesides(f: Finding): Replacement | null {
  if (!f.traps.includes('s3-sse-kms-key') || keyIsTheCause(f)) return null
  const direction = s3ObjectDirection(f)
  if (!direction) return null
  const key = f.inferred?.sseKms?.value ?? ''
  return {
    action: kmsActionsFor(direction)[0]!,
    resource: key.startsWith('arn:') ? key : null,
    from: 'SSE-KMS named in the log',
    note: `The log shows SSE-KMS: ${kmsActionsFor(direction).join(' and ')} on the bucket's key are needed as well, and the key policy must allow the caller; S3 reports a refused key as its own Access Denied.`
  }
}
