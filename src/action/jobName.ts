// The job's display name, which for a matrix leg includes its values ("deploy (prod, us-east-1)").
// The matrix context is not in the step's environment, so: the `job-name` input when given, else
// the jobs API (our job is the in-progress one on this runner), else the job id GITHUB_JOB.
import type { GitHubClient } from '../source/githubClient.js'
import { listRunJobs } from '../source/jobLogs.js'
import { errorMessage } from '../common/errorMessage.js'

export async function resolveJobName(
  octokit: GitHubClient | null,
  input: string,
  env: NodeJS.ProcessEnv,
  owner: string,
  repo: string,
  debug: (message: string) => void
): Promise<string> {
  if (input) return input
  const fallback = env.GITHUB_JOB || 'job'
  const runId = Number(env.GITHUB_RUN_ID)
  const runner = env.RUNNER_NAME
  if (!octokit || !runId || !runner) return fallback
  try {
    const jobs = await listRunJobs(octokit, { owner, repo, runId })
    const mine = jobs.filter((job) => job.status === 'in_progress' && job.runner_name === runner)
    const [only, ...others] = mine
    if (only && others.length === 0) return only.name
    debug(`job name: ${mine.length} in-progress jobs on runner ${runner}; using ${fallback}`)
  } catch (error) {
    // Without `actions: read` the list is refused; matrix legs then need the job-name input.
    debug(`job name: cannot list the run's jobs (${errorMessage(error)})`)
  }
  return fallback
}
