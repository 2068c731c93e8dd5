// Mutation testing over the pure core (npm run mutate; slow, so not part of CI).
// One folder at a time: npm run mutate -- --mutate 'src/engine/**/*.ts'
// The e2e tests run the built dist/, which no mutant reaches, so they are left out.
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
      maxWorkers: 1
    },
    enableFindRelatedTests: false
  },
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 20000,
  mutate: [
    'src/scan/**/*.ts',
    'src/parse/**/*.ts',
    'src/engine/**/*.ts',
    'src/diagnose/**/*.ts',
    'src/remedy/**/*.ts',
    'src/report/**/*.ts',
    'src/decode/**/*.ts',
    // The SDK adapter talks to STS; its tests are loopback servers, not the core's.
    '!src/decode/sts/**'
  ],
  ignorePatterns: ['dist', 'coverage', '.bench', 'reports'],
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
