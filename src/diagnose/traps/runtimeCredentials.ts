import type { Trap, TrapInput } from '../Trap.js'

// "No credentials" printed by code running in a hosted runtime: the SDK there takes its
// credentials from the runtime's role, so the fix is to give the runtime a role (with the
// actions the code calls), not to configure credentials in CI.
const ROLE_SETTING: Record<string, string> = {
  'App Runner (instance role)':
    "set an instance role on the App Runner service (`InstanceConfiguration.InstanceRoleArn`; its trust policy allows `tasks.apprunner.amazonaws.com`) whose policy allows what the code calls (for example `ses:SendEmail` on the identity it sends from); the service's access role only pulls the image and gives the code nothing",
  'Amplify Hosting SSR (compute role)':
    "set an SSR compute role on the Amplify app or branch (Amplify console: App settings, IAM roles, Compute role; its trust policy allows `amplify.amazonaws.com`) whose policy allows what the server code calls; the app's service role is for builds only",
  'ECS task (task role)':
    'set `taskRoleArn` in the task definition (trust `ecs-tasks.amazonaws.com`) with the actions the code calls; the task execution role only pulls the image and writes logs',
  'Lambda function (execution role)':
    "the function's execution role (trust `lambda.amazonaws.com`) supplies them: check the role is set and allows what the code calls, and that the code does not override the environment's AWS_* variables"
}

const runtimeOf = ({ inferred }: TrapInput): string => inferred?.runtime?.value ?? ''

export const runtimeCredentials: Trap = {
  id: 'runtime-credentials',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' && Object.hasOwn(ROLE_SETTING, runtimeOf(input)),
  advice: (input) =>
    `This runs inside ${runtimeOf(input)}, where the SDK gets its credentials from the runtime's own role, not from the CI job: ${ROLE_SETTING[runtimeOf(input)]!}. Configuring credentials in the workflow would not reach it, and no access keys should be baked into the code.`
}
