// Mutation testing over the pure core (npm run mutate; slow, so not part of CI). See docs/mutation.md.
//   npm run mutate                         every core folder, the whole suite (hours on 2 cores)
//   MUTATE=engine npm run mutate           one folder, killed by its own tests (__tests__/engine)
// The e2e tests run the built dist/, which no mutant reaches, so they are always left out.
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { mutateRange } from './scripts/mutation/sampling.mjs'

const CORE = ['scan', 'parse', 'engine', 'diagnose', 'remedy', 'report', 'decode']
const only = process.env.MUTATE ? process.env.MUTATE.split(',') : null
const folders = only ?? CORE
// Switches for measuring what makes a run fast (docs/mutation.md, "Speed"): each defaults to the
// fastest setting; set one to 0 to measure without it.
const on = (name) => process.env[name] !== '0'
const here = (file) => fileURLToPath(new URL(file, import.meta.url))
// The selective runner and environment (scripts/mutation/): a mutant's run loads only the test files holding a test
// that covers it, quickest first, and stops at the first failure. Absolute paths: Stryker's environment wrapper resolves the name as is.
const selective = on('STRYKER_SELECTIVE')
  ? {
      testRunner: here('./scripts/mutation/jest-circus-selective.cjs'),
      testEnvironment: here('./scripts/mutation/testEnvironment.cjs'),
      testSequencer: here('./scripts/mutation/testSequencer.cjs')
    }
  : {}
// A sampled run (npm run mutate:sample): the drawn positions, against the whole suite.
const sample = process.env.MUTATE_SAMPLE
  ? JSON.parse(fs.readFileSync(process.env.MUTATE_SAMPLE, 'utf8'))
  : null
const label = sample
  ? `sample-${sample.seed}-${sample.size}`
  : (process.env.MUTATE_LABEL ?? (only ? only.join('-') : 'core'))
for (const f of folders) {
  if (!CORE.includes(f)) throw new Error(`MUTATE: ${f} is not a core folder (${CORE.join(', ')})`)
}

// No shared whole-corpus pass (__tests__/support/globalSetup.mjs): under mutation each test file
// computes its own, so the tests that reach a mutant are the ones that run the engine. The test
// runner processes inherit this variable.
process.env.WHYDENIED_CORPUS_PASS = 'off'
// Every test file by itself (__tests__/support/testGroups.mjs): the runner picks the files that
// import a mutated module, which a folder's group file would hide.
process.env.WHYDENIED_TEST_GROUPS = 'off'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/__tests__/e2e/'],
      // All of src/ and __tests__/ are roots, so that jest's dependency graph sees the chains
      // (a trap test reaches src/diagnose through its helper and src/engine); with only
      // __tests__/<folder> as the root, findRelatedTests missed every test reaching a file through
      // another folder, and those mutants "survived" untested. Only the folder's tests are run.
      roots: ['<rootDir>/src', '<rootDir>/__tests__'],
      ...(only && !sample
        ? { testMatch: only.map((f) => `<rootDir>/__tests__/${f}/**/*.test.ts`) }
        : {}),
      maxWorkers: 1,
      ...selective
    },
    // Only the test files that import the mutated file, through any chain, run for a mutant: with
    // the whole root, jest loads and evaluates every test file of the folder for each mutant.
    enableFindRelatedTests: on('STRYKER_RELATED')
  },
  // Mutants in module-level code (tables, regexes built at load) need every test re-run in a fresh
  // process each; they are left out and counted as ignored.
  ignoreStatic: on('STRYKER_IGNORE_STATIC'),
  // Keep each folder's results: a rerun tests only the mutants whose code or tests changed.
  incremental: on('STRYKER_INCREMENTAL'),
  incrementalFile: `reports/stryker-incremental-${label}.json`,
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 60000,
  // A sampled run shares the machine for an hour: a mutant that is only slow under load must not
  // count as a timeout (detected), so its covering tests get three times their dry-run time.
  ...(sample ? { timeoutFactor: 3 } : {}),
  // A sampled run's dry run is the whole suite at nice 19: behind eight engineers' suites it was
  // still running after 60 minutes (4 CPU-minutes in, docs/mutation.md), and Stryker gave up.
  dryRunTimeoutMinutes: sample ? 240 : 60,
  mutate: sample
    ? sample.drawn.map(mutateRange)
    : [
        ...folders.map((f) => `src/${f}/**/*.ts`),
        // The SDK adapter talks to STS; its tests are loopback servers, not the core's.
        '!src/decode/sts/**'
      ],
  // In a sampled run, what a drawn range holds besides the drawn position is left out.
  ...(sample
    ? {
        plugins: ['@stryker-mutator/*', here('./scripts/mutation/sampleIgnorer.mjs')],
        ignorers: ['sample']
      }
    : {}),
  // dist/ is copied into the sandbox: a whole-suite run includes the tests of the built CLI and its
  // scan worker (__tests__/cli, __tests__/source), which fail the dry run without it.
  ignorePatterns: ['coverage', '.bench', 'reports'],
  // event-recorder writes each mutant's result as it is tested, so a run stopped at a deadline
  // still leaves its survivors to triage (the json report is only written at the end).
  reporters: ['clear-text', 'progress-append-only', 'json', 'event-recorder'],
  eventReporter: { baseDir: `reports/mutation/events-${label}` },
  // MUTATE_LABEL names the reports of a run over part of a folder (`--mutate` on the command line).
  jsonReporter: { fileName: `reports/mutation/${label}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
