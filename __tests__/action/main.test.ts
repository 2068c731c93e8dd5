// The Action's orchestration end to end in-process: real engine, real child processes, the real
// @actions/github client against the loopback GitHub server; only the runner's core is recorded.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run, type ActionDeps } from '../../src/action/main.js'
import { createGitHubClient } from '../../src/source/githubClient.js'
import type { Writer } from '../../src/source/runCommand.js'
import { Analysis as RealAnalysis, type Analysis } from '../../src/engine/Analysis.js'
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
import { recordingLogger } from './recordingLogger.js'
import { commentMarker } from '../../src/report/index.js'
import { decodedReply, startStsServer } from '../support/stsServer.js'
import { REQUEST_TOKEN, startIdTokenServer, type IdTokenServer } from '../support/idTokenServer.js'
import { at } from '../support/at.js'
import { STEPS, jobLine, jobLog } from '../fixtures/joblogs/steps.js'
import { corpusText } from '../support/corpusRecords.js'

/** The whole encoded message of corpus record d008 (dev.classmethod.jp); whole blobs run to hundreds of characters. */
const D008_BLOB = corpusText('dev.jsonl', 'd008').split('failure message: ')[1]!.trim()

// Corpus record d149 (source: github-file:find_string#42862062674).
const DENIAL =
  'upload failed: ./dump.sql.gz to s3://orion-island-dumps/dump.sql.gz An error occurred (AccessDenied) when calling the CreateMultipartUpload operation: User: arn:aws:iam::017881044583:user/place-3859 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::orion-island-dumps/3859_2025-01-16_dump.sql.gz" because no identity-based policy allows the s3:PutObject action.'
const ACCOUNT = '017881044583'
const SHA = '0123456789abcdef0123456789abcdef01234567'

