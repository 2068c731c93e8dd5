// The README's inputs/outputs tables are generated from action.yml (scripts/action-docs.mjs);
// this keeps them from drifting: CI runs it with the suite.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SCRIPT = path.join(ROOT, 'scripts/action-docs.mjs')

function check(args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, '--check', ...args], { encoding: 'utf8' })
}

describe('README inputs and outputs tables', () => {
  it('match action.yml', () => {
    const result = check([])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('list every input and output of action.yml', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const action = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    const names = [...action.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm)].map((m) => m[1])
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) expect(readme).toContain(`| \`${name}\``)
  })

  it('fail the check when action.yml gains an input the README does not show', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-docs-'))
    try {
      const action = fs
        .readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
        .replace(
          '\noutputs:\n',
          '\n  brand-new:\n    description: Not documented yet.\n\noutputs:\n'
        )
      fs.writeFileSync(path.join(dir, 'action.yml'), action)
      const result = check(['--action', path.join(dir, 'action.yml')])
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('inputs table does not match action.yml')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
