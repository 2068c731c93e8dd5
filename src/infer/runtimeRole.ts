// A credentials failure inside a hosted runtime: the code there gets its credentials from the
// runtime's own role (App Runner's instance role, Amplify's SSR compute role, a Lambda execution
// role, an ECS task role, a Kubernetes pod's service account role), never from the CI job's
// credentials.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'
import { CODEBUILD_RUNTIME } from '../model/runtimes.js'

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
  // CodeBuild hands its service role to the build through the ECS variable: named with it, the
  // build is the runtime (heldout103 review h103-016: `sudo` dropped the variable in a build).
  {
    value: CODEBUILD_RUNTIME,
    re: /\bCodeBuild\b[^]{0,400}?\bAWS_CONTAINER_CREDENTIALS_RELATIVE_URI\b|\bAWS_CONTAINER_CREDENTIALS_RELATIVE_URI\b[^]{0,400}?\bCodeBuild\b/i
  },
  // A cluster's own service address (`basic-tikv-2.basic-tikv-peer.tidb-cluster.svc:20160`) or EKS
  // Pod Identity's agent address: the container credentials variables below are then the pod's,
  // not an ECS task's (heldout157 review, h157-059: TiKV's pod read as an ECS task).
  {
    value: 'a Kubernetes pod (service account role)',
    re: /\b[a-z0-9][\w-]{0,62}\.[a-z0-9][\w-]{0,62}\.svc(?:\.cluster\.local)?(?::\d{1,5})?(?![\w.-])|\b169\.254\.170\.23\b/
  },
  // Only words a runtime prints itself: a CI job deploying a function or a task names them too.
  {
    value: 'ECS task (task role)',
    re: /\bECS_CONTAINER_METADATA_URI\w{0,3}|\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b/
  },
  {
    value: 'Lambda function (execution role)',
    re: /\bAWS_LAMBDA_FUNCTION_NAME\b|\bLambda runtime\b/i
  },
  // A service running in a cluster, by what only it prints: pod logs fetched with kubectl, a
  // controller's reconcile lines (logrus `controller=`, controller-runtime JSON `"controller":`),
  // go-kit's `level=… caller=file.go:N` (Loki, Cortex, Thanos), Velero's storage locations, the
  // IRSA annotation. A CI tool's own logrus line (`level=error msg=…`) carries none of them.
  {
    value: 'a Kubernetes pod (service account role)',
    re: /\bkubectl\b[^\n]{0,60}?\blogs\b|\blevel=\w+\b[^\n]{0,200}?\b(?:caller=[\w./-]{1,80}\.go:\d+|controller=[\w"-])|"level":"\w+"[^\n]{0,200}?"(?:controller|reconcileID)":|\bvelero-plugin-for-aws\b|\bbackup[ -]storage[ -]locations?\b|\beks\.amazonaws\.com\/role-arn\b/i
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
