// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'oidc-id-token-permission'

describe(TRAP, () => {
  it('applies when configure-aws-credentials hints at the missing id-token permission', () => {
    // configure-aws-credentials v4 prints this info line before failing (aws-denials.md §5.8).
    const f = only(
      'Run aws-actions/configure-aws-credentials@v4\nIt looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`permissions: id-token: write`')
    expect(f.fixTarget.kind).toBe('workflow')
  })

  it('does not apply to the same failure without the hint (corpus d098)', () => {
    const f = corpus('d098')
    expect(f.kind).toBe('credentials')
    expect(f.traps).not.toContain(TRAP)
    expect(f.fixTarget.kind).toBe('credentials')
  })
})
