// Issue 17 (heldout14 review, h14-142): an explanation must not say the message is silent about
// something the finding itself read from it. Over every labelled corpus case, each "without
// saying who / why", "names no action", "does not name the service" claim is checked against the
// finding's own fields: principal, action, service, and the reason (a policy layer, an explicit
// deny, or a code that states its cause).
import { corpusOutputs } from '../support/corpusPass.js'
import type { Finding } from '../../src/model/Finding.js'

const outputs = await corpusOutputs()

/** A code whose own words say why (EC2's `AuthFailure.ServiceLinkedRoleCreationNotPermitted`). */
const REASON_CODE = /\.\w*(?:NotPermitted|Blocked|Disabled|Suspended|OptInRequired)\b/

interface Claim {
  name: string
  says: RegExp
  contradicted: (f: Finding) => boolean
}

const CLAIMS: Claim[] = [
  {
    name: 'who',
    says: /\bwithout saying who\b|\bdoes not say who\b|\bnot say who was refused\b/,
    contradicted: (f) => f.principal !== null
  },
  {
    name: 'action',
    says: /\bnames no (?:IAM )?action\b|\bwithout saying who, (?:which action|what)\b/,
    contradicted: (f) => f.action !== null
  },
  {
    name: 'service',
    says: /\bdoes not name the service\b|\bnames no service\b/,
    contradicted: (f) => f.service !== null
  },
  {
    name: 'why',
    says: /\bwithout saying (?:who,? )?(?:(?:or |which action,? )?)?(?:what,? )?(?:or )?why\b/,
    contradicted: (f) =>
      f.layer !== null || f.deny !== null || (f.code !== null && REASON_CODE.test(f.code))
  }
]

const contradictions: string[] = []
for (const [key, output] of outputs)
  for (const f of output.report.findings)
    for (const c of CLAIMS)
      if (c.says.test(f.explanation) && c.contradicted(f))
        contradictions.push(`${key} ${f.grammar}: claims no ${c.name}`)

it('finds claims to check in the corpora', () => {
  // The check reads real explanations: a pattern that never matches would prove nothing.
  const claimed = [...outputs.values()].flatMap((o) =>
    o.report.findings.filter((f) => CLAIMS.some((c) => c.says.test(f.explanation)))
  )
  expect(claimed.length).toBeGreaterThan(50)
})

it('never claims the message is silent about what the finding read from it', () => {
  expect(contradictions).toEqual([])
})
