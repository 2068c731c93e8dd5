// Stryker's score over the whole core, estimated from a seeded random sample of mutant positions
// (docs/mutation.md, "Score over the core (sampled)"). A full run takes hours per folder on a shared
// machine; a sample run against the whole suite takes about an hour.
//   npm run mutate:sample -- --size 150 --seed 18           draw, then run Stryker on the drawn positions
//   npm run mutate:sample -- --size 150 --seed 18 --list    the population and the draw, no run
//   npm run mutate:sample -- --size 150 --seed 18 --tally   the estimate from the results so far
// The run is at `nice -n 19`, one test process (stryker.config.mjs reads the drawn positions from
// MUTATE_SAMPLE). The mutants are tested in the order of the draw (sampleIgnorer.mjs), so a run stopped
// early has tested a uniform sample: --tally counts the drawn positions up to the first one whose
// mutants do not all have a result yet (the event recorder keeps each tested mutant).
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Instrumenter } from '@stryker-mutator/instrumenter'
import {
  clusterEstimate,
  clusterOf,
  drawSample,
  fromReport,
  positionsOf,
  spanKey,
  tallyPositions,
  testedMutants
} from './sampling.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const CORE = ['scan', 'parse', 'engine', 'diagnose', 'remedy', 'report', 'decode']

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : args[i + 1]
}
const size = Number(option('size', '150'))
const seed = Number(option('seed', '18'))
if (!Number.isInteger(size) || size < 2 || !Number.isInteger(seed)) {
  console.error('usage: sample.mjs --size N --seed S [--list | --tally]')
  process.exit(2)
}
const label = `sample-${seed}-${size}`
const reports = path.join(root, 'reports', 'mutation')
const sampleFile = path.join(reports, `${label}.json`)
const eventsDir = path.join(reports, `events-${label}`)

/** The core's source files, as stryker.config.mjs mutates them (the STS adapter left out). */
function coreFiles() {
  return CORE.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, 'src', folder), { recursive: true })
      .map((f) => path.join('src', folder, String(f)).split(path.sep).join('/'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .filter((f) => !f.startsWith('src/decode/sts/'))
  ).sort()
}

/** Every mutant Stryker makes in the core, from its own instrumenter (no test is run). */
async function listMutants() {
  const quiet = () => undefined
  const logger = {
    debug: quiet,
    info: quiet,
    warn: quiet,
    trace: quiet,
    isDebugEnabled: () => false
  }
  const files = coreFiles().map((name) => ({
    name,
    mutate: true,
    content: fs.readFileSync(path.join(root, name), 'utf8')
  }))
  const { mutants } = await new Instrumenter(logger).instrument(files, {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
    noHeader: true
  })
  return mutants
}

const folderOf = (file) => file.split('/')[1]

async function draw() {
  const mutants = await listMutants()
  const positions = positionsOf(mutants)
  const byFolder = {}
  for (const p of positions) {
    const row = (byFolder[folderOf(p.file)] ??= { positions: 0, mutants: 0 })
    row.positions++
    row.mutants += p.mutants.length
  }
  const drawn = drawSample(positions, size, seed)
  const sample = {
    seed,
    size,
    population: {
      files: coreFiles().length,
      positions: positions.length,
      mutants: mutants.length,
      byFolder
    },
    drawn
  }
  fs.mkdirSync(reports, { recursive: true })
  fs.writeFileSync(sampleFile, JSON.stringify(sample, null, 1))
  const m = drawn.reduce((s, p) => s + p.mutants.length, 0)
  console.log(
    `core: ${sample.population.files} files, ${positions.length} positions, ${mutants.length} mutants; ` +
      `drawn (seed ${seed}): ${drawn.length} positions, ${m} mutants -> ${path.relative(root, sampleFile)}`
  )
  return sample
}

function run() {
  const stryker = path.join(root, 'node_modules', '.bin', 'stryker')
  const child = spawn('nice', ['-n', '19', stryker, 'run'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATE_SAMPLE: sampleFile }
  })
  child.on('exit', (code) => {
    tally()
    process.exit(code ?? 1)
  })
}

const pct = (v) => (100 * v).toFixed(1)

function tally() {
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'))
  const results = testedMutants(eventsDir)
  const relative = (f) => path.relative(root, path.resolve(root, f)).split(path.sep).join('/')
  const { positions, extra, reached } = tallyPositions(sample.drawn, results, relative)
  // The mutants are tested in the order of the draw: the first `reached` positions are the seed's
  // uniform sample of that size. Later positions already done (static or uncovered mutants are
  // settled first) stay out, or they would over-weight those kinds.
  const done = positions.slice(0, reached)
  const beyond = positions.slice(reached).filter((p) => p.done).length
  const sum = (list, k) => list.reduce((s, p) => s + p[k], 0)
  const counts = (list) =>
    `${list.length} positions, ${sum(list, 'killed') + sum(list, 'timeout') + sum(list, 'survived') + sum(list, 'noCoverage') + sum(list, 'ignored') + sum(list, 'other')} mutants: ` +
    `${sum(list, 'killed')} killed, ${sum(list, 'timeout')} timeout, ${sum(list, 'survived')} survived, ` +
    `${sum(list, 'noCoverage')} no coverage, ${sum(list, 'ignored')} static/ignored, ${sum(list, 'other')} errors`
  console.log(
    `sample ${label}: the first ${done.length} of ${positions.length} drawn positions tested` +
      (beyond ? ` (${beyond} later ones done too, not counted until the run reaches them)` : '')
  )
  console.log(`  ${counts(done)}`)
  const N = sample.population.positions
  for (const [name, strict] of [
    ['score (timeouts detected, as Stryker counts)', false],
    ['score (timeouts not detected)', true]
  ]) {
    const e = clusterEstimate(
      done.map((p) => clusterOf(p, strict)),
      N
    )
    console.log(`  ${name}: ${pct(e.score)} % (95 % interval ${pct(e.low)}-${pct(e.high)} %)`)
  }
  const covered = done
    .map((p) => ({ ...p, noCoverage: 0 }))
    .map((p) => clusterOf(p))
    .filter((c) => c.valid > 0)
  const ce = clusterEstimate(covered, N)
  console.log(`  covered score: ${pct(ce.score)} % (${pct(ce.low)}-${pct(ce.high)} %)`)
  for (const folder of CORE) {
    const mine = done.filter((p) => folderOf(p.file) === folder)
    if (mine.length) console.log(`  src/${folder}: ${counts(mine)}`)
  }
  // Mutants the ignorer left out are reported as ignored; the rest were tested but are not counted.
  const beside = extra.filter((m) => m.status !== 'Ignored').length
  if (beside) console.log(`  (${beside} mutants tested beside the drawn ones, not counted)`)
  for (const p of done) {
    for (const [status, n] of Object.entries(p.status)) {
      if (status === 'Survived' || status === 'NoCoverage' || status === 'Timeout') {
        const at = `${p.file}:${p.location.start.line + 1}:${p.location.start.column + 1}`
        const what = results
          .filter((m) => m.status === status && relative(m.fileName) === p.file)
          .filter((m) => spanKey('', fromReport(m.location)) === spanKey('', p.location))
          .map((m) => `${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`)
        console.log(`  ${status} x${n} ${at} ${what.join(' | ')}`)
      }
    }
  }
}

if (args.includes('--tally')) tally()
else {
  await draw()
  if (!args.includes('--list')) run()
}
