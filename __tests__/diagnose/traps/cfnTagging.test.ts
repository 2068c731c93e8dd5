// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'cfn-tagging'

describe(TRAP, () => {
  it('applies to a denied TagResource (corpus d059)', () => {
    const f = corpus('d059')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('Tagging needs its own permission')
  })

  it("applies to CloudFormation's tagging-permission message", () => {
    const f = only(
      'Resource handler returned message: "Encountered a permissions error performing a tagging operation, please add required tag permissions."'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('does not apply to other actions, or to an explicit deny of TagResource', () => {
    expect(corpus('d005').traps).not.toContain(TRAP)
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: lambda:TagResource on resource: arn:aws:lambda:us-east-1:111122223333:function:f with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
