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
import { ENDPOINT_FRAGMENTS } from '../../src/parse/serviceHints.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

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
    for (const text of ENDPOINT_FRAGMENTS) expect(readersOf(text).has('endpoint')).toBe(true)
  })

  it('reads a CloudTrail caller and a decoded message from the same ARN field', () => {
    expect([...readersOf('"arn": "arn:')].sort()).toEqual(['decoded', 'trail'])
  })

  it('reads nothing for a text that is no context fragment', () => {
    expect(readersOf('AccessDenied').size).toBe(0)
  })
})

// The finder goes on from the byte after a hit, not from its end (Scanner.blockLines): a fragment
// starting inside another's hit runs its readers too. With the step fragment `endpoint-url=http://`
// read first, the store fragment `url=http://localhost` inside it once went unseen and made
// LocalStack's refusal AWS's (h11-019).
describe('fragments inside another fragment', () => {
  it('h11-019: a local endpoint inside a command line still names the store', () => {
    expect(analyzeText(corpusText('heldout11.jsonl', 'h11-019')).findings).toEqual([])
  })

  it('own: the same command and refusal against AWS is a finding', () => {
    const text = corpusText('heldout11.jsonl', 'h11-019').replace(
      'http://localhost:4568',
      'https://lambda.us-east-1.amazonaws.com'
    )
    expect(analyzeText(text).findings).toHaveLength(1)
  })
})
