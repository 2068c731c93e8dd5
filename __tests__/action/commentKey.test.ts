import { commentKey } from '../../src/action/commentKey.js'
import { sameLogin } from '../../src/action/comments.js'

describe('commentKey', () => {
  it('keeps pull-request keys as before and separates other event families', () => {
    expect(commentKey('deploy', 'apply', { eventName: 'pull_request', jobIndex: '' })).toBe(
      'deploy/apply'
    )
    expect(commentKey('deploy', 'apply', { eventName: 'pull_request_target', jobIndex: '' })).toBe(
      'deploy/apply'
    )
    expect(commentKey('deploy', 'apply', { eventName: 'push', jobIndex: '' })).toBe(
      'push:deploy/apply'
    )
  })

  it('tells matrix legs apart by job index (leg 0 keeps the plain key)', () => {
    const key = (jobIndex: string) =>
      commentKey('d', 'apply', { eventName: 'pull_request', jobIndex })
    expect(new Set([key('0'), key('1'), key('2')]).size).toBe(3)
    expect(key('0')).toBe('d/apply')
  })
})

describe('sameLogin', () => {
  it('matches REST and GraphQL spellings of a bot, and nothing else', () => {
    expect(sameLogin('deploy-bot[bot]', 'deploy-bot')).toBe(true)
    expect(sameLogin('Deploy-Bot[bot]', 'deploy-bot[bot]')).toBe(true)
    expect(sameLogin('deploy-bot-2[bot]', 'deploy-bot')).toBe(false)
    expect(sameLogin(undefined, 'deploy-bot')).toBe(false)
  })
})
