// AWS Copilot's environment role, `<app>-<env>-EnvManagerRole`: the environment's stack creates it
// and trusts the application's account; Copilot rewrites its trust on every env deploy or upgrade.
import { tick } from '../common/tick.js'

const ENV_MANAGER_ROLE = /:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+-EnvManagerRole)$/

export function copilotEnvironmentRoleOf(resource: string | null): string | null {
  return resource ? (ENV_MANAGER_ROLE.exec(resource)?.[1] ?? null) : null
}

/** A Copilot pipeline's build role (`pipeline-APP-…-BuildProjectRole-…`) as the caller. */
export function copilotPipelineCaller(principal: string | null): boolean {
  return /:assumed-role\/pipeline-[^/]*BuildProjectRole/.test(principal ?? '')
}

/** What to check for a refused assume of the role, before any Allow; a pipeline's caller gets its own step. */
export function copilotEnvironmentNote(
  resource: string | null,
  principal: string | null = null
): string {
  const role = tick(copilotEnvironmentRoleOf(resource) ?? 'ENV-EnvManagerRole')
  return (
    `\`${role}\` is the role AWS Copilot's environment stack creates; it trusts the application's account, and Copilot rewrites its trust policy on every \`copilot env deploy\` or \`env upgrade\`, so do not edit it by hand. ` +
    `Check first that it exists (\`aws iam get-role --role-name ${role}\`): an environment deleted, or not deployed in that account, refuses the same way (\`copilot env ls\`, then \`copilot env init\` and \`env deploy\`). ` +
    "Then the caller's own policy must allow `sts:AssumeRole` on it" +
    // A pipeline's build role (Copilot names it `pipeline-…-BuildProjectRole-…`): its own environments only.
    (copilotPipelineCaller(principal)
      ? ": this caller is a Copilot pipeline's build role, which assumes only the environments its pipeline deploys. No statement is proposed: change the buildspec to upgrade or deploy only those (`copilot env upgrade -n ENV`, not `--all`, or regenerate it with a current Copilot), or add the environment to the pipeline (`copilot pipeline deploy`); granting the role another environment's role opens that environment to every run of the pipeline."
      : '.')
  )
}
