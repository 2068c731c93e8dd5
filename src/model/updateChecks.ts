// Tools that ask their vendor's server for a newer version and print the answer when it fails:
// an S3 error body there comes from the vendor's bucket, not from the user's AWS (heldout39
// review: fastlane's `fastlane could not check for updates error: 776: unexpected token at
// '<?xml … <Code>AccessDenied</Code>`, fastlane/fastlane#17810 and #18249). One row per tool.

export interface UpdateCheck {
  id: string
  /** The tool's own words for the failed check. */
  said: RegExp
  tool: string
  /** How to turn the check off, when the tool documents a way. */
  skip: string | null
}

export const UPDATE_CHECKS: readonly UpdateCheck[] = [
  {
    id: 'fastlane',
    said: /\bfastlane could not check for updates\b/,
    tool: 'fastlane',
    skip: 'set `FASTLANE_SKIP_UPDATE_CHECK=1`'
  }
]

/** The tool whose update check the text shows failing, and its words. */
export function updateCheckIn(text: string): { check: UpdateCheck; said: string } | null {
  for (const check of UPDATE_CHECKS) {
    const m = check.said.exec(text)
    if (m) return { check, said: m[0] }
  }
  return null
}

export const updateCheck = (id: string): UpdateCheck | undefined =>
  UPDATE_CHECKS.find((c) => c.id === id)
