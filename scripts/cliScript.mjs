// Turns ncc's ES-module bundle of the CLI into a classic script, dist/cli.script.js, that the bin
// entry (src/cliLauncher.ts) compiles with V8's code cache. Node 20 caches no ES module's code, and
// compiling the 1.5 MB bundle (once to pre-parse, again as each module first runs) was about half
// of the CLI's start-up (docs/benchmarks.md). The script is one async function taking what the
// module syntax gave: `require` for Node's own modules, the bundle's URL for `import.meta.url`,
// and `import()` for the lazy chunks, which stay ES modules.
//
// Every non-ASCII character is escaped, so that the launcher reads the file as one-byte text (half
// the memory of the two-byte string V8 would otherwise hold); inside `String.raw` templates, where
// an escape would stay as written, it becomes a substitution of the same character.
import * as acorn from 'acorn'
import { createHash } from 'node:crypto'
import { isBuiltin } from 'node:module'

/** The parameters the script's function takes, in the order the launcher passes them. */
export const SCRIPT_PARAMETERS = ['require', '__whydenied_url', '__whydenied_import']

const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** Every node of an acorn tree, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return
  yield node
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const v of value) yield* nodes(v)
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      yield* nodes(value)
  }
}

const isStringRaw = (tag) =>
  tag.type === 'MemberExpression' &&
  !tag.computed &&
  tag.object.type === 'Identifier' &&
  tag.object.name === 'String' &&
  tag.property.name === 'raw'

/** `import { a as b } from "module";` as the same bindings taken with `require`. */
function requireOf(declaration) {
  const from = declaration.source.value
  if (!isBuiltin(from)) throw new Error(`cli bundle imports ${from}, which is not Node's own`)
  const named = []
  const lines = []
  for (const s of declaration.specifiers) {
    if (s.type === 'ImportSpecifier') named.push(`${s.imported.name}: ${s.local.name}`)
    else lines.push(`const ${s.local.name} = require(${JSON.stringify(from)});`)
  }
  if (named.length) lines.push(`const { ${named.join(', ')} } = require(${JSON.stringify(from)});`)
  return lines.join(' ')
}

/** The classic script for ncc's ES-module bundle `esm` (the CLI's dist/cli.js as ncc wrote it). */
export function cliScript(esm) {
  const text = esm.replace(/^#!.*\n/, '')
  const tree = acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'module' })
  const edits = []
  for (const node of nodes(tree)) {
    switch (node.type) {
      case 'ImportDeclaration':
        edits.push({ start: node.start, end: node.end, text: requireOf(node) })
        break
      case 'ImportExpression':
        edits.push({
          start: node.start,
          end: node.start + 'import'.length,
          text: SCRIPT_PARAMETERS[2]
        })
        break
      case 'MetaProperty':
        break // checked with its member expression below
      case 'MemberExpression':
        if (node.object.type === 'MetaProperty') {
          if (node.property.name !== 'url')
            throw new Error(`cli bundle reads import.meta.${node.property.name}`)
          edits.push({ start: node.start, end: node.end, text: SCRIPT_PARAMETERS[1] })
        }
        break
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration':
        throw new Error('cli bundle exports bindings: a script cannot')
      case 'TaggedTemplateExpression':
        for (const quasi of node.quasi.quasis) {
          const raw = text.slice(quasi.start, quasi.end)
          if (!/[\u0080-\uffff]/.test(raw)) continue
          if (!isStringRaw(node.tag))
            throw new Error('a tagged template other than String.raw holds non-ASCII text')
          edits.push({
            start: quasi.start,
            end: quasi.end,
            text: raw.replace(/[\u0080-\uffff]/g, (c) => `\${"${escape(c)}"}`)
          })
        }
        break
    }
  }
  const metas = [...nodes(tree)].filter((n) => n.type === 'MetaProperty').length
  const urls = edits.filter((e) => e.text === SCRIPT_PARAMETERS[1]).length
  if (metas !== urls) throw new Error('cli bundle uses import.meta other than import.meta.url')
  let body = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    body = body.slice(0, edit.start) + edit.text + body.slice(edit.end)
  }
  body = body.replace(/[\u0080-\uffff]/g, escape)
  const script = `(async function (${SCRIPT_PARAMETERS.join(', ')}) {"use strict";\n${body}\n})\n`
  // A script that does not parse as one fails the build here, not on a user's machine.
  acorn.parse(script, { ecmaVersion: 'latest', sourceType: 'script' })
  // The launcher keys its code cache by this: V8 itself compares only the source's length.
  const digest = createHash('sha256').update(script).digest('hex').slice(0, 16)
  return `/* whydenied cli ${digest} */\n${script}`
}