let server: GitHubServer
let dir: string
let clients = 0
beforeEach(async () => {
  server = await startGitHubServer()
  standardTokens(server)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-action-'))
  fs.writeFileSync(path.join(dir, 'denial.txt'), DENIAL + '\n')
})
afterEach(async () => {
  await server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

function collector(): Writer & { text: () => string } {
  const chunks: Buffer[] = []
  return {
    write: (chunk) => {
      chunks.push(Buffer.from(chunk))
      return true
    },
    text: () => Buffer.concat(chunks).toString()
  }
}

function setup(
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  extraEnv = {}
) {
  const eventPath = path.join(dir, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(event.payload))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: SHA,
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'apply',
    GITHUB_RUN_ID: '4242',
    GITHUB_REF: 'refs/pull/12/merge',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': ACTIONS_TOKEN,
    INPUT_DECODE: 'false',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv
  }
  const logger = recordingLogger()
  const stdout = collector()
  const stderr = collector()
  const deps: ActionDeps = {
    env,
    logger,
    createClient: (token) =>
      createGitHubClient(token, {
        baseUrl: server.url,
        retryAfterBaseValue: 1,
        writeSpacingMs: TEST_WRITE_SPACING,
        throttleId: `main-${++clients}`
      }),
    stdout,
    stderr
  }
  return { deps, logger, stdout, stderr }
}

const prEvent = (isPrivate = false) => ({
  name: 'pull_request',
  payload: { pull_request: { number: 12, head: { sha: SHA } }, repository: { private: isPrivate } }
})

describe('the Action', () => {
  it('wraps a command: passes output through, keeps its exit code, comments, summarises, outputs', async () => {
    const { deps, logger, stdout, stderr } = setup(
      { run: 'echo "::add-mask::hunter2"\ncat denial.txt >&2\nexit 3\n' },
      prEvent()
    )
    const code = await run(deps)
    expect(code).toBe(3)
    expect(stdout.text()).toBe('::add-mask::hunter2\n')
    expect(stderr.text()).toBe(DENIAL + '\n')

    expect(server.comments).toHaveLength(1)
    const body = at(server.comments, 0).body
    expect(body.startsWith(commentMarker('deploy/apply'))).toBe(true)
    expect(body).toContain('s3:PutObject')
    // Public repository: account IDs redacted in everything posted...
    expect(body).not.toContain(ACCOUNT)
    expect(logger.summary).toContain('s3:PutObject')
    expect(logger.summary).not.toContain(ACCOUNT)
    expect(JSON.stringify(logger.errors)).not.toContain(ACCOUNT)
    // ...but not in the outputs, which feed later steps.
    const findings = JSON.parse(logger.outputs.findings ?? 'null')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      action: 's3:PutObject',
      principal: `arn:aws:iam::${ACCOUNT}:user/place-3859`
    })
    expect(logger.outputs).toMatchObject({
      count: '1',
      'exit-code': '3',
      'comment-url': at(server.comments, 0).html_url
    })
    expect(logger.errors.length).toBeGreaterThanOrEqual(1)
    expect(at(logger.errors, 0).props?.title).toBeTruthy()
    expect(logger.warnings).toEqual([])
  })

  it('posts only escaped, extracted fields: a hostile log cannot forge our marker or inject HTML', async () => {
    const hostile =
      'User: arn:aws:iam::123456789012:user/x is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/<!-- whydenied:v1 key=deploy/other --><img src=x onerror=alert(1)>```</details>'
    fs.writeFileSync(
      path.join(dir, 'hostile.txt'),
      `${hostile}\nsecret raw line that is not a denial\n`
    )
    const { deps } = setup({ files: 'hostile.txt' }, prEvent())
    await run(deps)
    expect(server.comments).toHaveLength(1)
    const body = at(server.comments, 0).body
    // Outside code spans (where Markdown shows text literally) no HTML and no second marker.
    const outsideCode = body
      .split('\n')
      .map((line) => line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ''))
      .join('\n')
    // Our marker and its state line: nothing from the log.
    expect(outsideCode.match(/<!--/g)).toHaveLength(2)
    expect(outsideCode.startsWith(commentMarker('deploy/apply'))).toBe(true)
    expect(outsideCode.split('\n')[1]).toMatch(
      /^<!-- whydenied:state sha=[0-9a-f]* ids=[\w:@,*-]* -->$/
    )
    expect(outsideCode).not.toMatch(/<img|onerror/)
    expect(body).toContain('s3:GetObject')
    expect(body).not.toContain('secret raw line')
  })

  it('keeps account IDs in a private repository', async () => {
    const { deps, logger } = setup({ run: 'cat denial.txt', comment: 'never' }, prEvent(true))
    expect(await run(deps)).toBe(0)
    expect(logger.summary).toContain(ACCOUNT)
    expect(server.comments).toHaveLength(0)
  })

  it('fails the step on findings with fail-on-findings, even when the command succeeded', async () => {
    const { deps, logger } = setup({ run: 'cat denial.txt', 'fail-on-findings': 'true' }, prEvent())
    expect(await run(deps)).toBe(1)
    expect(logger.outputs['exit-code']).toBe('0')
    expect(logger.errors.some((e) => e.message.includes('fail-on-findings'))).toBe(true)
  })

  it('scans files, and names a missing one clearly', async () => {
    const ok = setup({ files: 'denial.txt' }, { name: 'push', payload: {} })
    expect(await run(ok.deps)).toBe(0)
    expect(ok.logger.outputs.count).toBe('1')
    expect(ok.logger.outputs['exit-code']).toBeUndefined()

    const missing = setup({ files: 'nope.log' }, { name: 'push', payload: {} })
    expect(await run(missing.deps)).toBe(1)
    expect(at(missing.logger.errors, 0).message).toContain('nope.log')
  })

  it('still writes the summary, with a warning naming the permission, when it may not comment', async () => {
    const { deps, logger } = setup(
      { run: 'cat denial.txt', 'github-token': READ_ONLY_TOKEN },
      prEvent()
    )
    expect(await run(deps)).toBe(0)
    expect(server.comments).toHaveLength(0)
    expect(logger.warnings.join('\n')).toContain('pull-requests: write')
    expect(logger.summary).toContain('s3:PutObject')
    expect(logger.summary).toContain('pull-requests: write')
  })

  it('never lets an internal failure change the command result', async () => {
    const { deps, stdout, logger } = setup({ run: 'echo hello; exit 4' }, prEvent())
    deps.createAnalysis = () =>
      ({
        source: () => ({
          write: () => {
            throw new Error('engine bug')
          },
          end: () => undefined
        }),
        report: () => {
          throw new Error('engine bug again')
        }
      }) as unknown as Analysis
    expect(await run(deps)).toBe(4)
    expect(stdout.text()).toBe('hello\n')
    expect(logger.warnings.join('\n')).toContain('engine bug')

    // An engine that cannot even start: the command still runs, unwatched.
    const unstarted = setup({ run: 'echo still here; exit 6' }, prEvent())
    unstarted.deps.createAnalysis = () => {
      throw new Error('no engine')
    }
    expect(await run(unstarted.deps)).toBe(6)
    expect(unstarted.stdout.text()).toBe('still here\n')
    expect(unstarted.logger.warnings.join('\n')).toContain('no engine')
  })

  it('runs in working-directory with the chosen shell, and rejects bad inputs before running', async () => {
    fs.mkdirSync(path.join(dir, 'sub'))
    const { deps, stdout } = setup(
      { run: 'pwd; echo "$0" | grep -c whydenied', shell: 'sh', 'working-directory': 'sub' },
      prEvent()
    )
    expect(await run(deps)).toBe(0)
    expect(stdout.text()).toBe(`${fs.realpathSync(path.join(dir, 'sub'))}\n1\n`)

    const bad = setup({ run: 'echo never', comment: 'sometimes' }, prEvent())
    expect(await run(bad.deps)).toBe(1)
    expect(bad.stdout.text()).toBe('')
    expect(at(bad.logger.errors, 0).message).toContain('auto, always, never')

    const nothing = setup({}, prEvent())
    expect(await run(nothing.deps)).toBe(1)
    expect(at(nothing.logger.errors, 0).message).toMatch(/nothing to scan/)
  })

  it('does not pass its inputs (the token) to the wrapped command', async () => {
    const { deps, stdout } = setup({ run: 'env | grep -c "^INPUT_" || true' }, prEvent())
    await run(deps)
    expect(stdout.text()).toBe('0\n')
  })

  it("on workflow_run, downloads the failed jobs' logs, comments on the PR and resolves clean jobs", async () => {
    server.jobs.set(900, [
      {
        id: 1,
        name: 'apply (prod)',
        status: 'completed',
        conclusion: 'failure',
        html_url: 'https://github.test/job/1'
      },
      { id: 2, name: 'apply (dev)', status: 'completed', conclusion: 'success' },
      { id: 3, name: 'lint', status: 'completed', conclusion: 'skipped' }
    ])
    server.logs.set(
      1,
      `2026-11-23T10:00:00.0000000Z ${DENIAL}\n2026-11-23T10:00:00.1000000Z ##[error]Process completed with exit code 1.\n`
    )
    server.pullsForCommit.set(SHA, [{ number: 31, state: 'open', head: { sha: SHA } }])
    // An earlier comment for the dev leg, now clean, must be marked resolved.
    server.addComment(
      31,
      `${commentMarker('deploy/apply (dev)')}\nold findings`,
      'github-actions[bot]'
    )
    const { deps, logger } = setup(
      {},
      {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            id: 900,
            name: 'deploy',
            event: 'pull_request',
            head_sha: SHA,
            head_branch: 'feature',
            pull_requests: []
          },
          repository: { private: false }
        }
      },
      { GITHUB_WORKFLOW: 'whydenied comments' }
    )
    expect(await run(deps)).toBe(0)
    expect(server.requestsTo('GET', /^\/_blob\/job-logs\/1$/)).toHaveLength(1)
    expect(server.requestsTo('GET', /\/actions\/jobs\/2\/logs$/)).toHaveLength(0)
    const prod = server.comments.find((c) =>
      c.body.startsWith(commentMarker('deploy/apply (prod)'))
    )
    const dev = server.comments.find((c) => c.body.startsWith(commentMarker('deploy/apply (dev)')))
    expect(prod?.issue).toBe(31)
    expect(prod?.body).toContain('s3:PutObject')
    expect(dev?.body).toMatch(/Resolved/)
    expect(server.comments).toHaveLength(2)
    expect(logger.outputs.count).toBe('1')
    expect(logger.summary).toContain('s3:PutObject')
    // Annotations for another run's jobs carry no file location.
    expect(at(logger.errors, 0).props?.file).toBeUndefined()
  })

  it('on workflow_run, "Where" links to the log line in its step, or to the job when steps are unknown', async () => {
    const page = (job: number) => `https://github.test/${OWNER}/${REPO}/actions/runs/901/job/${job}`
    server.jobs.set(901, [
      {
        id: 11,
        name: 'upload',
        status: 'completed',
        conclusion: 'failure',
        html_url: page(11),
        steps: STEPS
      },
      {
        id: 12,
        name: 'upload (old runner)',
        status: 'completed',
        conclusion: 'failure',
        html_url: page(12)
      }
    ])
    server.logs.set(11, jobLog())
    server.logs.set(12, jobLog())
    server.pullsForCommit.set(SHA, [{ number: 32, state: 'open', head: { sha: SHA } }])
    const { deps } = setup(
      {},
      {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            id: 901,
            name: 'deploy',
            event: 'pull_request',
            head_sha: SHA,
            head_branch: 'feature',
            pull_requests: []
          },
          repository: { private: false }
        }
      }
    )
    expect(await run(deps)).toBe(0)
    const body = (job: string) =>
      server.comments.find((c) => c.body.startsWith(commentMarker(`deploy/${job}`)))?.body ?? ''
    // The denial is the fifth line of step 4 (jobLine counts it from the fixture's layout).
    expect(jobLine(4, 5)).toBe(22)
    expect(body('upload')).toContain(`](${page(11)}#step:4:5)`)
    expect(body('upload (old runner)')).toContain(`](${page(12)})`)
    expect(body('upload (old runner)')).not.toContain('#step:')
  })

  it('decodes an encoded message with STS when AWS credentials are present, and not when decode is false', async () => {
    // Corpus record d008 (source: https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/).
    const blob = D008_BLOB
    fs.writeFileSync(
      path.join(dir, 'ec2.txt'),
      `An error occurred (UnauthorizedOperation) when calling the TerminateInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}\n`
    )
    const credentials = {
      accessKeyId: 'AKIDWHYDENIEDACTION',
      secretAccessKey: 'action/test/secret'
    }
    const sts = await startStsServer(credentials, () =>
      decodedReply({
        allowed: false,
        explicitDeny: false,
        matchedStatements: { items: [] },
        failures: { items: [] },
        context: {
          principal: {
            id: 'AROAEXAMPLE:gha',
            arn: 'arn:aws:sts::111122223333:assumed-role/deploy/gha'
          },
          action: 'ec2:TerminateInstances',
          resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc1234',
          conditions: { items: [] }
        }
      })
    )
    try {
      const aws = {
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_STS: sts.endpoint
      }
      const off = setup({ files: 'ec2.txt', comment: 'never' }, prEvent(true), aws)
      await run(off.deps)
      // GetCallerIdentity may name the job (issue 13); no message is decoded.
      const decodes = () => sts.calls.filter((c) => c.action === 'DecodeAuthorizationMessage')
      expect(decodes()).toHaveLength(0)

      const on = setup({ files: 'ec2.txt', comment: 'never', decode: 'true' }, prEvent(true), aws)
      await run(on.deps)
      expect(decodes().map((c) => c.encodedMessage)).toEqual([blob])
      expect(on.logger.summary).toContain('ec2:TerminateInstances')
    } finally {
      await sts.close()
    }
  })

  it('never reports an engine failure as an all-clear: error, summary, no count, fail-on-findings fails', async () => {
    const { deps, logger, stdout } = setup(
      { run: 'echo "deploying"\ncat denial.txt >&2\n', 'fail-on-findings': 'true' },
      prEvent()
    )
    // The engine breaks on its first bytes; the command must not notice.
    deps.createAnalysis = () => {
      const analysis = new RealAnalysis()
      const source = analysis.source.bind(analysis)
      analysis.source = (name) => {
        const inner = source(name)
        return {
          write: () => {
            throw new Error('engine broke')
          },
          end: () => inner.end()
        }
      }
      return analysis
    }
    const code = await run(deps)
    expect(stdout.text()).toBe('deploying\n')
    expect(code).toBe(1)
    expect(logger.errors.map((e) => e.message).join('\n')).toMatch(/not an all-clear/)
    expect(logger.summary).toMatch(/not an all-clear/)
    expect(logger.outputs.count).toBeUndefined()
    expect(logger.infos.join('\n')).not.toMatch(/no AWS authorization failures found/)
  })

  it('stops waiting for a stalled GitHub API within its budget; the local report is already written', async () => {
    // The first request of a comment (who the token is) never answers.
    server.faults.push({ method: 'GET', path: /^\/user$/, status: 0, times: 1, stall: true })
    const { deps, logger } = setup({ run: 'cat denial.txt >&2\nexit 2\n' }, prEvent())
    // Long enough for the client to load and send its first request on a loaded two-core runner
    // (300 ms was not: the budget ran out before `GET /user` left), short against the real budget.
    deps.publishBudgetMs = 2000
    const code = await run(deps)
    expect(code).toBe(2)
    expect(server.requestsTo('GET', /^\/user$/)).toHaveLength(1)
    expect(server.comments).toEqual([])
    expect(logger.warnings.join('\n')).toMatch(/stopped waiting for the GitHub API/)
    expect(logger.summary).toContain('s3:PutObject')
    expect(logger.summary).toMatch(/did not answer in time/)
    expect(logger.outputs).toMatchObject({ count: '1', 'exit-code': '2', 'comment-url': '' })
  })
})

