import { createGitHubClient } from '../../src/source/githubClient.js'
import { failedJobs, listRunJobs, streamJobLog } from '../../src/source/jobLogs.js'
import {
  ACTIONS_TOKEN,
  OWNER,
  REPO,
  standardTokens,
  startGitHubServer,
  TEST_WRITE_SPACING,
  type GitHubServer
} from '../support/githubServer.js'
import { at } from '../support/at.js'

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
  standardTokens(server)
})
afterEach(() => server.close())

const client = () =>
  createGitHubClient(ACTIONS_TOKEN, {
    baseUrl: server.url,
    retryAfterBaseValue: 1,
    writeSpacingMs: TEST_WRITE_SPACING,
    throttleId: String(Math.random())
  })

describe('job logs', () => {
  it('lists the latest jobs of a run and keeps the failed ones', async () => {
    server.jobs.set(5, [
      { id: 1, name: 'build', status: 'completed', conclusion: 'success' },
      { id: 2, name: 'deploy (prod)', status: 'completed', conclusion: 'failure' },
      { id: 3, name: 'deploy (dev)', status: 'completed', conclusion: 'timed_out' },
      { id: 4, name: 'notify', status: 'completed', conclusion: 'skipped' }
    ])
    const jobs = await listRunJobs(client(), { owner: OWNER, repo: REPO, runId: 5 })
    expect(failedJobs(jobs).map((j) => j.name)).toEqual(['deploy (prod)', 'deploy (dev)'])
    expect(at(server.requests, 0).query.get('filter')).toBe('latest')
  })

  it('follows the redirect to the blob URL and streams the log byte-exact', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `2026-11-23T13:00:00.${i}Z line ${i} \u00e9\r\n`
    )
    const log = '\ufeff' + lines.join('')
    server.logs.set(2, log)
    const chunks: Buffer[] = []
    let ended = false
    const bytes = await streamJobLog(client(), { owner: OWNER, repo: REPO }, 2, {
      write: (chunk) => {
        chunks.push(Buffer.from(chunk))
      },
      end: () => {
        ended = true
      }
    })
    expect(Buffer.concat(chunks).equals(Buffer.from(log))).toBe(true)
    expect(bytes).toBe(Buffer.byteLength(log))
    expect(chunks.length).toBeGreaterThan(1)
    expect(ended).toBe(true)
    expect(server.requestsTo('GET', /^\/_blob\/job-logs\/2$/)).toHaveLength(1)
  })

  it('retries a 502 on the log request', async () => {
    server.logs.set(2, 'hello\n')
    server.faults.push({ method: 'GET', path: /\/actions\/jobs\/2\/logs$/, status: 502, times: 1 })
    const chunks: Buffer[] = []
    await streamJobLog(client(), { owner: OWNER, repo: REPO }, 2, {
      write: (chunk) => {
        chunks.push(Buffer.from(chunk))
      },
      end: () => undefined
    })
    expect(Buffer.concat(chunks).toString()).toBe('hello\n')
  })
})
