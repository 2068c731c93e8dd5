// ts-jest in ESM mode: @actions/* 3.x and @actions/github 9 ship ESM only.
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
    '<rootDir>/reports/'
  ],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  // The machines have two cores.
  maxWorkers: 2,
  testTimeout: 30000,
  // `npm test -- --coverage` (CI): all of src/, not only the files some test imports. The
  // thresholds sit just under what the suite measures (docs/mutation.md), so a drop fails CI.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: {
    global: { statements: 95, branches: 87, functions: 96, lines: 96 }
  },
  setupFiles: ['<rootDir>/__tests__/support/fastCheckSeed.ts']
}
