// Terraform's S3 backend says what it was doing when AWS refused it: locking, loading or saving
// state. Its words around a denial tie the refused table or object to the backend, whatever the
// table or key is called. Terragrunt checks and creates the backend's bucket itself before
// Terraform runs, in words of its own.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { TERRAGRUNT_BOOTSTRAP } from '../model/terraformBackend.js'

const BACKEND_SAID =
  /Error acquiring the state lock|Error (?:locking|releasing|loading|refreshing) (?:the )?state|failed to lock s3 state|Error releasing the state lock|Failed to (?:save|persist|load) state|Failed to get existing workspaces|Unable to retrieve item from DynamoDB table|error (?:loading|reading|writing) state|Terraform acquires a state lock|error accessing remote state|Error (?:reloading|refreshing) remote state|Error configuring (?:the backend "s3"|Terraform S3 Backend)|Error inspecting states in the "s3" backend|failed to load the default state from the "s3" backend/i

// Terragrunt's remote-state bootstrap (0.19+ `Initializing remote state for the s3 backend`, the
// retrying `Create S3 bucket NAME returned an error`): its calls are Terragrunt's, not Terraform's.
const TERRAGRUNT_SAID =
  /Initializing remote state for the s3 backend|Create S3 bucket (?:with retry )?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9] returned an error/

/**
 * Terragrunt's own log line (logrus: `ERRO[0007]`, `level=error msg=`) holding nothing but S3's
 * bare refusal, with Terragrunt named above it: Terragrunt's check of the state bucket before
 * Terraform runs (gruntwork-io/terragrunt#3016, #2357). Terraform's own errors come through as
 * Terraform prints them, never as a Terragrunt log line.
 */
export const TERRAGRUNT_BARE =
  /\bterragrunt\b[\s\S]{0,600}?(?:\bERRO\[\d{1,6}\]|\blevel=error\s+msg="?)\s*(?:AccessDenied|Forbidden): (?:Access Denied|Forbidden)\b/i

export function stateBackendOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  const m = BACKEND_SAID.exec(text)
  if (m) return { value: 'Terraform S3 backend', from: `"${m[0]}" in the log` }
  const t = TERRAGRUNT_SAID.exec(text)
  if (t) return { value: TERRAGRUNT_BOOTSTRAP, from: `"${t[0]}" in the log` }
  return TERRAGRUNT_BARE.test(`${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}`)
    ? {
        value: TERRAGRUNT_BOOTSTRAP,
        from: "a bare Access Denied on Terragrunt's own log line, Terragrunt named above it"
      }
    : null
}

// The backend's read and its write both refused: not one missing action but an identity (or a
// bucket) that may do neither (gruntwork-io/terragrunt#1352: "even if it creates a new s3 bucket").
const READ_REFUSED =
  /\bError (?:loading|refreshing|reloading) (?:remote )?state:?\s*(?:AccessDenied|Forbidden)\b|\bs3\/(?:GetObject|HeadObject|ListObjects(?:V2)?) failed\b[^\n]{0,60}AccessDenied/
const WRITE_REFUSED =
  /\bFailed to (?:save|persist) state\b[^\n]{0,80}?(?:AccessDenied|Forbidden)|\bs3\/PutObject failed\b[^\n]{0,60}AccessDenied/

/** The read refusal's words when the same text shows the write refused too. */
export function readAndWriteRefused(text: string): string | null {
  const read = READ_REFUSED.exec(text)
  return read && WRITE_REFUSED.test(text) ? read[0] : null
}
