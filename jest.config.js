// ts-jest in ESM mode: @actions/* 3.x and @actions/github 9 ship ESM only.
import { ignoredTestPaths } from './__tests__/support/testGroups.mjs'

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Stryker's sandbox copies of the repository (npm run mutate) are not ours to run.
  testPathIgnorePatterns: [
    '/node_modules/',
    '/dist/',
    '<rootDir>/.stryker-tmp/',
    '<rootDir>/reports/',
    // The pure core's small test files run in one jest file per folder (group.test.ts).
    ...ignoredTestPaths()
  ],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  // The machines have two cores. A third worker keeps both busy while the end-to-end and GitHub
  // client tests wait on child processes, loopback servers and timers (about a minute of a
  // worker's time in a run; see docs/ci-time.md).
  maxWorkers: 3,
  testTimeout: 30000,
  // `npm test -- --coverage` (CI): all of src/, not only the files some test imports. The
  // thresholds sit just under what the suite measures (docs/mutation.md), so a drop fails CI.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: {
    // Just under what CI measures. The IaC locators (src/iac) and the Action's IaC hints are exercised mostly through
    // the built CLI and dist/index.js in child processes, which coverage does not see: raise these as unit tests land.
    global: { statements: 94, branches: 89, functions: 95, lines: 95 }
  },
  // A folder per run where the whole-corpus tests share one pass of the engine over the corpora
  // (__tests__/support/corpusPass.ts).
  testSequencer: '<rootDir>/__tests__/support/testSequencer.mjs',
  globalSetup: '<rootDir>/__tests__/support/globalSetup.mjs',
  globalTeardown: '<rootDir>/__tests__/support/globalTeardown.mjs',
  setupFiles: [
    '<rootDir>/__tests__/support/fastCheckSeed.ts',
    '<rootDir>/__tests__/support/catalog.ts'
  ]
}
