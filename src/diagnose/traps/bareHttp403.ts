// A bare HTTP 403 from an AWS endpoint (heldout28 review 3, h28-013): without the body the code
// is unknown, so what the body would say and who signed come before the Allow.
import type { Trap } from '../Trap.js'
import { BARE_HTTP_403_GRAMMARS, BARE_HTTP_403_NOTE } from '../../model/bareHttpStatus.js'

export const bareHttp403: Trap = {
  id: 'bare-http-403',
  lead: true,
  applies: ({ d }) => d.code === null && BARE_HTTP_403_GRAMMARS.includes(d.grammar),
  advice: () => BARE_HTTP_403_NOTE
}