describe('fail closed', () => {
  const PAT = 'personal-token'
  const marker = () => commentMarker('deploy/apply')

  /** A personal token whose earlier comment is on the PR: the author must be known to find it. */
  function withOwnComment() {
    server.tokens.set(PAT, {
      login: 'octo-dev',
      type: 'User',
      installation: false,
      canComment: true
    })
    server.addComment(12, `${marker()}\nold report`, 'octo-dev', 'User')
    return setup({ run: 'cat denial.txt', 'github-token': PAT }, prEvent())
  }

  it('control: with GET /user answering, the own comment is updated, not doubled', async () => {
    const { deps } = withOwnComment()
    expect(await run(deps)).toBe(0)
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.body).toContain('s3:PutObject')
  })

  it.each([
    ['a 5xx', { status: 502 }],
    ['a dropped connection', { status: 0, drop: true }]
  ])('GET /user failing with %s posts no second comment', async (_name, fault) => {
    const { deps, logger } = withOwnComment()
    server.faults.push({ method: 'GET', path: /^\/user$/, times: Infinity, ...fault })
    expect(await run(deps)).toBe(0)
    expect(server.requestsTo('POST', /\/comments$/)).toHaveLength(0)
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.body).toContain('old report')
    expect(logger.warnings.join('\n')).toContain('cannot tell who the token comments as')
    expect(logger.summary).toContain('No pull request comment')
    // The report still reaches the job summary.
    expect(logger.summary).toContain('s3:PutObject')
  })

  it('an exception while reporting fails the step under fail-on-findings, and says why', async () => {
    const { deps, logger } = setup(
      { run: 'cat denial.txt', 'fail-on-findings': 'true', comment: 'never' },
      prEvent()
    )
    // What @actions/core does when GITHUB_OUTPUT names a missing file.
    logger.setOutput = () => {
      throw new Error('Unable to find environment variable for file command OUTPUT')
    }
    expect(await run(deps)).toBe(1)
    const errors = logger.errors.map((e) => e.message).join('\n')
    expect(errors).toMatch(/fail-on-findings\): reporting failed \(Unable to find .*\).* 1 AWS/)
  })

  it('without fail-on-findings the same exception keeps the command result', async () => {
    const { deps, logger } = setup({ run: 'cat denial.txt; exit 5', comment: 'never' }, prEvent())
    logger.setOutput = () => {
      throw new Error('output file gone')
    }
    expect(await run(deps)).toBe(5)
    // Issue 11: an internal failure is an error annotation, never a quiet all-clear.
    expect(logger.errors.map((e) => e.message).join('\n')).toContain(
      'failed while reporting, so findings are unknown: output file gone'
    )
  })

  // Corpus d088 (source: https://github.com/miquella/vaulted/issues/107): a credentials problem,
  // not an authorization failure, and the log lines must not call it one.
  const EXPIRED =
    'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'

  it('names a credentials problem as one in its log lines, and each kind in a mixed count', async () => {
    fs.writeFileSync(path.join(dir, 'expired.txt'), EXPIRED + '\n')
    const alone = setup(
      { run: 'cat expired.txt', 'fail-on-findings': 'true', comment: 'never' },
      prEvent()
    )
    expect(await run(alone.deps)).toBe(1)
    expect(alone.logger.infos).toContain(
      'whydenied: 1 AWS credentials problem found; see the job summary.'
    )
    expect(alone.logger.errors.map((e) => e.message)).toContain(
      'whydenied: failing the step (fail-on-findings): 1 AWS credentials problem found.'
    )
    expect(alone.logger.infos.join('\n')).not.toContain('authorization failure')

    const mixed = setup({ run: 'cat denial.txt expired.txt', comment: 'never' }, prEvent())
    expect(await run(mixed.deps)).toBe(0)
    expect(mixed.logger.infos).toContain('whydenied: 2 AWS errors found; see the job summary.')

    const denial = setup({ run: 'cat denial.txt', comment: 'never' }, prEvent())
    await run(denial.deps)
    expect(denial.logger.infos).toContain(
      'whydenied: 1 AWS authorization failure found; see the job summary.'
    )
  })

  it('an analysis that failed is not a pass under fail-on-findings', async () => {
    const { deps, logger } = setup(
      { run: 'cat denial.txt', 'fail-on-findings': 'true', comment: 'never' },
      prEvent()
    )
    deps.createAnalysis = () => {
      throw new Error('no engine')
    }
    expect(await run(deps)).toBe(1)
    expect(logger.errors.map((e) => e.message).join('\n')).toContain('could not be analysed')
  })
})

