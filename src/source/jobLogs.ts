// Another run's logs (the workflow_run pattern for fork PRs): list the run's jobs, then stream
// each failed job's log into the engine. Logs are data only; nothing from the PR is checked out.
import type { LogSource } from '../engine/Analysis.js'
import type { GitHubClient } from './githubClient.js'
import type { RunStep } from './jobSteps.js'

export interface RunJob {
  id: number
  name: string
  status: string
  conclusion: string | null
  html_url?: string | null
  runner_name?: string | null
  /** With their start and end: what places a log line in its step (see jobSteps.ts). */
  steps?: RunStep[]
}

export interface RunRef {
  owner: string
  repo: string
  runId: number
}

/** Conclusions worth scanning: the job stopped on an error. */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out'])

export async function listRunJobs(octokit: GitHubClient, run: RunRef): Promise<RunJob[]> {
  // `latest`: a re-run's jobs replace the first attempt's, as on the run's page.
  return (await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
    filter: 'latest',
    per_page: 100
  })) as RunJob[]
}

export function failedJobs(jobs: RunJob[]): RunJob[] {
  return jobs.filter((job) => job.conclusion !== null && FAILED_CONCLUSIONS.has(job.conclusion))
}

/**
 * Streams one job's log into `source`. The API answers with a redirect to a short-lived blob URL;
 * fetch follows it (dropping our token when the host changes) and we read the body as it comes,
 * no faster than a paced source (`ready()`) takes it. Returns the bytes read.
 */
export async function streamJobLog(
  octokit: GitHubClient,
  run: Pick<RunRef, 'owner' | 'repo'>,
  jobId: number,
  source: LogSource & { ready?(): Promise<void> | null }
): Promise<number> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
    owner: run.owner,
    repo: run.repo,
    job_id: jobId,
    request: { parseSuccessResponseBody: false }
  })
  const body = response.data as unknown as AsyncIterable<Uint8Array> | null
  let bytes = 0
  try {
    if (body) {
      for await (const chunk of body) {
        bytes += chunk.length
        source.write(chunk)
        // A scan worker that is behind: stop reading until it catches up (a fork picks the size).
        const behind = source.ready?.()
        if (behind) await behind
      }
    }
  } finally {
    source.end()
  }
  return bytes
}
