import { oidcContext, shouldRedact } from '../../src/action/context.js'

describe('shouldRedact', () => {
  it.each([
    ['auto', { repository: { private: false } }, true],
    ['auto', { repository: { private: true } }, false],
    ['auto', { repository: { private: true, visibility: 'internal' } }, false],
    ['auto', { repository: { visibility: 'public' } }, true],
    ['auto', {}, true],
    ['true', { repository: { private: true } }, true],
    ['false', { repository: { private: false } }, false]
  ] as const)('%s with %j → %s', (mode, payload, expected) => {
    expect(shouldRedact(mode, payload)).toBe(expected)
  })
})

describe('oidcContext', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_REPOSITORY_ID: '42',
    GITHUB_REPOSITORY_OWNER_ID: '7',
    GITHUB_REF: 'refs/pull/3/merge',
    GITHUB_EVENT_NAME: 'pull_request'
  }
  it('describes this run', () => {
    expect(oidcContext(env, {})).toEqual({
      repository: 'acme/infra',
      repositoryId: '42',
      repositoryOwnerId: '7',
      ref: 'refs/pull/3/merge',
      eventName: 'pull_request'
    })
  })
  it('describes the scanned run on workflow_run', () => {
    const context = oidcContext(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      {},
      { event: 'push', head_branch: 'main' }
    )
    expect(context).toMatchObject({ ref: 'refs/heads/main', eventName: 'push' })
  })
})
