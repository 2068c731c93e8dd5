// The work tree the CLI runs in, for the default `--repo`: `git rev-parse --show-toplevel`.
// Null outside a git work tree, without git, or when git fails: locating is a help, not a need.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

// Loaded when git is asked: outside a checkout, a run's start-up pays for no child process.
const require = createRequire(import.meta.url)

export function gitTopLevel(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!env.GIT_DIR && !env.GIT_WORK_TREE && !underGitEntry(cwd)) return null
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process')
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

/**
 * Whether the folder or one above it holds a `.git` (a folder, or a worktree's or submodule's
 * file). Without one, and without GIT_DIR or GIT_WORK_TREE, git finds no work tree either.
 */
function underGitEntry(cwd: string): boolean {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return true
    if (path.dirname(dir) === dir) return false
  }
}
