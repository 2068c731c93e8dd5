import {
  oidcContextFromEnv,
  subjectPrefixOf,
  withJobClaims,
  withRepositoryClaims
} from '../../src/remedy/oidcContext.js'
import { oidcSubjects } from '../../src/remedy/oidcSubject.js'

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

describe('token claims', () => {
  const claims = {
    sub: 'repo:octo-org/octo-repo:environment:prod',
    environment: 'prod',
    ref: 'refs/heads/main',
    repository: 'octo-org/octo-repo',
    eventName: 'push'
  }

  it('the subject prefix is what precedes the context part the claims predict', () => {
    expect(subjectPrefixOf(claims)).toBe('repo:octo-org/octo-repo')
    expect(subjectPrefixOf({ ...claims, sub: 'repo:octo@1/app@2:environment:prod' })).toBe(
      'repo:octo@1/app@2'
    )
    expect(subjectPrefixOf({ sub: 'repo:o/r:ref:refs/heads/main', ref: 'refs/heads/main' })).toBe(
      'repo:o/r'
    )
    expect(subjectPrefixOf({ sub: 'repo:o/r:pull_request', eventName: 'pull_request' })).toBe(
      'repo:o/r'
    )
  })

  it('a template that does not end with the default context part gives no prefix', () => {
    expect(
      subjectPrefixOf({ ...claims, sub: 'repo:o/r:environment:prod:job_workflow_ref:x' })
    ).toBeUndefined()
    expect(subjectPrefixOf({ ...claims, sub: undefined })).toBeUndefined()
    expect(subjectPrefixOf({ sub: 'repo:o/r:ref:x' })).toBeUndefined()
  })

  it("this job: the token's subject and environment win", () => {
    const ctx = withJobClaims(
      oidcContextFromEnv({ GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_REF: 'refs/heads/dev' }),
      claims
    )
    expect(ctx).toMatchObject({ environment: 'prod', ref: 'refs/heads/main', subject: claims.sub })
    expect(oidcSubjects(ctx).subjects).toEqual([claims.sub])
  })

  it('another run: only the repository prefix carries over', () => {
    const base = { repository: 'octo-org/octo-repo', ref: 'refs/heads/feature', eventName: 'push' }
    const ctx = withRepositoryClaims(base, {
      ...claims,
      sub: 'repo:octo-org@1/octo-repo@2:environment:prod'
    })
    expect(ctx).toEqual({ ...base, subjectPrefix: 'repo:octo-org@1/octo-repo@2' })
    expect(oidcSubjects(ctx).subjects).toEqual([
      'repo:octo-org@1/octo-repo@2:ref:refs/heads/feature'
    ])
  })
})
