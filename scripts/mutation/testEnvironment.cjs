// The node test environment, plus two things for mutation runs (jest.mutation.config.js): during the dry run it notes
// the full name of every test of the file; during a mutant's run it skips the remaining tests once one has failed.
const { performance } = require('node:perf_hooks')
const { TestEnvironment } = require('jest-environment-node')
const tests = require('./testsByFile.cjs')

/** The name jest-circus matches testNamePattern against: the describe titles and the test's, root left out. */
function fullName(test) {
  const titles = []
  for (let block = test; block; block = block.parent) titles.unshift(block.name)
  titles.shift()
  return titles.join(' ')
}

class MutationEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.testPath = context.testPath
    this.names = []
    this.started = performance.now()
    // Stryker's wrapper calls the handler detached from its object.
    this.handleTestEvent = this.handleTestEvent.bind(this)
  }

  async handleTestEvent(event) {
    if (event.name === 'test_start') {
      if (tests.activeMutant() === undefined) this.names.push(fullName(event.test))
      else if (tests.isKilled()) event.test.mode = 'skip'
    } else if (event.name === 'test_done' && event.test.errors.length > 0) {
      tests.markKilled()
    }
  }

  async teardown() {
    if (tests.activeMutant() === undefined && this.names.length > 0) {
      tests.learn(this.testPath, this.names, Math.round(performance.now() - this.started))
    }
    await super.teardown()
  }
}

module.exports = MutationEnvironment
