// Both bundles turn V8's regexp tier-up off before their own expressions run
// (src/source/compileRegExpOnce.ts). With `--trace-regexp-tier-up`, V8 prints a line for each
// expression it compiles: "bytecode size" for the interpreter, "native code size" for machine
// code (Node 24 says "JSRegExp data object"). Node's own loader runs a few expressions
// (interpreted) before the bundle starts; after that, a bundle that compiles each expression once
// prints only native lines. With tier-up on,
// interpreted lines go on after the first native one (an expression's second run compiles it).
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { DIST } from './bundled.js'
import { REGEXP_FLAGS } from '../../src/source/regexpFlags.js'

// The message shape of corpus record d066 (source: https://gist.github.com/eugeneteo/95e1bc1d4efb4e460e99).
const LOG =
  'A client error (AccessDenied) occurred when calling the GetUser operation: User: arn:aws:iam::548698731369:user/emr is not authorized to perform: iam:GetUser on resource: arn:aws:iam::548698731369:user/emr\n'

/** The kinds of compile the trace shows, in order: 'b' bytecode (interpreter), 'n' native. */
function compiles(trace: string): string {
  return [...trace.matchAll(/JSRegExp (?:data )?object \S+ (bytecode|native code) size/g)]
    .map((m) => (m[1] === 'bytecode' ? 'b' : 'n'))
    .join('')
}

/** Interpreted compiles after the first native one: none when tier-up is off. */
const interpretedLater = (kinds: string): number =>
  kinds.slice(kinds.indexOf('n')).split('b').length - 1

function traced(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', ...args], {
    input: LOG,
    cwd: os.tmpdir(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: os.tmpdir(), ...env }
  })
  expect(run.status).toBe(0)
  return run.stdout + run.stderr
}

test('with tier-up left on, interpreted compiles follow native ones (the check can fail)', () => {
  // The first expression runs three times (interpreted, then compiled), the second once after it.
  const kinds = compiles(
    traced([
      '-e',
      'const a = /ab+/, b = /cd+/; for (let i = 0; i < 3; i++) a.test("x"); b.test("x")'
    ])
  )
  expect(kinds).toContain('n')
  expect(interpretedLater(kinds)).toBeGreaterThan(0)
})

test('dist/cli.js compiles every expression once: none runs in the interpreter first', () => {
  const out = traced([path.join(DIST, 'cli.js'), '--format', 'json'])
  expect(out).toContain('iam:GetUser')
  const kinds = compiles(out)
  expect(kinds.split('n').length - 1).toBeGreaterThan(50)
  expect(interpretedLater(kinds)).toBe(0)
})

test('dist/index.js (the Action) turns tier-up off before its first expression too', () => {
  // No GITHUB_* environment: the Action fails on its inputs, after its modules have loaded.
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', path.join(DIST, 'index.js')], {
    cwd: os.tmpdir(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: os.tmpdir() }
  })
  const out = run.stdout + run.stderr
  expect(out).toContain('whydenied has nothing to scan')
  const kinds = compiles(out)
  expect(kinds).toContain('n')
  expect(interpretedLater(kinds)).toBe(0)
})

test('setting the flag while an expression that ran once is still in use is safe', () => {
  // The order Node's loader and the bundle give: an expression runs once (interpreted), the flag
  // is set, then that expression and new ones match again and again. (`--no-regexp-tier-up` in
  // place of REGEXP_FLAGS ends this process with a segmentation fault on Node 20 and 24.)
  const script = `
    const once = [/ at (\\S+) .*cli\\.js:(\\d+)/, /(x)(y)?z/g, /(?<n>\\d+)-(?<m>\\d+)/u]
    const subjects = ['  at foo (x/cli.js:12)', 'xz xyz', '12-34']
    once.forEach((r, i) => r.exec(subjects[i]))
    require('node:v8').setFlagsFromString(${JSON.stringify(REGEXP_FLAGS)})
    for (let j = 0; j < 20; j++) once.forEach((r, i) => { r.lastIndex = 0; r.exec(subjects[i]); subjects[i].replace(r, '$1') })
    for (let j = 0; j < 5; j++) /(q+)(r)/.exec('qqr')
    console.log('survived')`
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  expect(run.signal).toBeNull()
  expect(run.stdout.trim()).toBe('survived')
})
