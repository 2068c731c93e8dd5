// Resources a CI job creates anew each run under a numbered name (`stack/shippable-1313-24/<id>`,
// heldout7 review h7-121): the exact ARN fails again on the next run. The exact ARN stays the
// statement (the log proves it); the name prefix is offered beside it as a labelled Optional
// statement, and the note says why. One rule per kind of resource.

export interface PerRunOption {
  /** The Optional statement's resource. */
  resource: string
  note: string
}

interface PerRunRule {
  /** Resource type (`service:type`). */
  type: string
  option(arn: string): PerRunOption | null
  /** Said when the name shows no run number but its ARN still changes (a stack id). */
  otherwise?(arn: string): string | null
}

/** A name token that is a run, build or PR number: three digits or more. */
const RUN_NUMBER = /^\d{3,}$/

/** The name up to its first run number (`shippable-1313-24` → `shippable-`), or null. */
function prefixBeforeNumber(name: string): string | null {
  const tokens = name.split(/(?<=[-_.])/)
  const at = tokens.findIndex((t) => RUN_NUMBER.test(t.replace(/[-_.]$/, '')))
  if (at <= 0) return null
  const prefix = tokens.slice(0, at).join('')
  // A prefix of a letter or two would match most of the account's stacks.
  return /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(prefix) ? prefix : null
}

const STACK = /^(arn:[^:]+:cloudformation:[^:]*:[^:]*:stack\/)([^/]+)\/([0-9a-f-]{36})$/

const RULES: PerRunRule[] = [
  {
    type: 'cloudformation:stack',
    option: (arn) => {
      const m = STACK.exec(arn)
      const prefix = m ? prefixBeforeNumber(m[2]!) : null
      if (!m || !prefix) return null
      return {
        resource: `${m[1]}${prefix}*/*`,
        note: `The stack name \`${m[2]}\` carries a run or build number and its ARN a stack id: a job that creates a stack per run fails again on the next one. The Optional statement allows the stacks named \`${prefix}*\` instead; keep only the exact ARN if this stack is long-lived.`
      }
    },
    otherwise: (arn) => {
      const m = STACK.exec(arn)
      return m
        ? `Resource names this stack's id (\`${m[3]}\`): if the job deletes and re-creates \`${m[2]}\`, the new stack has another id, and \`${m[1]}${m[2]}/*\` is the form that outlives it.`
        : null
    }
  }
]

/** The Optional per-run statement for this ARN, or a note when only its id changes; null otherwise. */
export function perRunOption(
  service: string,
  type: string,
  arn: string
): { option: PerRunOption | null; note: string | null } | null {
  const rule = RULES.find((r) => r.type === `${service}:${type}`)
  if (!rule) return null
  const option = rule.option(arn)
  const note = option ? null : (rule.otherwise?.(arn) ?? null)
  return option || note ? { option, note } : null
}
