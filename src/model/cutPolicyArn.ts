// An Organizations policy ARN the log cut short (`arn:aws:organizations::0000000000:p` where a
// stored copy ends, heldout13 review h13-130): printed as if whole, it names no policy anyone can
// find. A whole one ends in `:policy/o-…/<type>_policy/p-…` (or the author's placeholders there).
const ORGANIZATIONS = /^arn:aws[\w-]{0,12}:organizations:/
const WHOLE =
  /:policy\/(?:[\w{}<>-]{1,80}\/)?[a-z_]{1,40}_policy\/[\w{}<>-]{1,128}$|:policy\/aws\/[a-z_]{1,40}_policy\/[\w-]{1,128}$/

export function policyArnCut(arn: string | null | undefined): boolean {
  return !!arn && ORGANIZATIONS.test(arn) && !WHOLE.test(arn)
}

/** The policy ARN as a report prints it: a cut one says so. */
export function shownPolicyArn(arn: string): string {
  return policyArnCut(arn)
    ? `${arn}… (cut off in the log: the start of the ARN only; the policy ID is missing)`
    : arn
}
