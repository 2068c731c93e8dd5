// Jest's order, except that a group file (__tests__/support/testGroups.mjs) jest has no time for
// yet goes first. Without a time, jest runs the largest files first, and a group file is a few
// lines that import a folder's tests: on a clean CI machine the longest jest files started last.
// A CommonJS module: its class is the default export's `default`.
import sequencer from '@jest/test-sequencer'
import path from 'node:path'
import { GROUP_FILE } from './testGroups.mjs'

export default class GroupsFirst extends sequencer.default {
  sort(tests) {
    const sorted = super.sort(tests)
    const cold = (test) => path.basename(test.path) === GROUP_FILE && test.duration == null
    return [...sorted.filter(cold), ...sorted.filter((test) => !cold(test))]
  }
}
