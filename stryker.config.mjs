// Mutation testing over the pure core (npm run mutate; slow, so not part of CI). See docs/mutation.md.
//   npm run mutate                         every core folder, the whole suite (hours on 2 cores)
//   MUTATE=engine npm run mutate           one folder, killed by its own tests (__tests__/engine)
// The e2e tests run the built dist/, which no mutant reaches, so they are always left out.
const CORE = ['scan', 'parse', 'engine', 'diagnose', 'remedy', 'report', 'decode']
const only = process.env.MUTATE ? process.env.MUTATE.split(',') : null
const folders = only ?? CORE
for (const f of folders) {
  if (!CORE.includes(f)) throw new Error(`MUTATE: ${f} is not a core folder (${CORE.join(', ')})`)
}

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
      ...(only ? { roots: only.map((f) => `<rootDir>/__tests__/${f}`) } : {}),
      maxWorkers: 1
    },
    enableFindRelatedTests: false
  },
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 60000,
  dryRunTimeoutMinutes: 60,
  mutate: [
    ...folders.map((f) => `src/${f}/**/*.ts`),
    // The SDK adapter talks to STS; its tests are loopback servers, not the core's.
    '!src/decode/sts/**'
  ],
  ignorePatterns: ['dist', 'coverage', '.bench', 'reports'],
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${only ? only.join('-') : 'core'}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
