// Calls whose success is checked again a step later, against other actions on other resources:
// allowing the refused one alone makes the next run fail one step on (heldout23 review: h23-007,
// h23-008 BatchGetSecretValue; h23-052 a SecureString read). One row per call; a row's statement
// would need other resources, so it is said, not drafted.
import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

interface CheckedNext {
  actions: string[]
  advice: string
}

const ROWS: CheckedNext[] = [
  {
    actions: ['secretsmanager:BatchGetSecretValue'],
    advice:
      'BatchGetSecretValue (Resource `*`) is only the first check: Secrets Manager then checks `secretsmanager:GetSecretValue` on each secret it returns, `secretsmanager:ListSecrets` when the call filters rather than naming secrets, and `kms:Decrypt` on a customer managed key that encrypts one. Allow GetSecretValue on the secrets the caller reads (`arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-??????`), or each secret comes back as an error of its own.'
  },
  {
    actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
    advice:
      "A SecureString parameter encrypted with a customer managed KMS key is decrypted with the caller's permissions as well: read `--with-decryption`, it needs `kms:Decrypt` on that key next (the key policy must allow it too); the AWS managed key `alias/aws/ssm` needs nothing more."
  }
]

function rowOf({ d }: TrapInput): CheckedNext | null {
  if (d.deny === 'explicit') return null
  return ROWS.find((r) => actionIs(d, ...r.actions)) ?? null
}

export const checkedNext: Trap = {
  id: 'checked-next',
  applies: (input) => rowOf(input) !== null,
  advice: (input) => rowOf(input)!.advice
}