describe("the OIDC trust fix follows the job's own token", () => {
  // Corpus d025 (source: https://github.com/aws-actions/configure-aws-credentials/issues/961).
  const OIDC_REFUSAL =
    'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
  const push = { name: 'push', payload: {} }
  const claims = {
    sub: `repo:${OWNER}/${REPO}:environment:production`,
    environment: 'production',
    ref: 'refs/heads/main',
    repository: `${OWNER}/${REPO}`,
    repository_id: '456789',
    repository_owner_id: '123456',
    event_name: 'push'
  }
  let tokens: IdTokenServer
  beforeEach(async () => {
    tokens = await startIdTokenServer(claims)
  })
  afterEach(async () => {
    await tokens.close()
  })

  const oidcJob = (extraEnv: NodeJS.ProcessEnv = {}, script = `echo '${OIDC_REFUSAL}' >&2`) =>
    setup({ run: script, comment: 'never' }, push, {
      GITHUB_REF: 'refs/heads/main',
      ...extraEnv
    })

  it('a job with environment: gets the environment subject, not a ref one', async () => {
    const { deps, logger } = oidcJob(tokens.env())
    expect(await run(deps)).toBe(0)
    expect(logger.summary).toContain(`repo:${OWNER}/${REPO}:environment:production`)
    expect(logger.summary).not.toContain(':ref:refs/heads/main')
    expect(tokens.requests).toHaveLength(1)
    expect(tokens.requests[0]?.url).toContain('audience=sts.amazonaws.com')
    // The token and the runner's request token are never written anywhere.
    const written = [logger.summary, ...Object.values(logger.outputs), ...logger.warnings]
    for (const secret of [tokens.issued ?? 'unset', REQUEST_TOKEN]) {
      for (const text of written) expect(text).not.toContain(secret)
    }
  })

  it('control: without the token endpoint the variables give a ref subject', async () => {
    const { deps, logger } = oidcJob()
    expect(await run(deps)).toBe(0)
    expect(logger.summary).toContain(`repo:${OWNER}/${REPO}:ref:refs/heads/main`)
    expect(logger.summary).not.toContain(':environment:production')
  })

  it('a customised subject template is proposed exactly as the token carries it', async () => {
    const custom = `repo:${OWNER}/${REPO}:environment:production:job_workflow_ref:${OWNER}/${REPO}/.github/workflows/deploy.yml@refs/heads/main`
    tokens.claims = { ...claims, sub: custom }
    const { deps, logger } = oidcJob(tokens.env())
    expect(await run(deps)).toBe(0)
    expect(logger.summary).toContain(custom)
  })

  it('a failing token endpoint falls back to the variables and changes nothing else', async () => {
    tokens.failWith = 500
    const { deps, logger } = oidcJob(tokens.env(), `echo '${OIDC_REFUSAL}' >&2; exit 7`)
    expect(await run(deps)).toBe(7)
    expect(logger.summary).toContain(`repo:${OWNER}/${REPO}:ref:refs/heads/main`)
  })

  it('no token is asked for when nothing needs the OIDC context', async () => {
    const { deps, logger } = oidcJob(tokens.env(), 'cat denial.txt')
    expect(await run(deps)).toBe(0)
    expect(logger.summary).toContain('s3:PutObject')
    expect(tokens.requests).toHaveLength(0)
  })
})

