import type { Trap } from '../Trap.js'

// The log says this refusal is what a test or guardrail wants (src/infer/intendedDenial.ts): a
// lab checking that a read-only user cannot write, a negative test of a prefix restriction, a
// workshop showing an attack blocked. An Allow would remove the very control being checked, so
// none is drafted; the finding stays, since AWS did refuse. If the marker belongs to another check,
// the user asks for the statement with --fix-intended (Action input fix-intended).

// The harness wanted one refusal code and AWS sent another (EC2 says UnauthorizedOperation where
// most services say AccessDenied): the test's match is what failed, not the control.
function codeMismatch(value: string): string {
  const [wanted, got] = [
    value.slice(0, value.lastIndexOf(' ')),
    value.slice(value.lastIndexOf(' ') + 1)
  ]
  return (
    `AWS refused the call as the test wants, but the test failed on its own error match: it looks for \`${wanted}\` and AWS answered \`${got}\` (EC2 reports refusals as \`UnauthorizedOperation\`, with an encoded message, where most services say \`AccessDenied\`). ` +
    "The fix is the test's expected-error match: accept both codes (or the HTTP 403 of the response), not a policy change. "
  )
}

export const intendedDenial: Trap = {
  id: 'intended-denial',
  lead: true,
  applies: ({ d, inferred }) =>
    (d.kind === 'denial' || d.kind === 'encoded') && inferred?.intended !== undefined,
  advice: ({ inferred }) =>
    (inferred!.intendedCodeMismatch ? codeMismatch(inferred!.intendedCodeMismatch.value) : '') +
    `This refusal looks deliberate: the log marks it as the expected outcome of a test or guardrail (${inferred!.intended!.from.replace(/`/g, "'")}). ${inferred!.intendedCodeMismatch ? 'No policy needs to change' : 'Nothing needs to change'}, and no statement is proposed: an Allow would remove the control being checked. If the call is meant to succeed, run whydenied again with --fix-intended (Action input \`fix-intended: true\`) for the statement; this is what it would change:`
}
