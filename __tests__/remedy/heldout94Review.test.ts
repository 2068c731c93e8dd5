// heldout94–99's expert reviews (issue 17, session 42): what the drafts got wrong or left out, from
// the real excerpts, each with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const scpDeny = (caller: string) =>
  `An error occurred (AccessDeniedException) when calling the ListHITs operation: User: ${caller} is not authorized to perform: mturk-requester:ListHITs with an explicit deny in a service control policy`

describe("an SCP's explicit Deny of the root user (heldout99 review)", () => {
  it('h99-021: no exception for root is suggested; the job gets an identity of its own', () => {
    const { notes } = analysedOne(h('h99-021'))
    expect(notes).toContain("The caller is the account's root user")
    expect(notes).not.toContain('ArnNotLike')
  })

  it('own: a role refused by the same Deny keeps the exception to review', () => {
    const { notes } = analysedOne(scpDeny('arn:aws:sts::123456789012:assumed-role/jobs/s'))
    expect(notes).toContain('"aws:PrincipalArn": "arn:aws:iam::123456789012:role/jobs"')
    expect(notes).not.toContain("the account's root user")
  })
})
