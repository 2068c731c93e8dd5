// The work tree the CLI runs in, for the default `--repo`: `git rev-parse --show-toplevel`.
// Null outside a git work tree, without git, or when git fails: locating is a help, not a need.
import { execFileSync } from 'node:child_process'

export function gitTopLevel(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000
    }).trim()
    return out || null
  } catch {
    return null
  }
}
