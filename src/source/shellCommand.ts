// Turns a `run:`-style script and a `shell` input into the argv the runner itself would use.
// Templates follow the runner's documented defaults; `{0}` is the path of the script file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

interface ShellRule {
  template: string
  /** pwsh refuses to dot-source a file without .ps1; python tracebacks read better with .py. */
  extension: string
}

const SHELLS: Record<string, ShellRule> = {
  bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
  sh: { template: 'sh -e {0}', extension: '.sh' },
  pwsh: { template: `pwsh -command ". '{0}'"`, extension: '.ps1' },
  python: { template: 'python {0}', extension: '.py' }
}

export class ShellError extends Error {}

/** The template for a shell input: a known name, or a custom command line containing `{0}`. */
export function shellTemplate(shell: string): ShellRule {
  const name = shell.trim() || 'bash'
  const known = SHELLS[name]
  if (known) return known
  if (!name.includes('{0}')) {
    throw new ShellError(
      `shell "${name}" is not one of ${Object.keys(SHELLS).join(', ')} and has no {0} placeholder for the script path`
    )
  }
  return { template: name, extension: '' }
}

/**
 * Splits a command line the way the runner does (the .NET argument rules): whitespace separates,
 * double quotes group and are removed, `\"` is a literal quote. Single quotes are plain characters,
 * which is why pwsh's `". '{0}'"` reaches pwsh as `. '/path/x.ps1'`.
 */
export function splitCommandLine(line: string): string[] {
  const args: string[] = []
  let current = ''
  let started = false
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i)
    if (c === '\\' && line[i + 1] === '"') {
      current += '"'
      started = true
      i++
    } else if (c === '"') {
      quoted = !quoted
      started = true
    } else if (!quoted && /\s/.test(c)) {
      if (started) args.push(current)
      current = ''
      started = false
    } else {
      current += c
      started = true
    }
  }
  if (started) args.push(current)
  return args
}

export interface PreparedScript {
  argv: string[]
  scriptPath: string
  /** Removes the script file; safe to call twice. */
  cleanup(): void
}

/** Writes the script to a fresh file in `tempDir` and returns the argv that runs it. */
export function prepareScript(script: string, shell: string, tempDir?: string): PreparedScript {
  const rule = shellTemplate(shell)
  const dir = tempDir || os.tmpdir()
  const scriptPath = path.join(dir, `whydenied-${randomUUID()}${rule.extension}`)
  fs.writeFileSync(scriptPath, script, { mode: 0o700 })
  const argv = splitCommandLine(rule.template).map((arg) => arg.split('{0}').join(scriptPath))
  return {
    argv,
    scriptPath,
    cleanup: () => fs.rmSync(scriptPath, { force: true })
  }
}
