// The checkout's infrastructure files, read for src/iac: Terraform, templates, serverless.yml and
// TypeScript, skipping dependency and build folders. Bounded so a huge monorepo cannot stall a run.
import fs from 'node:fs'
import path from 'node:path'

const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  '.terraform',
  'cdk.out',
  '.serverless',
  '.aws-sam',
  'dist',
  'build',
  'coverage',
  'vendor'
])
const WANTED = /\.(tf|ya?ml|json|template|ts)$/i
const MAX_FILE_BYTES = 512 * 1024
const MAX_FILES = 5000

export interface RepoText {
  path: string
  text: string
}

export function readRepoFiles(root: string): RepoText[] {
  const out: RepoText[] = []
  const pending = ['']
  while (pending.length && out.length < MAX_FILES) {
    const rel = pending.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) pending.push(child)
      else if (e.isFile() && WANTED.test(e.name) && !e.name.endsWith('.d.ts')) {
        try {
          const full = path.join(root, child)
          if (fs.statSync(full).size > MAX_FILE_BYTES) continue
          out.push({ path: child, text: fs.readFileSync(full, 'utf8') })
        } catch {
          // Unreadable files are skipped: locating is a help, never a failure.
        }
      }
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
