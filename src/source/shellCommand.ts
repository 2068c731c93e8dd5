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
  /** What the runner adds around the script (ScriptHandlerHelpers.FixUpScriptContents). */
  fixUp?: (script: string, newline: string) => string
  /** cmd parses its own command line: pass the arguments as written, unquoted by node. */
  verbatim?: boolean
}

// PowerShell: stop at the first failing cmdlet, and end with the last native command's exit code.
const powershell = (script: string, nl: string) =>
  `$ErrorActionPreference = 'stop'${nl}${script}${nl}if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`

const SHELLS = {
  bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
  sh: { template: 'sh -e {0}', extension: '.sh' },
  pwsh: { template: `pwsh -command ". '{0}'"`, extension: '.ps1', fixUp: powershell },
  powershell: { template: `powershell -command ". '{0}'"`, extension: '.ps1', fixUp: powershell },
  // `@echo off` rather than /Q, so a script can still turn echo on.
  cmd: {
    template: 'cmd /D /E:ON /V:OFF /S /C "CALL "{0}""',
    extension: '.cmd',
    fixUp: (script, nl) => `@echo off${nl}${script}`,
    verbatim: true
  },
  python: { template: 'python {0}', extension: '.py' }
} satisfies Record<string, ShellRule>

export class ShellError extends Error {}

/** Finds an executable on PATH (with PATHEXT on Windows); injectable for tests. */
export type Which = (command: string) => boolean

export function onPath(env: NodeJS.ProcessEnv = process.env, platform = process.platform): Which {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean)
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  return (command) =>
    dirs.some((dir) =>
      exts.some((ext) =>
        fs.statSync(path.join(dir, command + ext), { throwIfNoEntry: false })?.isFile()
      )
    )
}

/**
 * A `run:` step without `shell:` (ScriptHandler.cs): pwsh on Windows, else Windows PowerShell;
 * elsewhere bash with the `sh` arguments (`-e`, no pipefail, profiles read), else sh.
 */
export function defaultShell(platform: NodeJS.Platform, which: Which): ShellRule {
  if (platform === 'win32') return which('pwsh') ? SHELLS.pwsh : SHELLS.powershell
  return which('bash') ? { template: 'bash -e {0}', extension: '.sh' } : SHELLS.sh
}

/** The template for a shell input: a known name, or a custom command line containing `{0}`. */
export function shellTemplate(
  shell: string,
  platform: NodeJS.Platform = process.platform,
  which: Which = onPath()
): ShellRule {
  const name = shell.trim()
  if (name === '') return defaultShell(platform, which)
  // Own keys only: a shell named `toString` or `constructor` is not a known shell.
  if (Object.hasOwn(SHELLS, name)) return SHELLS[name as keyof typeof SHELLS]
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
  /** Pass argv[1..] to the process exactly as written (cmd on Windows). */
  verbatim: boolean
  /** Removes the script file; safe to call twice. */
  cleanup(): void
}

/** Writes the script to a fresh file in `tempDir` and returns the argv that runs it. */
export function prepareScript(
  script: string,
  shell: string,
  tempDir?: string,
  platform: NodeJS.Platform = process.platform
): PreparedScript {
  const rule = shellTemplate(shell, platform)
  const dir = tempDir || os.tmpdir()
  const scriptPath = path.join(dir, `whydenied-${randomUUID()}${rule.extension}`)
  // As the runner writes it: its additions, and CRLF line endings on Windows; UTF-8 without BOM.
  const newline = platform === 'win32' ? '\r\n' : '\n'
  let contents = rule.fixUp ? rule.fixUp(script, newline) : script
  if (platform === 'win32') contents = contents.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n')
  fs.writeFileSync(scriptPath, contents, { mode: 0o700 })
  // The runner escapes quotes in the path before putting it in the template.
  const quotedPath = scriptPath.replace(/"/g, '\\"')
  let argv: string[]
  if (rule.verbatim) {
    const space = rule.template.indexOf(' ')
    const [command, rest] = [rule.template.slice(0, space), rule.template.slice(space + 1)]
    argv = [command, rest.split('{0}').join(quotedPath)]
  } else {
    argv = splitCommandLine(rule.template).map((arg) => arg.split('{0}').join(scriptPath))
  }
  return {
    argv,
    scriptPath,
    verbatim: rule.verbatim === true,
    cleanup: () => fs.rmSync(scriptPath, { force: true })
  }
}
