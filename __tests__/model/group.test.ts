// The test files of __tests__/model as one jest file: __tests__/support/testGroups.mjs says why.
import { membersOf } from '../support/testGroups.mjs'

for (const file of membersOf('model')) await import(file)
