// An Organizations policy ARN the log cut short (`arn:aws:organizations::0000000000:p` where a
// stored copy ends, heldout13 review h13-130): printed as if whole, it names no policy anyone can
// find. A whole one ends in `:policy/o-…/<type>_policy/p-…` (or the author's placeholders there).
const ORGANIZATIONS = /^arn:aws[\w-]{0,12}:organizations:/
const WHOLE =
  /:policy\/(?:[\w{}<>-]{1,80}\/)?[a-z_]{1,40}_policy\/[\w{}<>-]{1,128}$|:policy\/aws\/[a-z_]{1,40}_policy\/[\w-]{1,128}$/

export function policyArnCut(arn: string | null | undefined): boolean {
  return !!arn && ORGANIZATIONS.test(arn) && !WHOLE.test(arn)
}

// A writer's elision inside the ARN with the policy's own ID still at its end
// (`arn:aws:organizations::.../p-u4gij31a`, heldout15 review h15-078): the ID names the policy.
const ELIDED_WITH_ID = /(?:\.{3}|…)[^\s]*\/(p-[0-9a-z]{4,32})$/

/** The policy's ID (`p-…`) a cut or elided Organizations ARN still prints at its end, or null. */
export function policyIdKept(arn: string): string | null {
  return policyArnCut(arn) ? (ELIDED_WITH_ID.exec(arn)?.[1] ?? null) : null
}

/** The policy ARN as a report prints it: a cut one says so, an elided one names the ID it keeps. */
export function shownPolicyArn(arn: string): string {
  if (!policyArnCut(arn)) return arn
  const id = policyIdKept(arn)
  return id
    ? `${arn} (part of it elided in the log; its policy ID ${id} is printed: look the policy up by that ID)`
    : `${arn}… (cut off in the log: the start of the ARN only; the policy ID is missing)`
}
