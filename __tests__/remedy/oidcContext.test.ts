import { oidcContextFromEnv } from '../../src/remedy/oidcContext.js'

describe('oidcContextFromEnv', () => {
  it('is undefined outside GitHub Actions', () => {
    expect(oidcContextFromEnv({})).toBeUndefined()
    expect(oidcContextFromEnv({ GITHUB_REF: 'refs/heads/main' })).toBeUndefined()
  })

  it("reads the run's repository, ids, ref and event", () => {
    expect(
      oidcContextFromEnv({
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_REPOSITORY_OWNER_ID: '123456',
        GITHUB_REPOSITORY_ID: '456789',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push'
      })
    ).toEqual({
      repository: 'octo-org/octo-repo',
      repositoryOwnerId: '123456',
      repositoryId: '456789',
      ref: 'refs/heads/main',
      eventName: 'push'
    })
  })

  it('treats empty variables as absent', () => {
    expect(
      oidcContextFromEnv({ GITHUB_REPOSITORY: 'o/r', GITHUB_REF: '', GITHUB_REPOSITORY_ID: '' })
    ).toEqual({
      repository: 'o/r',
      repositoryOwnerId: undefined,
      repositoryId: undefined,
      ref: undefined,
      eventName: undefined
    })
  })
})
