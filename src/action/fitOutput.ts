// The `findings` output must stay within GitHub's output size limit, as valid JSON.
/** Bytes of JSON for the `findings` output: half of GitHub's 1 MiB per job, leaving room for others. */
export const FINDINGS_OUTPUT_BUDGET = 512 * 1024

/** A prefix of the findings (cut by a fifth at a time) whose JSON fits the output budget. */
export function fitOutput(findings: unknown[]): { json: string; kept: number } {
  let kept = findings.length
  let json = JSON.stringify(findings)
  while (kept > 0 && Buffer.byteLength(json) > FINDINGS_OUTPUT_BUDGET) {
    kept = Math.floor(kept * 0.8)
    json = JSON.stringify(findings.slice(0, kept))
  }
  return { json, kept }
}
