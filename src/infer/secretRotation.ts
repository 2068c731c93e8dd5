// A Secrets Manager rotation function reads the secret's current value and puts the pending one:
// under a customer managed key, the first decrypts with the key and the second asks it for a data
// key. Secrets Manager User Guide, "Lambda rotation function execution role permissions": the
// role needs kms:Decrypt and kms:GenerateDataKey on a key other than aws/secretsmanager.
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'

const KMS_REFUSED = /\bAccess to KMS is not allowed\b/
/**
 * A rotation function in the log: the four steps of AWS's rotation templates, the API that starts
 * one, the templates' names (`SecretsManagerRDSPostgreSQLRotationMultiUser`).
 */
const ROTATION =
  /\b(?:create|set|test|finish)_secret\b|\bRotateSecret\b|\bSecretsManager\w{0,40}Rotation|\brotation (?:lambda|function)s?\b/i

const OTHER_STEP: Record<string, { action: string; step: string }> = {
  'kms:decrypt': {
    action: 'kms:GenerateDataKey',
    step: 'its PutSecretValue of the pending value asks the key for a new data key'
  },
  'kms:generatedatakey': {
    action: 'kms:Decrypt',
    step: 'its GetSecretValue of the current value decrypts with the key'
  }
}

export function rotationKeyOf(x: InferInput): CompanionNeed[] {
  const other = OTHER_STEP[x.action?.toLowerCase() ?? '']
  if (!other) return []
  const text = [x.ctx.command ?? '', x.ctx.before, x.ctx.line, x.ctx.after].join('\n')
  if (!KMS_REFUSED.test(text) || !ROTATION.test(text)) return []
  return [
    {
      action: other.action,
      // Only a key ARN printed is the key's; anything else stays a placeholder.
      resource: /^arn:[\w-]+:kms:/.test(x.d.resource ?? '') ? x.d.resource : null,
      from: `a Secrets Manager rotation function uses the secret's key both ways: ${other.step}`
    }
  ]
}
