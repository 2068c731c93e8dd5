// A client talking to a local AWS emulator that could not sign or was refused its key
// (src/infer/contextSignals.ts, signal `local-emulator`): the emulator takes any static key (DynamoDB
// Local 2.x only letters and digits in its ID), so the test's settings change, never AWS's
// credentials or a policy (heldout69 review: h69-031 DynamoDB Local, h69-035 ElasticMQ).
import type { Trap, TrapInput } from '../Trap.js'
import { codeSpan } from '../../common/tick.js'

const signal = ({ inferred }: TrapInput) => inferred?.signals?.['local-emulator']

const DYNAMODB_LOCAL =
  'DynamoDB Local answers for AWS here, and since its version 2.0 it accepts an access key ID made of letters and digits only (`A-Z`, `a-z`, `0-9`): a test key with `_`, `-` or other characters is refused with these words. Set `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` to letters and digits in the test environment (or pin DynamoDB Local 1.x); no real AWS credentials, role or policy are involved.'

const EMULATOR =
  "The client talks to a local emulator, which still needs signed requests: give it static credentials of any value (`AWS_ACCESS_KEY_ID=test`, `AWS_SECRET_ACCESS_KEY=test`, or a static provider in code) and point its endpoint at the emulator (`AWS_ENDPOINT_URL`, or the client's endpoint option). A chain that fell through to the instance metadata service found none of them set. No real AWS credentials, role or policy are needed."

export const localEmulatorCredentials: Trap = {
  id: 'local-emulator-credentials',
  lead: true,
  applies: (input) => input.d.kind === 'credentials' && signal(input) !== undefined,
  advice: (input) => {
    const v = signal(input)!
    // The signal's `from` reads `"WORDS" in the log`: the words alone (heldout135 review h135-020).
    const words = /^"([^]*)" in the log$/.exec(v.from)?.[1] ?? v.from
    const said = `The log names ${codeSpan(words)}. `
    return said + (v.value === 'dynamodb-local' ? DYNAMODB_LOCAL : EMULATOR)
  }
}
