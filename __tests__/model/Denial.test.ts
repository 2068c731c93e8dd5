// emptyDenial is built by two literals (no spread, for speed): both must be the same record, the
// rule id first when given and absent otherwise, and fresh objects that writes keep apart.
import { emptyDenial } from '../../src/model/Denial.js'

const FIELDS = [
  'kind',
  'code',
  'operation',
  'action',
  'service',
  'principal',
  'resource',
  'layer',
  'deny',
  'policyArn',
  'policyName',
  'authorizationId',
  'encodedMessage',
  'grammar',
  'detail'
]

test('with and without a rule id, the same fields in the same order', () => {
  const bare = emptyDenial('denial', 'iam-sentence')
  const ruled = emptyDenial('denial', 'iam-sentence', 'WD701')
  expect(Object.keys(bare)).toEqual(FIELDS)
  expect(Object.keys(ruled)).toEqual(['grammarRule', ...FIELDS])
  expect('grammarRule' in emptyDenial('credentials', 'x', '')).toBe(false)
  expect(ruled).toEqual({ ...bare, grammarRule: 'WD701' })
  expect(bare).toMatchObject({ kind: 'denial', grammar: 'iam-sentence', code: null, detail: {} })
})

test('every denial is a fresh object, its detail too', () => {
  const a = emptyDenial('denial', 'g', 'WD1')
  const b = emptyDenial('denial', 'g', 'WD1')
  a.code = 'AccessDenied'
  a.detail['k'] = 'v'
  expect(b.code).toBeNull()
  expect(b.detail).toEqual({})
})
