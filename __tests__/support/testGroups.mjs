// Test files that run together as one jest file. Under coverage, jest pays about a second of CPU
// per test file besides its tests (a fresh module registry that loads the engine's ~400 modules,
// and a copy of every loaded module's coverage map sent back to the parent): with ~480 files that
// was half of CI's time (docs/ci-time.md, session 17). The pure-core folders below hold hundreds
// of small files that only call the engine, so each folder runs as one jest file
// (`__tests__/<folder>/group.test.ts`, which imports its members) and the members stay small files
// that mirror src/. A member shares the group's module registry, so it must not mock modules,
// install top-level hooks or change process-wide state (__tests__/architecture/testGroups.test.ts
// checks); a file that does is listed in `alone` and runs by itself. Heavy files are alone too, so
// the workers share the load.
//
// Groups are off when a member test file is named on jest's command line (it runs alone) or
// under WHYDENIED_TEST_GROUPS=off (a mutation run selects test files by what they import).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Folder under __tests__ → the files (relative to it) that run by themselves. */
export const GROUPS = {
  parse: ['listingShapes.test.ts'],
  diagnose: [],
  remedy: ['corpus.test.ts', 'renderings.test.ts', 'pasteSafety.test.ts', 'validateCorpus.test.ts'],
  infer: ['s3Wrappers.test.ts'],
  report: ['contractSchemas.test.ts', 'noiseCorpus.test.ts', 'commentInBrowser.test.ts'],
  scan: ['Scanner.test.ts'],
  catalog: ['catalogFile.test.ts', 'lazyCatalog.test.ts'],
  model: [],
  common: [],
  iac: ['mergeStatements.test.ts']
}

/** The file that runs a group's members. */
export const GROUP_FILE = 'group.test.ts'

const testFilesUnder = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort()

/** Absolute paths of the files a group's jest file imports. */
export function membersOf(group, root = ROOT) {
  const dir = path.join(root, '__tests__', group)
  const alone = new Set(GROUPS[group].map((f) => path.join(dir, f)))
  return testFilesUnder(dir).filter(
    (file) => file !== path.join(dir, GROUP_FILE) && !alone.has(file)
  )
}

/** True unless turned off, or a member test file is named on the command line (it runs alone). */
export function groupsOn(env = process.env, argv = process.argv, root = ROOT) {
  if (env.WHYDENIED_TEST_GROUPS === 'off') return false
  const named = argv.slice(2).filter((arg) => /\.test\.[cm]?[jt]s$/.test(arg))
  if (named.length === 0) return true
  const members = new Set(Object.keys(GROUPS).flatMap((g) => membersOf(g, root)))
  return !named.some((arg) => members.has(path.resolve(root, arg)))
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What jest leaves out: the members (their group runs them) or, with groups off, the groups. */
export function ignoredTestPaths(on = groupsOn(), root = ROOT) {
  const groups = Object.keys(GROUPS)
  if (!on) return groups.map((g) => `^${escape(path.join(root, '__tests__', g, GROUP_FILE))}$`)
  return groups.flatMap((g) => membersOf(g, root)).map((file) => `^${escape(file)}$`)
}
