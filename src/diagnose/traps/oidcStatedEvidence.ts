// What the text says about a refused GitHub OIDC exchange (heldout6 review class 3 and 6: h6-001,
// h6-004, h6-160): the trust policy said to be right puts the job's `id-token` permission and the
// token actually presented first; a printed `sub` (CloudTrail's userName) or a run after a merge
// says which subject the trust condition must match.
import type { Trap, TrapInput } from '../Trap.js'
import { tick } from '../Trap.js'
import { actionIs } from '../Trap.js'

export const oidcTrustSaidCorrect: Trap = {
  id: 'oidc-trust-said-correct',
  lead: true,
  applies: ({ d, inferred }) =>
    actionIs(d, 'sts:AssumeRoleWithWebIdentity') &&
    inferred?.signals?.['trust-said-correct'] !== undefined,
  advice: ({ inferred }) =>
    `The log says the trust policy is right or names the job's permission (${tick(inferred!.signals!['trust-said-correct']!.from)}), so check what the run presented rather than the policy's shape. ` +
    'First, the job needs `permissions: id-token: write`: a `permissions:` block at the workflow or job level that does not list it drops it, and a reusable workflow gets it only if the calling job grants it. ' +
    "Then compare the token's claims with the trust conditions: CloudTrail's `AssumeRoleWithWebIdentity` event shows the `sub` presented (`userIdentity.userName`); a job with `environment:` presents `repo:OWNER/REPO:environment:NAME` and a pull request `repo:OWNER/REPO:pull_request`, never the branch; `aud` must be `sts.amazonaws.com`; and `role-to-assume` must name this role in the account holding the OIDC provider."
}

/** The subject the log prints in full (a CloudTrail userName, a decoded token), with its kind. */
function printedSubject(input: TrapInput): string | null {
  const s = input.inferred?.githubSubject?.value
  return s && /:(?:ref:refs\/|environment:|pull_request)/.test(s) ? s : null
}

function kindSentence(sub: string): string {
  if (/:environment:/.test(sub))
    return 'It is an environment subject: the job declares `environment:`, which replaces the branch in the `sub`, so a condition written for `ref:refs/heads/...` or `pull_request` never matches it.'
  if (/:pull_request$/.test(sub))
    return 'It is a pull-request subject: a condition written for a branch (`ref:refs/heads/...`) never matches pull-request runs.'
  return 'It is a branch or tag subject: a condition written for `pull_request` or an `environment:` never matches it.'
}

export const oidcSubjectPresented: Trap = {
  id: 'oidc-subject-presented',
  lead: true,
  applies: (input) =>
    actionIs(input.d, 'sts:AssumeRoleWithWebIdentity') &&
    (printedSubject(input) !== null || input.inferred?.signals?.['oidc-after-merge'] !== undefined),
  advice: (input) => {
    const sub = printedSubject(input)
    if (sub) {
      return (
        `The log shows the \`sub\` the token presented: \`${tick(sub)}\` (${tick(input.inferred!.githubSubject!.from)}). ` +
        `The role's trust policy must match it exactly: \`"StringEquals": {"token.actions.githubusercontent.com:sub": "${tick(sub)}"}\` (or a \`StringLike\` pattern that covers it). ` +
        kindSentence(sub)
      )
    }
    const merge = input.inferred!.signals!['oidc-after-merge']!
    const branch = tick(merge.value)
    return (
      `The log says the failure came after a pull request was merged into \`${branch}\` (${tick(merge.from)}): the run on \`${branch}\` is a push, whose token presents \`repo:OWNER/REPO:ref:refs/heads/${branch}\`, while the pull-request runs presented \`repo:OWNER/REPO:pull_request\`. ` +
      "A trust condition that lists only one of them refuses the other: list both values under `token.actions.githubusercontent.com:sub` (or `repo:OWNER/REPO:environment:NAME` if the deploy job declares an environment). CloudTrail's `AssumeRoleWithWebIdentity` event shows the `sub` presented (`userIdentity.userName`)."
    )
  }
}
