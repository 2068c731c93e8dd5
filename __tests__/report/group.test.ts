// The test files of __tests__/report as one jest file: __tests__/support/testGroups.mjs says why.
import { membersOf } from '../support/testGroups.mjs'

for (const file of membersOf('report')) await import(file)
