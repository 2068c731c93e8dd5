// The trap over src/model/checkedNext.ts: a call checked again a step later, against other
// actions on other resources, says so in the explanation.
import type { Trap, TrapInput } from '../Trap.js'
import { checkedNextOf, type CheckedNext } from '../../model/checkedNext.js'

function rowOf({ d }: TrapInput): CheckedNext | null {
  if (d.deny === 'explicit') return null
  return checkedNextOf(d.action)
}

export const checkedNext: Trap = {
  id: 'checked-next',
  applies: (input) => rowOf(input) !== null,
  advice: (input) => rowOf(input)!.advice
}
