// Terraform's S3 backend says what it was doing when AWS refused it: locking, loading or saving
// state. Its words around a denial tie the refused table or object to the backend, whatever the
// table or key is called.
import type { InferredValue, LogContext } from '../model/Inferred.js'

const BACKEND_SAID =
  /Error acquiring the state lock|Error (?:locking|releasing|loading|refreshing) (?:the )?state|failed to lock s3 state|Error releasing the state lock|Failed to (?:save|persist|load) state|Failed to get existing workspaces|Unable to retrieve item from DynamoDB table|error (?:loading|reading|writing) state|Terraform acquires a state lock|error accessing remote state|Error configuring (?:the backend "s3"|Terraform S3 Backend)|Error inspecting states in the "s3" backend|failed to load the default state from the "s3" backend/i

export function stateBackendOf(ctx: LogContext): InferredValue | null {
  const m = BACKEND_SAID.exec(`${ctx.before}\n${ctx.line}\n${ctx.after}`)
  return m ? { value: 'Terraform S3 backend', from: `"${m[0]}" in the log` } : null
}
