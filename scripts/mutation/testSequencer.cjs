// Quickest test files first during a mutant's run: the first failing test kills the mutant and the rest are skipped
// (testsByFile.cjs), so a slow file (100,000 log lines) only runs for a mutant the quick ones miss. Jest's own order is
// the opposite, slowest first, which suits a full run on many workers.
const Sequencer = require('@jest/test-sequencer').default
const tests = require('./testsByFile.cjs')

class QuickestFirst extends Sequencer {
  sort(files) {
    if (tests.activeMutant() === undefined) return super.sort(files)
    return [...files].sort(
      (a, b) => tests.timeOf(a.path) - tests.timeOf(b.path) || a.path.localeCompare(b.path)
    )
  }
}

module.exports = QuickestFirst
