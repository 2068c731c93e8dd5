// Some services print the name the request used instead of an ARN (`on resource: semgrep_token`).
// Where the ARN can be built from that name and the caller's account, it is: a placeholder would
// throw away what the log shows. One rule per service.
import { code } from './guidance.js'

export interface BareName {
  /** The catalog resource type the ARN is of. */
  type: string
  /** `NAME` → the resource part of the ARN. */
  resource(name: string): string
  /** Why the ARN looks the way it does. */
  note(name: string): string
}

export const BARE_NAMES: Readonly<Record<string, BareName>> = {
  secretsmanager: {
    type: 'Secret',
    // Secrets Manager appends `-` and six random characters to every secret's ARN.
    resource: (name) => `secret:${name}-??????`,
    note: (name) =>
      `The message names the secret ${code(name)}; its ARN ends in a hyphen and six random characters Secrets Manager adds, so Resource ends in ${code('-??????')} (six single-character wildcards, which match that suffix and nothing longer).`
  }
}

/** A plain secret name (`fortress-tools/cloudfront-signing-key`, `/secret/app_stage`), not prose or a mask. */
const NAME = /^[\w/+=.@-]{1,512}$/

export function bareNameRule(service: string, printed: string): BareName | null {
  if (!Object.hasOwn(BARE_NAMES, service) || !NAME.test(printed) || printed.startsWith('arn:'))
    return null
  return BARE_NAMES[service]!
}
