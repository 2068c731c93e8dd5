// One pass of the engine and the remedies over every record of every labelled corpus, shared by
// the whole-corpus tests (engine/realCorpus, report/contractSchemas, remedy/pasteSafety,
// remedy/validateCorpus, report/noiseCorpus): each used to analyse all ~2,000 texts itself, about
// 7 s of CPU a file without coverage (docs/ci-time.md). Jest gives every test file its own module
// registry, so a module-level cache serves one file only: within a jest run, the first file that
// needs the pass writes it into the run's folder (WHYDENIED_CORPUS_PASS_DIR, made by
// __tests__/support/globalSetup.mjs) and the others read it. Without that folder (a run under
// Stryker, whose mutants change the engine between runs) every file computes its own.
import fs from 'node:fs'
import path from 'node:path'
import { analyzeText } from '../../src/engine/Analysis.js'
import type { Remedy } from '../../src/model/Remedy.js'
import type { Report } from '../../src/model/Report.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusRecords } from './corpusRecords.js'

/** The name every text is analysed under: the space makes SARIF and Markdown escape the path. */
export const PASS_LOG_NAME = 'logs/deploy step.log'
/** The repository the remedies with a trust policy are drafted for. */
export const PASS_OIDC = { repository: 'octo-org/octo-repo', ref: 'refs/heads/main' }

export interface CorpusOutput {
  /** The corpus file and the record's id (`heldout7.jsonl`, `h7-002`). */
  file: string
  id: string
  /** `analyzeText(text, PASS_LOG_NAME)`: findings and statistics, no remedies. */
  report: Report
  /** `buildRemedies(findings)`: what the CLI proposes without OIDC context. */
  remedies: Remedy[]
  /** `buildRemedies(findings, { oidc: PASS_OIDC })`: what the Action proposes in a repository. */
  oidcRemedies: Remedy[]
}

export const outputKey = (file: string, id: string): string => `${file}:${id}`

export function computePass(records = corpusRecords()): CorpusOutput[] {
  return records.map(({ file, id, text }) => {
    const report = analyzeText(text, PASS_LOG_NAME)
    return {
      file,
      id,
      report,
      remedies: buildRemedies(report.findings),
      oidcRemedies: buildRemedies(report.findings, { oidc: PASS_OIDC })
    }
  })
}

// Another worker computing the pass is waited for at most this long (under a load average of 30
// with coverage the pass takes about a minute); past it, or when that worker failed, it is computed here.
const WAIT_MS = 240_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The pass through the run's folder: computed by the first file that asks, read by the others. */
export async function sharedPass(dir: string, compute = computePass): Promise<CorpusOutput[]> {
  const done = path.join(dir, 'corpus-pass.json')
  const failed = `${done}.failed`
  const read = () => JSON.parse(fs.readFileSync(done, 'utf8')) as CorpusOutput[]
  if (fs.existsSync(done)) return read()
  let mine = true
  try {
    fs.writeFileSync(`${done}.lock`, String(process.pid), { flag: 'wx' })
  } catch {
    mine = false
  }
  const until = Date.now() + WAIT_MS
  // The worker that took the pass failed: compute (and fail) here too, with this file's own error.
  while (!mine && Date.now() < until && !fs.existsSync(failed)) {
    if (fs.existsSync(done)) return read()
    await sleep(100)
  }
  let outputs: CorpusOutput[]
  try {
    outputs = compute()
  } catch (error) {
    fs.writeFileSync(failed, String(error))
    throw error
  }
  // Written whole, then renamed: a reader never sees half a file.
  const partial = `${done}.${process.pid}.tmp`
  fs.writeFileSync(partial, JSON.stringify(outputs))
  fs.renameSync(partial, done)
  return outputs
}

let pass: Promise<CorpusOutput[]> | undefined

/** Every corpus record's output, in corpusRecords() order. */
export function corpusPass(): Promise<CorpusOutput[]> {
  const dir = process.env.WHYDENIED_CORPUS_PASS_DIR
  pass ??= dir ? sharedPass(dir) : Promise.resolve(computePass())
  return pass
}

/** The outputs by `outputKey(file, id)`. */
export async function corpusOutputs(): Promise<Map<string, CorpusOutput>> {
  return new Map((await corpusPass()).map((o) => [outputKey(o.file, o.id), o]))
}
