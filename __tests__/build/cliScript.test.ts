// The build's step from ncc's ES-module bundle of the CLI to the classic script the bin entry
// compiles with V8's code cache (scripts/cliScript.mjs): the script must do what the module did.
import vm from 'node:vm'
import { createRequire } from 'node:module'
import { cliScript } from '../../scripts/cliScript.mjs'

/** Runs a script made by cliScript and returns what it left in `out`. */
async function run(script: string, url = 'file:///opt/whydenied/dist/cli.script.js') {
  const main = vm.runInThisContext(script) as (
    require: NodeJS.Require,
    url: string,
    load: (s: string) => Promise<unknown>
  ) => Promise<void>
  const loaded: string[] = []
  const out: Record<string, unknown> = {}
  // The script runs in Node's own context, not jest's: its globalThis is another object.
  const real = vm.runInThisContext('globalThis') as { __cliScriptOut?: unknown }
  real.__cliScriptOut = out
  await main(createRequire(import.meta.url), url, async (s) => {
    loaded.push(s)
    return { loaded: s }
  })
  delete real.__cliScriptOut
  return { out, loaded }
}

const MODULE = [
  '#!/usr/bin/env node',
  'import { createRequire as makeRequire } from "module";',
  'import * as pathModule from "node:path";',
  'const out = globalThis.__cliScriptOut;',
  'out.path = typeof makeRequire(import.meta.url)("node:fs").readFileSync;',
  'out.join = pathModule.join("a", "b");',
  'out.base = new URL("iam-catalog.json", import.meta.url).href;',
  // A non-ASCII character in each place it can be: a String.raw pattern, a cooked template, a
  // string, a regular expression literal, a comment (’ ✓ and an astral 😀).
  'out.raw = new RegExp(String.raw`[‘’]\\d ✓${"x"}😀`).test("’5 ✓x😀");',
  'out.rawText = String.raw`a’\\n`;',
  'out.cooked = `é${1}`;',
  'out.text = "–✓";',
  'out.literal = /^[✓✔]\\s😀$/u.test("✔ 😀");',
  '// a comment with ’ in it',
  'out.chunk = await import("./" + "152.cli.js");',
  'out.strict = (function () { return this })() === undefined;'
].join('\n')

describe('cliScript', () => {
  const script = cliScript(MODULE)

  it('is ASCII only and opens with the digest the launcher keys its cache by', () => {
    expect(script).toMatch(/^\/\* whydenied cli [0-9a-f]{16} \*\/\n/)
    expect(/[\u0080-\uffff]/.test(script)).toBe(false)
    expect(cliScript(MODULE)).toBe(script)
    expect(cliScript(MODULE.replace('out.text = "–✓"', 'out.text = "-✓"'))).not.toBe(script)
  })

  it('does what the module did: imports, import.meta.url, import(), strict mode', async () => {
    const { out, loaded } = await run(script)
    expect(out.path).toBe('function')
    expect(out.join).toBe('a/b')
    expect(out.base).toBe('file:///opt/whydenied/dist/iam-catalog.json')
    expect(out.chunk).toEqual({ loaded: './152.cli.js' })
    expect(loaded).toEqual(['./152.cli.js'])
    expect(out.strict).toBe(true)
  })

  it('keeps every non-ASCII character the same character, String.raw included', async () => {
    const { out } = await run(script)
    expect(out.raw).toBe(true)
    expect(out.rawText).toBe('a’\\n')
    expect(out.cooked).toBe('é1')
    expect(out.text).toBe('–✓')
    expect(out.literal).toBe(true)
  })

  it('refuses what a script cannot hold rather than build a bundle that breaks at run time', () => {
    expect(() => cliScript('export const a = 1\n')).toThrow(/exports/)
    expect(() => cliScript('import x from "left-pad"\n')).toThrow(/not Node's own/)
    expect(() => cliScript('const r = import.meta.resolve("x")\n')).toThrow(/import\.meta\.resolve/)
    expect(() => cliScript('const tag = (s) => s\ntag`’`\n')).toThrow(/String\.raw/)
  })
})
