// A credentials failure inside a hosted runtime: the code there gets its credentials from the
// runtime's own role (App Runner's instance role, Amplify's SSR compute role, a Lambda execution
// role, an ECS task role), never from the CI job's credentials.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

interface Runtime {
  /** The runtime and the role it needs, as the note words it. */
  value: string
  re: RegExp
}

// Most specific first: "Amplify SSR" before a bare "Lambda" mentioned in the same text.
const RUNTIMES: Runtime[] = [
  { value: 'App Runner (instance role)', re: /\bApp ?Runner\b/i },
  {
    value: 'Amplify Hosting SSR (compute role)',
    re: /\bAmplify\b[^\n]{0,80}\b(?:SSR|compute role|server-side rendering)|\b(?:SSR|compute) (?:compute )?role\b[^\n]{0,80}\bAmplify\b|rol de c[oó]mputo SSR/i
  },
  // Only words a runtime prints itself: a CI job deploying a function or a task names them too.
  {
    value: 'ECS task (task role)',
    re: /\bECS_CONTAINER_METADATA_URI\w{0,3}|\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b/
  },
  {
    value: 'Lambda function (execution role)',
    re: /\bAWS_LAMBDA_FUNCTION_NAME\b|\bLambda runtime\b/i
  }
  // No EC2 rule: SDKs print the instance-metadata address whenever a CI job has no credentials.
]

export function runtimeOf(ctx: LogContext): InferredValue | null {
  const text = joinedContext(ctx)
  for (const r of RUNTIMES) {
    const m = r.re.exec(text)
    if (m) return { value: r.value, from: `"${m[0].slice(0, 60)}" in the log` }
  }
  return null
}
