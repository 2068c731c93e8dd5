// The README's inputs and outputs tables, generated from action.yml so the two cannot drift.
//   node scripts/action-docs.mjs            rewrite the tables in README.md
//   node scripts/action-docs.mjs --check    exit 1 (and say which table) when README.md is stale
// Optional: --readme PATH and --action PATH (the test points them at copies).
// The tables sit between `<!-- action-inputs:start -->` / `<!-- action-inputs:end -->` (and the
// same for outputs); prettier formats them, so `npm run format:check` agrees with this script.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import prettier from 'prettier'
import { parse } from 'yaml'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

function option(name, fallback) {
  const i = process.argv.indexOf(name)
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback
}

/** A table cell: one line, pipes escaped (descriptions are folded YAML, written by us). */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
}

function code(value) {
  const text = cell(value)
  return text === '' ? '' : `\`${text}\``
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${code(input.default)} | ${input.required ? 'yes' : 'no'} | ${cell(input.description)} |`
  )
  return [
    '| input | default | required | description |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return ['| output | description |', '| --- | --- |', ...rows].join('\n')
}

function region(readme, name) {
  const start = `<!-- action-${name}:start -->`
  const end = `<!-- action-${name}:end -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README has no ${start} ... ${end} region`)
  return { before: readme.slice(0, from + start.length), after: readme.slice(to) }
}

async function main() {
  const readmePath = option('--readme', path.join(root, 'README.md'))
  const actionPath = option('--action', path.join(root, 'action.yml'))
  const action = parse(fs.readFileSync(actionPath, 'utf8'))
  const original = fs.readFileSync(readmePath, 'utf8')
  let readme = original
  const stale = []
  for (const [name, table] of [
    ['inputs', inputsTable(action)],
    ['outputs', outputsTable(action)]
  ]) {
    const formatted = (await prettier.format(table, { parser: 'markdown' })).trimEnd()
    const { before, after } = region(readme, name)
    const current = readme.slice(before.length, readme.length - after.length)
    const next = `\n\n${formatted}\n\n`
    if (current !== next) stale.push(name)
    readme = before + next + after
  }
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(
        `README.md: the ${stale.join(' and ')} table${stale.length > 1 ? 's do' : ' does'} not match action.yml; run node scripts/action-docs.mjs`
      )
      process.exit(1)
    }
    return
  }
  if (readme !== original) fs.writeFileSync(readmePath, readme)
}

await main()
