// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus } from '../analyze.js'

const TRAP = 'cdk-bootstrap-role'

describe(TRAP, () => {
  it('applies when the caller is a CDK bootstrap role (corpus d145)', () => {
    const f = corpus('d145')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('re-run `cdk bootstrap`')
  })

  it('applies when the resource is a bootstrap artefact (corpus d146)', () => {
    expect(corpus('d146').traps).toContain(TRAP)
  })

  it('does not apply otherwise (corpus d005)', () => {
    expect(corpus('d005').traps).not.toContain(TRAP)
  })
})
