// Terraform getting past its provider's credential check later in the same log (the unseen-logs
// check, u27-006 and u27-009: a transcript where `terraform plan` failed with InvalidClientTokenId,
// then planned after `assume` or a plain retry). The credentials that failed were not the ones
// that later worked, so "rotate the key" is the wrong first advice. Lines are remembered from
// context-fragment hits only (no per-line work); `Apply complete!` is left out on purpose: plans
// print the first fragment before every apply with changes, and apply lines are common CI noise.
import type { LaterSuccess, LogContext } from '../model/Inferred.js'

/** Context fragments (triggers.ts): printed only once the provider is configured. */
export const LATER_SUCCESS_FRAGMENTS = [
  'Terraform used the selected providers',
  'No changes. Your infrastructure matches'
]

/** How far below a credentials failure a success still counts as the same session's retry. */
const WITHIN_LINES = 5000

export class LaterSuccessWatch {
  /** Credentials failures reported lately, each with the holder its context carries. */
  private pending: { line: number; holder: LaterSuccess }[] = []
  /**
   * The last success seen: a record is reported after its look-ahead lines were read, so a
   * success a few lines below a failure is seen before the failure is.
   */
  private last: LaterSuccess | null = null

  /** A credentials failure at `line`: its context gets a holder (line 0: nothing yet). */
  failed(ctx: LogContext, line: number): void {
    const seen = this.last !== null && this.last.line > line ? this.last : null
    const holder: LaterSuccess = seen ? { ...seen } : { line: 0, said: '' }
    ctx.laterSuccess = holder
    if (!seen) this.pending = [...this.pending.slice(-7), { line, holder }]
  }

  /** A line holding one of the fragments. */
  see(text: string, line: number): void {
    const said = LATER_SUCCESS_FRAGMENTS.find((f) => text.includes(f))
    if (!said) return
    this.last = { line, said }
    for (const p of this.pending) {
      if (p.holder.line === 0 && line > p.line && line - p.line <= WITHIN_LINES) {
        p.holder.line = line
        p.holder.said = said
      }
    }
    this.pending = this.pending.filter((p) => p.holder.line === 0)
  }
}
