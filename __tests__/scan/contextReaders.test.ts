// Each context fragment's hit runs only the readers of the groups that list it (issue 16): every
// fragment must have one, and the readers whose expressions share a fragment must all run on it.
import {
  CONTEXT_FRAGMENTS,
  CONTEXT_GROUPS,
  PREFILTER_FRAGMENTS,
  readersOf,
  STEP_FRAGMENTS
} from '../../src/scan/triggers.js'
import { DECODED_FRAGMENTS } from '../../src/scan/decodedInLog.js'
import { TARGET_FRAGMENTS } from '../../src/parse/requestTarget.js'
import { S3_COMPATIBLE_HOSTS } from '../../src/parse/s3Compatible.js'

describe('context readers', () => {
  it('gives every context fragment at least one reader', () => {
    for (const text of CONTEXT_FRAGMENTS)
      expect([text, readersOf(text).size > 0]).toEqual([text, true])
  })

  it('lists every fragment of every group once in the pre-filter', () => {
    const prefilter = PREFILTER_FRAGMENTS.filter((f) => !f.trigger).map((f) => f.text)
    expect(new Set(prefilter).size).toBe(prefilter.length)
    for (const g of CONTEXT_GROUPS)
      for (const text of g.fragments) expect(prefilter).toContain(text)
  })

  it('runs each reader on its own fragments', () => {
    for (const text of STEP_FRAGMENTS) expect(readersOf(text).has('step')).toBe(true)
    for (const text of TARGET_FRAGMENTS) expect(readersOf(text).has('target')).toBe(true)
    for (const text of S3_COMPATIBLE_HOSTS) expect(readersOf(text).has('store')).toBe(true)
    for (const text of DECODED_FRAGMENTS) expect(readersOf(text).has('decoded')).toBe(true)
  })

  it('reads a CloudTrail caller and a decoded message from the same ARN field', () => {
    expect([...readersOf('"arn": "arn:')].sort()).toEqual(['decoded', 'trail'])
  })

  it('reads nothing for a text that is no context fragment', () => {
    expect(readersOf('AccessDenied').size).toBe(0)
  })
})
