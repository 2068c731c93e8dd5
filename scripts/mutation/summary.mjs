// Tally of a mutation run from the event-recorder's files (one per mutant, written as each is
// tested), so a run stopped at a deadline still yields its score and its survivors.
//   node scripts/mutation/summary.mjs reports/mutation/events-scan [--survivors] [--file src/scan/x.ts]
import path from 'node:path'
import { countStatus, noCounts, testedMutants } from './sampling.mjs'

const [dir, ...flags] = process.argv.slice(2)
if (!dir) {
  console.error('usage: summary.mjs <events folder> [--survivors] [--file <path>]')
  process.exit(2)
}
const only = flags.includes('--file') ? flags[flags.indexOf('--file') + 1] : null
const results = testedMutants(dir).filter((m) => !only || m.fileName.endsWith(only))

const KILLED = new Set(['Killed', 'Timeout'])
const byFile = new Map()
for (const m of results) {
  const row = byFile.get(m.fileName) ?? { mutants: 0, ...noCounts() }
  row.mutants++
  byFile.set(m.fileName, countStatus(row, m.status))
}
const score = (r) => {
  const detected = r.killed + r.timeout
  const valid = detected + r.survived + r.noCoverage
  const covered = detected + r.survived
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(2) : '-')
  return `${pct(detected, valid)} % (covered ${pct(detected, covered)} %)`
}
const total = { mutants: 0, ...noCounts() }
for (const [file, r] of [...byFile].sort()) {
  for (const k of Object.keys(total)) total[k] += r[k]
  console.log(
    `${path.relative(process.cwd(), file)}: ${r.mutants} tested, ${r.killed} killed, ${r.timeout} timeout, ` +
      `${r.survived} survived, ${r.noCoverage} no coverage, ${r.ignored} ignored, ${r.other} other; ${score(r)}`
  )
}
console.log(
  `total: ${total.mutants} tested, ${total.killed} killed, ${total.timeout} timeout, ${total.survived} survived, ` +
    `${total.noCoverage} no coverage, ${total.ignored} ignored, ${total.other} other; ${score(total)}`
)
if (flags.includes('--survivors')) {
  for (const m of results.filter((r) => !KILLED.has(r.status) && r.status !== 'Ignored')) {
    const at = `${path.relative(process.cwd(), m.fileName)}:${m.location.start.line}:${m.location.start.column}`
    console.log(
      `${m.status} ${m.id} ${at} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`
    )
  }
}
