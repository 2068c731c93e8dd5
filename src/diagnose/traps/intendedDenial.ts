import type { Trap } from '../Trap.js'

// The log says this refusal is what a test or guardrail wants (src/infer/intendedDenial.ts): a
// lab checking that a read-only user cannot write, a negative test of a prefix restriction, a
// workshop showing an attack blocked. An Allow would remove the very control being checked, so
// none is drafted; the finding stays, since AWS did refuse. If the marker belongs to another check,
// the user asks for the statement with --fix-intended (Action input fix-intended).

export const intendedDenial: Trap = {
  id: 'intended-denial',
  lead: true,
  applies: ({ d, inferred }) =>
    (d.kind === 'denial' || d.kind === 'encoded') && inferred?.intended !== undefined,
  advice: ({ inferred }) =>
    `This refusal looks deliberate: the log marks it as the expected outcome of a test or guardrail (${inferred!.intended!.from.replace(/`/g, "'")}). Nothing needs to change, and no statement is proposed: an Allow would remove the control being checked. If the call is meant to succeed, run whydenied again with --fix-intended (Action input \`fix-intended: true\`) for the statement; this is what it would change:`
}
