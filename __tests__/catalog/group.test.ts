// The test files of __tests__/catalog as one jest file: __tests__/support/testGroups.mjs says why.
import { membersOf } from '../support/testGroups.mjs'

for (const file of membersOf('catalog')) await import(file)
