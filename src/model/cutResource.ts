// Whether the log shows only the start of the finding's resource: the line ended inside it
// (`detail.resourceCut`) or its author cut it to an elision mark (`job-definition/shred-unstr...`).
// A statement built from it stands in for what the log hides, so no report calls it a fix.
import type { Finding } from './Finding.js'

const ELIDED_END = /(?:\.{3}|…)$/

/** Whether a printed value ends in an author's elision mark (`airbyte_workspace_....`). */
export const endsElided = (value: string): boolean => ELIDED_END.test(value)

export function resourceCutShort(f: Finding): boolean {
  return f.detail?.resourceCut === 'line-end' || ELIDED_END.test(f.resource ?? '')
}
