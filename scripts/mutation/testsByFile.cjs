// Which tests each test file holds, and whether the active mutant is already killed. Shared by the test environment
// and the test runner of the mutation config (jest.mutation.config.js), which live in the same process: Stryker runs
// jest in band inside its test-runner worker.
//
// Stryker's dry run runs every test and so learns the names; a mutant's run then passes jest only the names of the
// tests that cover it (testNamePattern). Jest still loads and links every test file of the run for that, which costs
// more than the tests themselves: with the names known, a file that holds none of them is not loaded at all.
const fs = require('node:fs')
const path = require('node:path')

// In the sandbox, so that a worker Stryker restarts (after a timeout) still knows the names; the sandbox is removed
// after the run, so the names never outlive the code they were learnt from.
const store =
  process.env.STRYKER_TESTS_BY_FILE ?? path.join(process.cwd(), '.stryker-tests-by-file.json')
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__'

let namesByFile = null
const killed = new Set()
const patterns = new Map()

function known() {
  if (namesByFile) return namesByFile
  namesByFile = new Map()
  try {
    for (const [file, names] of Object.entries(JSON.parse(fs.readFileSync(store, 'utf8')))) {
      namesByFile.set(file, names)
    }
  } catch {
    // No dry run yet in this sandbox: every file may hold a covering test.
  }
  return namesByFile
}

/** The id of the mutant under test, or undefined during the dry run and outside Stryker. */
function activeMutant() {
  return process.env[ACTIVE_MUTANT]
}

/** Called once per test file during the dry run, with the full name of each test it holds and its time. */
function learn(testPath, names, ms) {
  known().set(testPath, { names, ms })
  fs.writeFileSync(store, JSON.stringify(Object.fromEntries(namesByFile)))
}

/** Whether the file holds a test the pattern selects. Unknown files are run: better slow than a false survivor. */
function holdsSelectedTest(testPath, testNamePattern) {
  const names = known().get(testPath)?.names
  if (!names || !testNamePattern) return true
  let pattern = patterns.get(testNamePattern)
  if (!pattern) {
    // As jest-circus compiles it.
    pattern = new RegExp(testNamePattern, 'i')
    patterns.clear()
    patterns.set(testNamePattern, pattern)
  }
  return names.some((name) => pattern.test(name))
}

/** The file's time in the dry run, or Infinity when not known. */
function timeOf(testPath) {
  return known().get(testPath)?.ms ?? Infinity
}

// Bail: one failing test kills the mutant; the rest of its covering tests need not run.
function markKilled() {
  const id = activeMutant()
  if (id !== undefined) killed.add(id)
}

function isKilled() {
  const id = activeMutant()
  return id !== undefined && killed.has(id)
}

module.exports = { activeMutant, learn, holdsSelectedTest, timeOf, markKilled, isKilled }
