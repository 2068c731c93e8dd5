// PR comments against a loopback GitHub API, with the real @actions/github client.
import { publishComments } from '../../src/action/publishComments.js'
import { actionContext } from '../../src/action/context.js'
import { readInputs } from '../../src/action/inputs.js'
import { createGitHubClient } from '../../src/source/githubClient.js'
import type { ScanOutcome } from '../../src/action/scan.js'
import { commentMarker } from '../../src/report/index.js'
import type { Report } from '../../src/model/Report.js'
import {
  ACTIONS_TOKEN,
  OWNER,
  READ_ONLY_TOKEN,
  REPO,
  standardTokens,
  startGitHubServer,
  TEST_WRITE_SPACING,
  type GitHubServer
} from '../support/githubServer.js'
import { finding, report } from './fixtures.js'
import { recordingLogger } from './recordingLogger.js'
import { at } from '../support/at.js'

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

let server: GitHubServer
let clients = 0
beforeEach(async () => {
  server = await startGitHubServer()
  standardTokens(server)
})
afterEach(() => server.close())

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: SHA,
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'apply',
    GITHUB_RUN_ID: '77',
    GITHUB_SERVER_URL: 'https://github.test',
    INPUT_COMMENT: 'auto',
    ...extra
  }
}

async function publish(
  reports: { job: string | null; report: Report }[],
  opts: { env?: NodeJS.ProcessEnv; token?: string; payload?: object } = {}
) {
  const e = opts.env ?? env()
  const logger = recordingLogger()
  const client = createGitHubClient(opts.token ?? ACTIONS_TOKEN, {
    baseUrl: server.url,
    retryAfterBaseValue: 1,
    writeSpacingMs: TEST_WRITE_SPACING,
    throttleId: `test-${++clients}`
  })
  const ctx = actionContext(e, (opts.payload ?? { pull_request: { number: 12 } }) as never)
  const scan: ScanOutcome = {
    units: reports.map((r) => ({
      workflow: 'deploy',
      job: r.job,
      report: r.report,
      runUrl: ctx.runUrl
    })),
    exitCode: 1
  }
  const result = await publishComments(client, readInputs(e), ctx, e, scan, (r) => r, logger)
  return { ...result, logger }
}

const posts = () => server.requestsTo('POST', /\/issues\/\d+\/comments$/)
const patches = () => server.requestsTo('PATCH', /\/issues\/comments\/\d+$/)

