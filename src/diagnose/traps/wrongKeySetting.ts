import type { Trap, TrapInput } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// A key setting misspelled or holding an unset value's word (src/infer/credentialSettings.ts): the
// program signed without the key meant, whatever the policies say (heldout40 review: h40-028's
// `AWS_SECERT_ACCESS_KEY`, h40-004's `AWS_ACCESS_KEY_ID=undefined`).

function wrong({ inferred }: TrapInput) {
  const signal = inferred?.signals?.['wrong-key-setting']
  if (!signal) return null
  const [kind, setting] = signal.value.split(':')
  return { kind, setting: setting ?? '', said: signal.from.replace(/^"|" in the log$/g, '') }
}

/** WD988: the log shows a key setting misspelled or unset. */
export const wrongKeySetting: Trap = {
  id: 'wrong-key-setting',
  lead: true,
  applies: (x) => wrong(x) !== null,
  advice: (x) => {
    const w = wrong(x)!
    return w.kind === 'misspelled'
      ? `The log sets ${code(w.said)}, a name no AWS SDK reads: the setting is ${code(w.setting)}. The program signed without that value (or with one from another source), so fix the name before any policy.`
      : `The log shows ${code(w.said)}: the program sent that word as its key, because the value it was meant to come from never reached it (a secret or variable not passed to the step, or a task or tool that should have exported its own credentials, an assumed role's among them, and did not). Find where the step's credentials are meant to come from and make that source set ${code(w.setting)}; no policy change helps until a real key is sent.`
  }
}