describe('long streams go to the scan worker, paced (memory bounded, docs/benchmarks.md)', () => {
  // The worker's bundle (run `npm run build` first), as workerStream.test.ts uses it.
  const WORKER = new URL('../../dist/scanWorker.js', import.meta.url)
  // 6 MiB of build noise with the denial twice: past the 4 MiB a stream is held before the worker
  // starts (STREAM_HOLD_BYTES), so the bytes after that reach the engine only through the worker.
  const LONG = `for i in $(seq 1 90000); do echo "step $i: compiling module-$i of the frontend bundle"; done; cat denial.txt; for i in $(seq 1 10000); do echo "step $i done"; done; cat denial.txt >&2; exit 7`

  it('a long wrapped output gives the report the in-thread scan gives, and keeps the exit code', async () => {
    expect(fs.existsSync(WORKER)).toBe(true)
    const reports: string[] = []
    for (const workerScript of [WORKER, null]) {
      const { deps, logger, stdout } = setup({ run: LONG, comment: 'never' }, prEvent())
      deps.workerScript = workerScript
      expect(await run(deps)).toBe(7)
      expect(stdout.text().length).toBeGreaterThan(4 * 1024 * 1024)
      expect(logger.warnings.join('\n')).not.toMatch(/could not analyse/)
      expect(logger.outputs.count).toBe('1')
      reports.push(logger.outputs.findings!)
    }
    expect(JSON.parse(reports[0]!)).toEqual(JSON.parse(reports[1]!))
    expect(reports[0]).toContain('s3:PutObject')
  })

  it('a worker that fails mid-stream is a warning and no all-clear; the command result stands', async () => {
    const broken = path.join(dir, 'broken-worker.mjs')
    fs.writeFileSync(broken, 'throw new Error("worker broke")\n')
    const { deps, logger } = setup({ run: LONG, comment: 'never' }, prEvent())
    deps.workerScript = new URL(`file://${broken}`)
    expect(await run(deps)).toBe(7)
    expect(logger.warnings.join('\n')).toMatch(/the scan worker failed: worker broke/)
    expect(logger.outputs.count).toBeUndefined()
    expect(logger.infos.join('\n')).not.toMatch(/no AWS authorization failures found/)
  })
})

