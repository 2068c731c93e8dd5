import { oidcSubjects } from '../../src/remedy/oidcSubject.js'

describe('the GitHub OIDC sub condition', () => {
  test.each([
    [
      { repository: 'octo-org/octo-repo', ref: 'refs/heads/main' },
      ['repo:octo-org/octo-repo:ref:refs/heads/main']
    ],
    [
      { repository: 'octo-org/octo-repo', ref: 'main' },
      ['repo:octo-org/octo-repo:ref:refs/heads/main']
    ],
    [
      { repository: 'octo-org/octo-repo', ref: 'refs/tags/v1.2.0' },
      ['repo:octo-org/octo-repo:ref:refs/tags/v1.2.0']
    ],
    // The environment takes precedence over the ref and the pull request.
    [
      {
        repository: 'octo-org/octo-repo',
        ref: 'refs/heads/main',
        eventName: 'pull_request',
        environment: 'production'
      },
      ['repo:octo-org/octo-repo:environment:production']
    ],
    [
      { repository: 'octo-org/octo-repo', ref: 'refs/pull/7/merge', eventName: 'pull_request' },
      ['repo:octo-org/octo-repo:pull_request']
    ],
    // ':' inside values is encoded.
    [{ repository: 'o/r', environment: 'Production:V1' }, ['repo:o/r:environment:Production%3AV1']],
    [{ repository: 'o/r', ref: 'refs/heads/feat:x' }, ['repo:o/r:ref:refs/heads/feat%3Ax']]
  ])('%j → %j', (ctx, subjects) => {
    const result = oidcSubjects(ctx)
    expect(result.subjects).toEqual(subjects)
    expect(result.placeholder).toBe(false)
  })

  test('with the owner and repository IDs, the immutable form comes first, then the classic one', () => {
    const result = oidcSubjects({
      repository: 'octo-org/octo-repo',
      repositoryOwnerId: '123456',
      repositoryId: '456789',
      ref: 'refs/heads/main'
    })
    expect(result.subjects).toEqual([
      'repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main',
      'repo:octo-org/octo-repo:ref:refs/heads/main'
    ])
    expect(result.notes.join('\n')).toMatch(/Keep only the one your repository uses/)
  })

  test("the repository's sub_claim_prefix is used exactly when given", () => {
    const result = oidcSubjects({
      repository: 'octo-org/octo-repo',
      repositoryOwnerId: '1',
      repositoryId: '2',
      subjectPrefix: 'repo:octo-org@123456/octo-repo@456789',
      environment: 'prod'
    })
    expect(result.subjects).toEqual(['repo:octo-org@123456/octo-repo@456789:environment:prod'])
    expect(result.notes).toEqual([])
  })

  test('without a context the subject holds placeholders and a note explains them', () => {
    for (const ctx of [undefined, {}, { repository: 'not a repo' }, { ref: 'refs/heads/main' }]) {
      const result = oidcSubjects(ctx)
      expect(result.placeholder).toBe(true)
      expect(result.subjects[0]).toMatch(/<OWNER>\/<REPO>|<BRANCH>/)
      expect(result.notes[0]).toMatch(/placeholders/)
    }
  })
})
