// jest-circus, except that during a mutant's run a test file is not even loaded when it holds none of the tests that
// cover the mutant, or when the mutant is already killed (testsByFile.cjs). Loading a file links its whole module
// graph afresh (ESM under --experimental-vm-modules): that, not the tests, was most of a mutant's time.
// The file name keeps "jest-circus": Stryker's per-test coverage accepts only a jest-circus runner.
const circus = require('jest-circus/runner')
const { createEmptyTestResult } = require('@jest/test-result')
const tests = require('./testsByFile.cjs')

// Jest fails a file that reports no test at all: one skipped entry stands for the file.
function notLoaded(testPath) {
  return {
    ...createEmptyTestResult(),
    testFilePath: testPath,
    numPendingTests: 1,
    testResults: [
      {
        ancestorTitles: [],
        duration: 0,
        failureDetails: [],
        failureMessages: [],
        fullName: 'not loaded: no test here covers the mutant, or it is already killed',
        location: null,
        numPassingAsserts: 0,
        status: 'pending',
        title: 'not loaded'
      }
    ]
  }
}

module.exports = async function selectiveCircus(
  globalConfig,
  config,
  environment,
  runtime,
  testPath,
  send
) {
  if (
    tests.activeMutant() !== undefined &&
    (tests.isKilled() || !tests.holdsSelectedTest(testPath, globalConfig.testNamePattern))
  ) {
    return notLoaded(testPath)
  }
  return circus(globalConfig, config, environment, runtime, testPath, send)
}
