// AWS Copilot's environment role, `<app>-<env>-EnvManagerRole`: the environment's stack creates it
// and trusts the application's account; Copilot rewrites its trust on every env deploy or upgrade.
const ENV_MANAGER_ROLE = /:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+-EnvManagerRole)$/

const tick = (s: string): string => s.replace(/`/g, "'")

export function copilotEnvironmentRoleOf(resource: string | null): string | null {
  return resource ? (ENV_MANAGER_ROLE.exec(resource)?.[1] ?? null) : null
}

/** What to check for a refused assume of the role, before any Allow. */
export function copilotEnvironmentNote(resource: string | null): string {
  const role = tick(copilotEnvironmentRoleOf(resource) ?? 'ENV-EnvManagerRole')
  return (
    `\`${role}\` is the role AWS Copilot's environment stack creates; it trusts the application's account, and Copilot rewrites its trust policy on every \`copilot env deploy\` or \`env upgrade\`, so do not edit it by hand. ` +
    `Check first that it exists (\`aws iam get-role --role-name ${role}\`): an environment deleted, or not deployed in that account, refuses the same way (\`copilot env ls\`, then \`copilot env init\` and \`env deploy\`). ` +
    "Then the caller's own policy must allow `sts:AssumeRole` on it: for a Copilot pipeline's build role, upgrade or deploy only the environments that pipeline owns (`copilot env upgrade -n ENV`, not `--all`), or add the environment to the pipeline (`copilot pipeline deploy`)."
  )
}