describe('publishComments', () => {
  it('creates one comment, marked and authored by the bot, and returns its URL', async () => {
    const { commentUrl, logger } = await publish([{ job: null, report: report([finding(1)]) }])
    expect(server.comments).toHaveLength(1)
    const comment = at(server.comments)
    expect(comment.issue).toBe(12)
    expect(comment.user.login).toBe('github-actions[bot]')
    expect(comment.body.split('\n')[0]).toBe(commentMarker('deploy/apply'))
    expect(comment.body).toContain('bucket-1')
    expect(commentUrl).toBe(comment.html_url)
    expect(logger.warnings).toEqual([])
    // The token never leaves as anything but the Authorization header of API calls.
    expect(server.requests.every((r) => r.authorization === `token ${ACTIONS_TOKEN}`)).toBe(true)
  })

  it('updates its own comment in place on a re-run instead of posting a second one', async () => {
    await publish([{ job: null, report: report([finding(1)]) }])
    const { commentUrl } = await publish([{ job: null, report: report([finding(1), finding(2)]) }])
    expect(server.comments).toHaveLength(1)
    expect(posts()).toHaveLength(1)
    expect(patches()).toHaveLength(1)
    expect(at(server.comments, 0).body).toContain('bucket-2')
    expect(commentUrl).toBe(at(server.comments, 0).html_url)
  })

  it('does not touch the comment when nothing changed', async () => {
    await publish([{ job: null, report: report([finding(1)]) }])
    await publish([{ job: null, report: report([finding(1)]) }])
    expect(posts()).toHaveLength(1)
    expect(patches()).toHaveLength(0)
  })

  it('never takes over a comment by someone else that carries the same marker', async () => {
    const forged = server.addComment(
      12,
      `${commentMarker('deploy/apply')}\nI copied your marker`,
      'mallory',
      'User'
    )
    // And a bot comment that only quotes the marker further down is not ours either.
    const quoted = server.addComment(
      12,
      `Look:\n${commentMarker('deploy/apply')}`,
      'github-actions[bot]'
    )
    await publish([{ job: null, report: report([finding(1)]) }])
    expect(server.comments).toHaveLength(3)
    expect(forged.body).toBe(`${commentMarker('deploy/apply')}\nI copied your marker`)
    expect(quoted.body).toBe(`Look:\n${commentMarker('deploy/apply')}`)
    expect(patches()).toHaveLength(0)
  })

  it('marks its comment resolved when a later run is clean, and posts nothing if there was none', async () => {
    await publish([{ job: null, report: report([]) }])
    expect(server.comments).toHaveLength(0)
    expect(server.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toHaveLength(
      0
    )

    await publish([{ job: null, report: report([finding(1)]) }])
    await publish([{ job: null, report: report([]) }])
    expect(server.comments).toHaveLength(1)
    expect(at(at(server.comments).body.split('\n'))).toBe(commentMarker('deploy/apply'))
    expect(at(server.comments, 0).body).toMatch(/Resolved/)
    expect(at(server.comments, 0).body).not.toContain('bucket-1')
  })

  it('posts a comment even without findings when comment is always', async () => {
    await publish([{ job: null, report: report([]) }], { env: env({ INPUT_COMMENT: 'always' }) })
    expect(server.comments).toHaveLength(1)
    expect(at(server.comments, 0).body).toContain('No AWS authorization failures')
  })

  it('keeps one comment per matrix job', async () => {
    await publish([{ job: 'apply (prod)', report: report([finding(1)]) }])
    await publish([{ job: 'apply (dev)', report: report([finding(2)]) }])
    await publish([{ job: 'apply (prod)', report: report([finding(3)]) }])
    expect(server.comments).toHaveLength(2)
    const prod = server.comments.find((c) =>
      c.body.startsWith(commentMarker('deploy/apply (prod)'))
    )
    const dev = server.comments.find((c) => c.body.startsWith(commentMarker('deploy/apply (dev)')))
    expect(prod?.body).toContain('bucket-3')
    expect(dev?.body).toContain('bucket-2')
  })

  it('finds the matrix job name from the jobs API by runner name', async () => {
    server.jobs.set(77, [
      {
        id: 1,
        name: 'apply (dev)',
        status: 'in_progress',
        conclusion: null,
        runner_name: 'GitHub Actions 2'
      },
      {
        id: 2,
        name: 'apply (prod)',
        status: 'in_progress',
        conclusion: null,
        runner_name: 'GitHub Actions 5'
      }
    ])
    await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ RUNNER_NAME: 'GitHub Actions 5' })
    })
    expect(at(server.comments, 0).body.startsWith(commentMarker('deploy/apply (prod)'))).toBe(true)
  })

  it('prefers the job-name input', async () => {
    await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ 'INPUT_JOB-NAME': 'apply (eu-west-1)' })
    })
    expect(at(server.comments, 0).body.startsWith(commentMarker('deploy/apply (eu-west-1)'))).toBe(
      true
    )
  })

  it('warns, naming the permission, when the token may not comment (fork PR)', async () => {
    const { commentUrl, notes, logger } = await publish(
      [{ job: null, report: report([finding(1)]) }],
      {
        token: READ_ONLY_TOKEN
      }
    )
    expect(server.comments).toHaveLength(0)
    expect(commentUrl).toBe('')
    expect(logger.warnings).toHaveLength(1)
    expect(logger.warnings[0]).toContain('pull-requests: write')
    expect(logger.warnings[0]).toContain('403')
    expect(notes.join('\n')).toContain('pull-requests: write')
  })

  it('retries a 502 and succeeds', async () => {
    server.faults.push({ method: 'POST', path: /\/issues\/12\/comments$/, status: 502, times: 1 })
    const { logger } = await publish([{ job: null, report: report([finding(1)]) }])
    expect(posts()).toHaveLength(2)
    expect(server.comments).toHaveLength(1)
    expect(logger.warnings).toEqual([])
  })

  it('waits out a secondary rate limit and succeeds', async () => {
    // On a read: retried writes to comments are spaced 3 s apart by the plugin, too slow here.
    server.faults.push({
      method: 'GET',
      path: /\/issues\/12\/comments$/,
      status: 403,
      times: 1,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' }
    })
    const { logger } = await publish([{ job: null, report: report([finding(1)]) }])
    expect(server.requestsTo('GET', /\/issues\/12\/comments$/)).toHaveLength(2)
    expect(server.comments).toHaveLength(1)
    expect(logger.warnings).toEqual([])
  })

  it('cuts a long report to the 65,536-character limit with a note', async () => {
    const long = 'x'.repeat(1500)
    const findings = Array.from({ length: 200 }, (_, i) =>
      finding(i + 1, { explanation: `${long} ${i}`, title: `denied number ${i + 1}` })
    )
    const { logger } = await publish([{ job: null, report: report(findings) }])
    expect(logger.warnings).toEqual([])
    expect(server.comments).toHaveLength(1)
    const body = at(server.comments, 0).body
    expect(body.length).toBeLessThanOrEqual(65536)
    expect(body.length).toBeGreaterThan(30000)
    expect(body).toMatch(/not shown/)
  })

  it('finds the pull request of a push from its commit', async () => {
    server.pullsForCommit.set(SHA, [
      { number: 3, state: 'closed', head: { sha: SHA } },
      { number: 9, state: 'open', head: { sha: 'ffff' } },
      { number: 8, state: 'open', head: { sha: SHA } }
    ])
    await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ GITHUB_EVENT_NAME: 'push' }),
      payload: { after: SHA }
    })
    expect(server.requestsTo('GET', new RegExp(`/commits/${SHA}/pulls$`))).toHaveLength(1)
    expect(server.comments.map((c) => c.issue)).toEqual([8])
  })

  it('posts nothing on a push without a pull request, and nothing with comment: never', async () => {
    const { logger } = await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ GITHUB_EVENT_NAME: 'push' }),
      payload: {}
    })
    expect(server.comments).toHaveLength(0)
    expect(logger.warnings).toEqual([])
    await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ INPUT_COMMENT: 'never' })
    })
    expect(server.requests.filter((r) => r.path.includes('/issues/'))).toHaveLength(0)
  })

  it('comments on no pull request that merely contains the commit, and says so', async () => {
    server.pullsForCommit.set(SHA, [{ number: 9, state: 'open', head: { sha: 'ffff' } }])
    const { logger, notes } = await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ GITHUB_EVENT_NAME: 'push' }),
      payload: { after: SHA }
    })
    expect(server.comments).toHaveLength(0)
    expect(notes.join('\n')).toMatch(/no open pull request has this run's head commit/)
    expect(logger.warnings).toEqual([])
  })

  it('takes from a workflow run only a listed pull request whose head is the run’s head', async () => {
    const run = (pulls: object[]) => ({
      workflow_run: { id: 5, head_sha: SHA, head_branch: 'main', pull_requests: pulls }
    })
    await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ GITHUB_EVENT_NAME: 'workflow_run' }),
      payload: run([
        { number: 20, head: { sha: 'eeee', ref: 'main' } },
        { number: 21, head: { sha: SHA, ref: 'main' } }
      ])
    })
    expect(server.comments.map((c) => c.issue)).toEqual([21])
    server.comments.length = 0
    // Matched by branch only: not this run's pull request.
    await publish([{ job: null, report: report([finding(1)]) }], {
      env: env({ GITHUB_EVENT_NAME: 'workflow_run' }),
      payload: run([{ number: 20, head: { sha: 'eeee', ref: 'main' } }])
    })
    expect(server.comments).toEqual([])
  })

  it.each([
    [
      'x-ratelimit-remaining: 0',
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4102444800' }
    ],
    ['retry-after', { 'retry-after': '3600' }]
  ])('names a 403 with %s a rate limit, not a missing permission', async (_, headers) => {
    server.faults.push({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      times: Infinity,
      message: 'You have exceeded a secondary rate limit.',
      headers
    })
    const { logger, notes } = await publish([{ job: null, report: report([finding(1)]) }])
    expect(logger.warnings.join('\n')).toMatch(/rate limit/)
    expect(logger.warnings.join('\n')).not.toMatch(/pull-requests: write/)
    expect(notes.join('\n')).toMatch(/rate limit/)
  })

  describe('lifecycle (on-resolved, comment-position, minimised comments, stale runs)', () => {
    const HEAD_A = 'a'.repeat(40)
    const HEAD_B = 'b'.repeat(40)
    const onHead = (sha: string) => ({ pull_request: { number: 12, head: { sha } } })
    const deletes = () => server.requestsTo('DELETE', /\/issues\/comments\/\d+$/)
    const minimizes = () =>
      server
        .requestsTo('POST', /^\/graphql$/)
        .filter((r) => /minimizeComment/.test(String((r.body as { query: string }).query)))

    it('by default edits a resolved comment to say what was fixed at which commit, then folds it as RESOLVED', async () => {
      server.pulls.set(12, { number: 12, state: 'open', head: { sha: HEAD_A } })
      await publish([{ job: null, report: report([finding(1)]) }], { payload: onHead(HEAD_A) })
      expect(at(server.comments).body).toContain('at commit `aaaaaaa`')
      server.pulls.set(12, { number: 12, state: 'open', head: { sha: HEAD_B } })
      const { commentId } = await publish([{ job: null, report: report([]) }], {
        payload: onHead(HEAD_B)
      })
      const comment = at(server.comments)
      expect(comment.body).toContain('Resolved at commit `bbbbbbb`')
      expect(comment.body).toMatch(/Fixed: `s3:PutObject`/)
      expect(comment).toMatchObject({ isMinimized: true, minimizedReason: 'resolved' })
      expect(commentId).toBe(String(comment.id))
      // A third clean run changes nothing: no edit, no second minimise.
      await publish([{ job: null, report: report([]) }], { payload: onHead(HEAD_B) })
      expect(patches()).toHaveLength(1)
      expect(minimizes()).toHaveLength(1)
    })

    it('on-resolved: delete removes the comment; update only edits it', async () => {
      await publish([{ job: null, report: report([finding(1)]) }])
      await publish([{ job: null, report: report([]) }], {
        env: env({ 'INPUT_ON-RESOLVED': 'delete' })
      })
      expect(server.comments).toEqual([])
      expect(deletes()).toHaveLength(1)

      await publish([{ job: null, report: report([finding(1)]) }])
      await publish([{ job: null, report: report([]) }], {
        env: env({ 'INPUT_ON-RESOLVED': 'update' })
      })
      expect(at(server.comments).body).toMatch(/Resolved/)
      expect(at(server.comments).isMinimized).toBe(false)
      expect(minimizes()).toHaveLength(0)
    })

    it('comment-position: recreate posts changed findings at the bottom and deletes the old comment', async () => {
      const recreate = env({ 'INPUT_COMMENT-POSITION': 'recreate' })
      await publish([{ job: null, report: report([finding(1)]) }], { env: recreate })
      const first = at(server.comments).id
      server.addComment(12, 'a reviewer speaks', 'octocat', 'User')
      await publish([{ job: null, report: report([finding(1), finding(2)]) }], { env: recreate })
      expect(server.comments.map((c) => c.user.login)).toEqual(['octocat', 'github-actions[bot]'])
      expect(at(server.comments, 1).id).not.toBe(first)
      expect(at(server.comments, 1).body).toContain('bucket-2')
      // Unchanged findings keep the comment where it is.
      await publish([{ job: null, report: report([finding(1), finding(2)]) }], { env: recreate })
      expect(deletes()).toHaveLength(1)
    })

    it('never edits a comment a person minimised: new findings get a new comment', async () => {
      await publish([{ job: null, report: report([finding(1)]) }])
      const folded = at(server.comments)
      folded.isMinimized = true
      folded.minimizedReason = 'outdated'
      const before = folded.body
      await publish([{ job: null, report: report([finding(2)]) }])
      expect(server.comments).toHaveLength(2)
      expect(folded.body).toBe(before)
      expect(at(server.comments, 1).body).toContain('bucket-2')
      // Nor is it edited to "resolved" by a clean run.
      server.comments.splice(1, 1)
      await publish([{ job: null, report: report([]) }])
      expect(folded.body).toBe(before)
      expect(patches()).toHaveLength(0)
    })

    it('leaves the comment alone when the pull request has moved past the commit this run tested', async () => {
      server.pulls.set(12, { number: 12, state: 'open', head: { sha: HEAD_B } })
      await publish([{ job: null, report: report([]) }], { payload: onHead(HEAD_B) })
      await publish([{ job: null, report: report([finding(1)]) }], { payload: onHead(HEAD_B) })
      const newer = at(server.comments).body
      // The run of the older commit A finishes last, with other findings.
      const { notes, commentUrl } = await publish([{ job: null, report: report([finding(2)]) }], {
        payload: onHead(HEAD_A)
      })
      expect(at(server.comments).body).toBe(newer)
      expect(commentUrl).toBe('')
      expect(notes.join('\n')).toContain(
        "this run tested `aaaaaaa`, but the pull request's head is now `bbbbbbb`"
      )
    })
  })
})
