import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  prepareScript,
  shellTemplate,
  splitCommandLine,
  ShellError
} from '../../src/source/shellCommand.js'
import { runCommand, type Writer } from '../../src/source/runCommand.js'

function collector(): Writer & { text: () => string } {
  let text = ''
  return {
    write: (chunk) => {
      text += Buffer.from(chunk).toString()
      return true
    },
    text: () => text
  }
}

describe('splitCommandLine', () => {
  it.each([
    [
      'bash --noprofile --norc -eo pipefail {0}',
      ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}']
    ],
    [`pwsh -command ". '{0}'"`, ['pwsh', '-command', ". '{0}'"]],
    ['perl  -w   {0}', ['perl', '-w', '{0}']],
    ['cmd "a b" "" \\"q\\"', ['cmd', 'a b', '', '"q"']]
  ])('%s', (line, argv) => {
    expect(splitCommandLine(line)).toEqual(argv)
  })
})

describe('shellTemplate', () => {
  it('knows the runner shells and accepts a custom template with {0}', () => {
    expect(shellTemplate('bash').template).toBe('bash --noprofile --norc -eo pipefail {0}')
    expect(shellTemplate('sh').template).toBe('sh -e {0}')
    expect(shellTemplate('pwsh').extension).toBe('.ps1')
    expect(shellTemplate('python').template).toBe('python {0}')
    expect(shellTemplate('perl {0}').template).toBe('perl {0}')
  })

  it('rejects an unknown shell without a placeholder, naming the choices', () => {
    expect(() => shellTemplate('zsh')).toThrow(ShellError)
    expect(() => shellTemplate('zsh')).toThrow(/bash, sh, pwsh, powershell, cmd, python.*\{0\}/)
  })

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'does not take the object built-in %s for a known shell',
    (name) => {
      expect(() => shellTemplate(name)).toThrow(ShellError)
    }
  )
})

describe('the default shell, as for a run: step without shell:', () => {
  const has =
    (...found: string[]) =>
    (command: string) =>
      found.includes(command)
  it('is pwsh on Windows, Windows PowerShell when pwsh is missing', () => {
    expect(shellTemplate('', 'win32', has('pwsh', 'powershell')).template).toBe(
      `pwsh -command ". '{0}'"`
    )
    expect(shellTemplate('', 'win32', has('powershell')).template).toBe(
      `powershell -command ". '{0}'"`
    )
  })
  it('is bash -e (no pipefail) elsewhere, sh -e without bash', () => {
    expect(shellTemplate('', 'linux', has('bash', 'sh')).template).toBe('bash -e {0}')
    expect(shellTemplate(' ', 'darwin', has('sh')).template).toBe('sh -e {0}')
  })
})

describe('PowerShell and cmd scripts, written as the runner writes them', () => {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-shell-'))
  afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }))

  it.each(['pwsh', 'powershell'])(
    '%s stops on errors and exits with the last exit code',
    (shell) => {
      const prepared = prepareScript('terraform apply\n', shell, tempDir, 'linux')
      expect(prepared.argv).toEqual([shell, '-command', `. '${prepared.scriptPath}'`])
      expect(prepared.scriptPath.endsWith('.ps1')).toBe(true)
      expect(fs.readFileSync(prepared.scriptPath, 'utf8')).toBe(
        "$ErrorActionPreference = 'stop'\nterraform apply\n\n" +
          'if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }'
      )
      prepared.cleanup()
    }
  )

  it('writes CRLF on Windows', () => {
    const prepared = prepareScript('a\nb\r\nc', 'pwsh', tempDir, 'win32')
    const text = fs.readFileSync(prepared.scriptPath, 'utf8')
    expect(text.split('\r\n')).toHaveLength(5)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    prepared.cleanup()
  })

  it('runs cmd with the runner template, verbatim, after @echo off', () => {
    const prepared = prepareScript('aws sts get-caller-identity', 'cmd', tempDir, 'win32')
    expect(prepared.verbatim).toBe(true)
    expect(prepared.argv).toEqual(['cmd', `/D /E:ON /V:OFF /S /C "CALL "${prepared.scriptPath}""`])
    expect(prepared.scriptPath.endsWith('.cmd')).toBe(true)
    expect(fs.readFileSync(prepared.scriptPath, 'utf8')).toBe(
      '@echo off\r\naws sts get-caller-identity'
    )
    prepared.cleanup()
  })
})

describe('prepareScript', () => {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-shell-'))
  afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }))

  it('runs bash with pipefail and errexit, like a run: step', async () => {
    const prepared = prepareScript('false | true\necho "not reached"\n', 'bash', tempDir)
    expect(path.dirname(prepared.scriptPath)).toBe(tempDir)
    const out = collector()
    const result = await runCommand({ argv: prepared.argv, stdout: out, stderr: collector() })
    prepared.cleanup()
    expect(result.exitCode).toBe(1)
    expect(out.text()).toBe('')
    expect(fs.existsSync(prepared.scriptPath)).toBe(false)
  })

  it('runs a multi-line script with sh -e and a custom template', async () => {
    const shPrepared = prepareScript('echo one\nexit 4\necho two\n', 'sh', tempDir)
    const out = collector()
    expect(
      (await runCommand({ argv: shPrepared.argv, stdout: out, stderr: collector() })).exitCode
    ).toBe(4)
    expect(out.text()).toBe('one\n')
    shPrepared.cleanup()

    const custom = prepareScript(
      'echo "$0 custom"\n',
      'sh -c ". {0}; echo sourced" whydenied',
      tempDir
    )
    const customOut = collector()
    await runCommand({ argv: custom.argv, stdout: customOut, stderr: collector() })
    expect(customOut.text()).toBe('whydenied custom\nsourced\n')
    custom.cleanup()
  })
})
