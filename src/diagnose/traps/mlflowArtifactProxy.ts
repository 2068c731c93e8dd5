// An MLflow client meant to log artifacts through the tracking server (`--serve-artifacts`, "as
// proxy") while the experiment's artifact location is an `s3://` URI: for such a location the
// client writes to S3 itself, with its own credentials, and the proxy is never asked (heldout16
// review h16-047, mlflow/mlflow#6181). The location is the cause, not the keys.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const mlflowArtifactProxy: Trap = {
  id: 'mlflow-artifact-proxy-bypassed',
  lead: true,
  noPolicyWhen: ({ d }) => d.kind === 'credentials',
  applies: ({ inferred }) => inferred?.signals?.['artifact-proxy-bypassed'] !== undefined,
  advice: ({ inferred }) =>
    `The MLflow client was meant to send artifacts through the tracking server, but the experiment's artifact location is \`${tick(inferred!.signals!['artifact-proxy-bypassed']!.value)}\`: for an \`s3://\` location the client uploads to S3 itself, with its own credentials, and the server's proxy is never used. ` +
    'Experiments created before the server served artifacts, or under `--default-artifact-root s3://…`, keep such a location. ' +
    'Create the experiment again under a server started with `--serve-artifacts` and `--artifacts-destination s3://…` (its new experiments get `mlflow-artifacts:/` locations), or give the client credentials for that bucket (and `MLFLOW_S3_ENDPOINT_URL` for an S3-compatible store).'
}
