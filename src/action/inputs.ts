// The Action's inputs, read from the environment the way the runner passes them:
// INPUT_<NAME> with the name upper-cased, spaces as underscores and dashes kept.
// Not @actions/core's getInput: it maps names the same way and trims the same way, but reads only
// the global process.env; this reader takes the environment it is given (the Action's own, or a
// test's), so inputs are parsed without touching globals. Bundle size is no reason either way:
// @actions/core is bundled for the logger.

import type { CommentPosition, OnResolved } from './commentPlan.js'

export type CommentMode = 'auto' | 'always' | 'never'
export type RedactMode = 'auto' | 'true' | 'false'
export type SummaryMode = 'always' | 'findings' | 'never'

export interface ActionInputs {
  run: string
  shell: string
  workingDirectory: string
  files: string
  workflowRunId: string
  githubToken: string
  comment: CommentMode
  /** What a comment becomes when its job is clean again. */
  onResolved: OnResolved
  /** Edit the comment in place, or post it again at the bottom when its findings change. */
  commentPosition: CommentPosition
  decode: boolean
  /** When to write the job summary: `findings` (default) skips clean runs. */
  summary: SummaryMode
  /** Error annotations for findings. */
  annotations: boolean
  /** Path or glob (in the checkout) of the target's current policy document; '' for none. */
  currentPolicy: string
  awsRegion: string
  redactAccountIds: RedactMode
  failOnFindings: boolean
  /** Propose statements for refusals the log marks as intended too (input fix-intended). */
  fixIntended: boolean
  /** Discriminates matrix legs in the comment key; empty = find it (see jobName.ts). */
  jobName: string
  /** `strategy.job-index`: tells matrix legs apart when the job name cannot (no `actions: read`). */
  jobIndex: string
  /** The pull request to comment on, for events whose payload names none. */
  pullRequestNumber: number | null
  /** OIDC doctor mode when set: the role configure-aws-credentials failed to assume. */
  roleToAssume: string
  audience: string
  /** Path (in the workspace) of the role's trust policy, for the offline check. */
  trustPolicy: string
  /** DurationSeconds to request, as configure-aws-credentials' role-duration-seconds; null = STS default. */
  roleDurationSeconds: number | null
  /** Values never to write anywhere (the `mask` input, one per line), besides `::add-mask::`. */
  mask: string[]
}

export class InputError extends Error {}

function inputReader(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

function choice<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === '') return fallback
  const lower = value.toLowerCase()
  if ((allowed as readonly string[]).includes(lower)) return lower as T
  throw new InputError(
    `input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`
  )
}

function bool(name: string, value: string, fallback: boolean): boolean {
  return choice(name, value, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true'
}

function positive(name: string, value: string): number | null {
  if (value === '') return null
  if (!/^[1-9]\d{0,9}$/.test(value)) {
    throw new InputError(
      `input ${name} must be a pull request number, not ${JSON.stringify(value)}`
    )
  }
  return Number(value)
}

function durationSeconds(value: string): number | null {
  if (value === '') return null
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      `input role-duration-seconds must be a number of seconds, not ${JSON.stringify(value)}`
    )
  }
  return Number(value)
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const get = inputReader(env)
  // `run` keeps its inner whitespace: it is a script.
  const run = env['INPUT_RUN'] ?? ''
  const workflowRunId = get('workflow-run-id')
  if (workflowRunId !== '' && !/^\d+$/.test(workflowRunId)) {
    throw new InputError(
      `input workflow-run-id must be a number, not ${JSON.stringify(workflowRunId)}`
    )
  }
  // Another run's logs replace this job's sources: accepting both would silently skip the command.
  if (workflowRunId !== '' && run.trim() !== '') {
    throw new InputError('input workflow-run-id cannot be combined with run: use two steps')
  }
  if (workflowRunId !== '' && get('files') !== '') {
    throw new InputError('input workflow-run-id cannot be combined with files: use two steps')
  }
  return {
    run: run.trim() === '' ? '' : run,
    // Empty: the runner's default for a `run:` step on this platform (see shellCommand.ts).
    shell: get('shell'),
    workingDirectory: get('working-directory'),
    files: get('files'),
    workflowRunId,
    githubToken: get('github-token'),
    comment: choice('comment', get('comment'), ['auto', 'always', 'never'] as const, 'auto'),
    onResolved: choice(
      'on-resolved',
      get('on-resolved'),
      ['update', 'minimize', 'delete'] as const,
      'minimize'
    ),
    commentPosition: choice(
      'comment-position',
      get('comment-position'),
      ['update', 'recreate'] as const,
      'update'
    ),
    decode: bool('decode', get('decode'), true),
    summary: choice(
      'summary',
      get('summary'),
      ['always', 'findings', 'never'] as const,
      'findings'
    ),
    annotations: bool('annotations', get('annotations'), true),
    currentPolicy: get('current-policy'),
    awsRegion: get('aws-region'),
    redactAccountIds: choice(
      'redact-account-ids',
      get('redact-account-ids'),
      ['auto', 'true', 'false'] as const,
      'auto'
    ),
    failOnFindings: bool('fail-on-findings', get('fail-on-findings'), false),
    fixIntended: bool('fix-intended', get('fix-intended'), false),
    jobName: get('job-name'),
    jobIndex: /^\d+$/.test(get('job-index')) ? get('job-index') : '',
    pullRequestNumber: positive('pull-request-number', get('pull-request-number')),
    roleToAssume: get('role-to-assume'),
    audience: get('audience') || 'sts.amazonaws.com',
    trustPolicy: get('trust-policy'),
    roleDurationSeconds: durationSeconds(get('role-duration-seconds')),
    // Untrimmed lines: a secret may begin or end with spaces; blank lines mean nothing.
    mask: (env['INPUT_MASK'] ?? '').split(/\r?\n/).filter((line) => line.trim() !== '')
  }
}
