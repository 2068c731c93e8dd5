import type { Trap, TrapInput } from '../Trap.js'
import { CODEBUILD_RUNTIME } from '../../model/runtimes.js'

// "No credentials" printed by code running in a hosted runtime: the SDK there takes its
// credentials from the runtime's role, so the fix is to give the runtime a role (with the
// actions the code calls), not to configure credentials in CI.
const ROLE_SETTING: Record<string, string> = {
  'App Runner (instance role)':
    "set an instance role on the App Runner service (`InstanceConfiguration.InstanceRoleArn`; its trust policy allows `tasks.apprunner.amazonaws.com`) whose policy allows what the code calls (for example `ses:SendEmail` on the identity it sends from); the service's access role only pulls the image and gives the code nothing",
  'Amplify Hosting SSR (compute role)':
    "set an SSR compute role on the Amplify app or branch (Amplify console: App settings, IAM roles, Compute role; its trust policy allows `amplify.amazonaws.com`) whose policy allows what the server code calls; the app's service role is for builds only",
  [CODEBUILD_RUNTIME]:
    "CodeBuild gives the build its project's service role through `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`: a command run under `sudo` (or `su`, or in a container started inside the build) loses that variable and finds no credentials, so keep it (`sudo -E`, `sudo --preserve-env=AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, `docker run -e AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, with the build's network for the container) or drop sudo, and check that the service role allows what the command calls",
  'ECS task (task role)':
    'set `taskRoleArn` in the task definition (trust `ecs-tasks.amazonaws.com`) with the actions the code calls; the task execution role only pulls the image and writes logs',
  'Lambda function (execution role)':
    "the function's execution role (trust `lambda.amazonaws.com`) supplies them: check the role is set and allows what the code calls, and that the code does not override the environment's AWS_* variables",
  // The three places a pod's SDK finds credentials, in the order EKS recommends them.
  'a Kubernetes pod (service account role)':
    "the pod's service account supplies them: annotate it with a role (IRSA, `eks.amazonaws.com/role-arn`, or an EKS Pod Identity association) and restart the pods created before it; a chart that reads a credentials secret instead (Velero's `cloud-credentials` or a backup storage location's `credential`, Loki's S3 storage settings) needs that secret to exist and be mounted; pods meant to use the node's instance role need the node's IMDSv2 hop limit at 2 or more (`aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-put-response-hop-limit 2`)"
}

const runtimeOf = ({ inferred }: TrapInput): string => inferred?.runtime?.value ?? ''

export const runtimeCredentials: Trap = {
  id: 'runtime-credentials',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' && Object.hasOwn(ROLE_SETTING, runtimeOf(input)),
  // A CodeBuild build is the CI job itself: only the variable carrying its role is lost.
  advice: (input) =>
    runtimeOf(input) === CODEBUILD_RUNTIME
      ? `This runs inside a CodeBuild build. ${ROLE_SETTING[runtimeOf(input)]!}. No access keys should be added to the build instead.`
      : `This runs inside ${runtimeOf(input)}, where the SDK gets its credentials from the runtime's own role, not from the CI job: ${ROLE_SETTING[runtimeOf(input)]!}. Configuring credentials in the workflow would not reach it, and no access keys should be baked into the code.`
}