describe("a failed run's long job log goes to the scan worker too (a fork picks its size)", () => {
  const WORKER = new URL('../../dist/scanWorker.js', import.meta.url)
  const runEvent = {
    name: 'workflow_run',
    payload: {
      workflow_run: {
        id: 901,
        name: 'deploy',
        event: 'push',
        head_sha: SHA,
        head_branch: 'main',
        pull_requests: []
      },
      repository: { private: false }
    }
  }
  function longLog(): string {
    const lines: string[] = []
    for (let i = 0; i < 80000; i++)
      lines.push(`2026-11-23T10:00:00.0000000Z step ${i}: compiling module-${i}`)
    lines.push(`2026-11-23T10:00:01.0000000Z ${DENIAL}`)
    return `${lines.join('\n')}\n`
  }

  it.each([
    ['on the worker', WORKER, 1],
    ['in this thread', null, 1],
    ['with a worker that fails: the job is not an all-clear', 'broken', 0]
  ] as const)('%s', async (_, worker, found) => {
    server.jobs.set(901, [
      {
        id: 7,
        name: 'build',
        status: 'completed',
        conclusion: 'failure',
        html_url: 'https://github.test/job/7'
      }
    ])
    const log = longLog()
    expect(log.length).toBeGreaterThan(4 * 1024 * 1024)
    server.logs.set(7, log)
    const { deps, logger } = setup({ 'workflow-run-id': '901', comment: 'never' }, runEvent)
    const broken = path.join(dir, 'broken-worker.mjs')
    fs.writeFileSync(broken, 'throw new Error("worker broke")\n')
    deps.workerScript = worker === 'broken' ? new URL(`file://${broken}`) : worker
    await run(deps)
    const warned = /could not read the log of job "build": the scan worker failed/.test(
      logger.warnings.join('\n')
    )
    expect([(logger.outputs.findings ?? '').includes('s3:PutObject'), warned]).toEqual([
      found === 1,
      found === 0
    ])
  })
})
