// The selective mutation runner (scripts/mutation/) must never drop a test file that holds a test
// covering the mutant: a dropped file turns a killed mutant into a false survivor.
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutation-runner-'))
process.env.STRYKER_TESTS_BY_FILE = path.join(dir, 'tests-by-file.json')
const { default: tests } = await import('../../scripts/mutation/testsByFile.cjs')

// How Stryker's jest runner turns the covering tests into jest's testNamePattern.
const patternOf = (...names: string[]) =>
  names.map((n) => `(${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`).join('|')

afterAll(() => {
  delete process.env.__STRYKER_ACTIVE_MUTANT__
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the selective mutation runner', () => {
  tests.learn(
    '/t/fixTarget.test.ts',
    ['fixTarget: the other layers d016 (explicit) → trust-policy'],
    40
  )
  tests.learn('/t/counting.test.ts', ['gives one finding with occurrences 100000'], 27000)

  it('loads a file holding a covering test, whatever regex characters its name has', () => {
    const pattern = patternOf('fixTarget: the other layers d016 (explicit) → trust-policy')
    expect(tests.holdsSelectedTest('/t/fixTarget.test.ts', pattern)).toBe(true)
    expect(tests.holdsSelectedTest('/t/counting.test.ts', pattern)).toBe(false)
  })

  it('matches as jest-circus does: any part of the name, case ignored', () => {
    expect(tests.holdsSelectedTest('/t/counting.test.ts', 'OCCURRENCES 100000')).toBe(true)
  })

  it('loads a file it has no names for, and every file when no pattern is given', () => {
    expect(tests.holdsSelectedTest('/t/unknown.test.ts', patternOf('anything'))).toBe(true)
    expect(tests.holdsSelectedTest('/t/counting.test.ts', undefined)).toBe(true)
  })

  it('keeps the names on disk for a restarted worker', () => {
    const stored = JSON.parse(fs.readFileSync(process.env.STRYKER_TESTS_BY_FILE!, 'utf8'))
    expect(Object.keys(stored)).toEqual(['/t/fixTarget.test.ts', '/t/counting.test.ts'])
    expect(tests.timeOf('/t/counting.test.ts')).toBe(27000)
    expect(tests.timeOf('/t/unknown.test.ts')).toBe(Infinity)
  })

  it('bails per mutant: a kill is remembered for that mutant only, never outside a mutant run', () => {
    delete process.env.__STRYKER_ACTIVE_MUTANT__
    tests.markKilled()
    expect(tests.isKilled()).toBe(false)
    process.env.__STRYKER_ACTIVE_MUTANT__ = '7'
    expect(tests.isKilled()).toBe(false)
    tests.markKilled()
    expect(tests.isKilled()).toBe(true)
    process.env.__STRYKER_ACTIVE_MUTANT__ = '8'
    expect(tests.isKilled()).toBe(false)
  })
})
