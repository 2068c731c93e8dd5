// The grouped test files (__tests__/support/testGroups.mjs): every test file runs exactly once,
// through its group or by itself, and a member does nothing that would leak into the files it
// shares a module registry with.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  GROUPS,
  GROUP_FILE,
  groupsOn,
  ignoredTestPaths,
  membersOf
} from '../support/testGroups.mjs'

const TESTS = fileURLToPath(new URL('..', import.meta.url))

const allTestFiles = (): string[] =>
  fs
    .readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.startsWith('fixtures/iac/'))
    .map((f) => path.join(TESTS, f))
    .sort()

const ignoredBy = (patterns: string[]) => (file: string) =>
  patterns.some((p) => new RegExp(p).test(file))

test('with groups on, every test file runs once: by itself or as the member of one group', () => {
  const ignored = ignoredBy(ignoredTestPaths(true))
  const members = Object.keys(GROUPS).flatMap((g) => membersOf(g))
  expect(new Set(members).size).toBe(members.length)
  for (const file of allTestFiles()) {
    const runs = (ignored(file) ? 0 : 1) + members.filter((m) => m === file).length
    expect({ file, runs }).toEqual({ file, runs: 1 })
  }
  expect(members.length).toBeGreaterThan(300)
})

test('with groups off, every test file runs by itself and no group file runs', () => {
  const ignored = ignoredBy(ignoredTestPaths(false))
  for (const file of allTestFiles()) {
    expect({ file, ignored: ignored(file) }).toEqual({
      file,
      ignored: path.basename(file) === GROUP_FILE
    })
  }
})

test('every group has its jest file, and every file named to run alone exists', () => {
  for (const [group, alone] of Object.entries(GROUPS)) {
    const dir = path.join(TESTS, group)
    expect(fs.readFileSync(path.join(dir, GROUP_FILE), 'utf8')).toContain(`membersOf('${group}')`)
    for (const file of alone) expect(fs.existsSync(path.join(dir, file))).toBe(true)
  }
})

test('groups are off under WHYDENIED_TEST_GROUPS=off or when a member test file is named', () => {
  expect(groupsOn({}, ['node', 'jest'])).toBe(true)
  expect(groupsOn({}, ['node', 'jest', '__tests__/parse', '-t', 'Terraform'])).toBe(true)
  expect(groupsOn({ WHYDENIED_TEST_GROUPS: 'off' }, ['node', 'jest'])).toBe(false)
  expect(groupsOn({}, ['node', 'jest', '__tests__/parse/gating.test.ts'])).toBe(false)
  expect(groupsOn({}, ['node', 'jest', '__tests__/parse/group.test.ts'])).toBe(true)
  // A file that runs alone anyway, named beside a group file: both run.
  expect(
    groupsOn({}, [
      'node',
      'jest',
      '__tests__/parse/group.test.ts',
      '__tests__/report/contractSchemas.test.ts'
    ])
  ).toBe(true)
})

// What a member must not do: it would change the module registry or process the other members
// of its group share. Such a file goes in its group's `alone` list.
const SHARED_STATE = [
  /jest\.unstable_mockModule|jest\.mock\(/,
  /^(beforeAll|afterAll|beforeEach|afterEach)\(/m,
  /useFakeTimers/,
  /connectCatalog\(/,
  /^\s*process\.env\.\w+\s*=[^=]|process\.chdir\(/m
]

test('no member mocks a module, installs a top-level hook or changes process-wide state', () => {
  for (const group of Object.keys(GROUPS)) {
    for (const file of membersOf(group)) {
      const text = fs.readFileSync(file, 'utf8')
      const found = SHARED_STATE.filter((re) => re.test(text)).map(String)
      expect({ file: path.relative(TESTS, file), found }).toEqual({
        file: path.relative(TESTS, file),
        found: []
      })
    }
  }
})

test('the shared-state check sees what it looks for', () => {
  const caught = (text: string) => SHARED_STATE.some((re) => re.test(text))
  expect(caught("jest.unstable_mockModule('../x.js', () => ({}))")).toBe(true)
  expect(caught('afterEach(() => undefined)')).toBe(true)
  expect(caught("  process.env.AWS_REGION = 'x'")).toBe(true)
  expect(caught("const log = `\\nprocess.env.KEY = 'fake'` // a log's text")).toBe(false)
  expect(caught("  it('x', () => {})")).toBe(false)
  expect(caught("if (process.env.CI === 'true') {}")).toBe(false)
})
