// The CLI over a fixture repository (`--repo`), and the patch it proposes applied with real git.
import { at } from '../support/at.js'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/main.js'
import type { IacLocation, Remedy } from '../../src/model/Remedy.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/iac', import.meta.url))

export async function locate(
  kind: string,
  how: { repo?: string | null; gitTopLevel?: () => string | null } = {}
): Promise<Remedy[]> {
  const dir = path.join(FIXTURES, kind)
  const repo = how.repo === undefined ? dir : how.repo
  let out = ''
  let err = ''
  const argv = ['--format', 'json', ...(repo ? ['--repo', repo] : []), path.join(dir, 'denial.log')]
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([]),
    env: {},
    stdoutIsTTY: false,
    ...(how.gitTopLevel ? { gitTopLevel: how.gitTopLevel } : {})
  })
  expect(err).toBe('')
  expect(code).toBe(0)
  return (JSON.parse(out) as { remedies: Remedy[] }).remedies
}

export function located(remedies: Remedy[], role: string): IacLocation {
  const remedy = remedies.find((r) => r.target.principalName === role)
  return at(remedy?.locations)
}

/** Applies the patch with real git in a copy of the fixture and returns the patched file. */
export function applyPatch(kind: string, loc: IacLocation): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-iac-'))
  try {
    fs.cpSync(path.join(FIXTURES, kind), tmp, { recursive: true })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: tmp, stdio: 'pipe' })
    git('init', '-q')
    fs.writeFileSync(path.join(tmp, 'fix.patch'), loc.patch!)
    git('apply', '--check', 'fix.patch')
    git('apply', 'fix.patch')
    return fs.readFileSync(path.join(tmp, loc.file), 'utf8')
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

export function lineOf(kind: string, file: string, needle: string): number {
  const text = fs.readFileSync(path.join(FIXTURES, kind, file), 'utf8')
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1
}
