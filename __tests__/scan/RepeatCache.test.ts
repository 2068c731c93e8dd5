// The repeat cache: learn, check once, then reuse; never reuse across a varying part that fed a
// field, a different neighbour or context, or after a check failed.
import { RepeatCache } from '../../src/scan/RepeatCache.js'
import { lineShape, partOf, partsFeeding } from '../../src/scan/lineShape.js'
import { emptyDenial } from '../../src/model/Denial.js'
import type { Denial } from '../../src/model/Denial.js'

const SYNC = (key: string) =>
  `upload failed: ./${key} to s3://b/${key} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`

function denial(fields: Partial<Denial>): Denial {
  return { ...emptyDenial('denial', 's3-bare'), ...fields }
}

describe('lineShape', () => {
  it('gives lines that differ only in keys, ids and numbers one shape', () => {
    expect(lineShape(SYNC('b-1.js')).hash).toBe(lineShape(SYNC('d-22.css')).hash)
    expect(lineShape('Request ID: 5B3F; id=MDAw').hash).toBe(
      lineShape('Request ID: 77AA01; id=NjI=').hash
    )
  })

  it('keeps the words of a message in the shape', () => {
    expect(lineShape('Error: AccessDenied: Access Denied').hash).not.toBe(
      lineShape('Warning: AccessDenied: Access Denied').hash
    )
    expect(lineShape('AccessDenied').hash).not.toBe(lineShape('AccessDenied ').hash)
  })

  it('marks the varying parts that a field holds or that hold a field', () => {
    const s = lineShape('User: arn:aws:iam::111122223333:user/ci on arn:aws:s3:::b/key-7 x-12')
    expect(partsFeeding(s, ['arn:aws:s3:::b/key-7'])).toEqual([1, 2])
    expect(partsFeeding(s, ['arn:aws:iam::111122223333:user/ci'])).toEqual([0])
  })
})

// Java SDK v1 refusals as printed (request ids from adcreare/cloudformation#4 and
// IQSS/dataverse#4223); S3's extended request id is base64, and may hold `/` and `s3`.
const JAVA = (requestId: string, extended: string) =>
  `com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ${requestId}; S3 Extended Request ID: ${extended}), S3 Extended Request ID: ${extended}`
const ADCREARE = JAVA(
  '25B458BA4187FD7E',
  'TBye2b7LH/9DPlbprRidritbD8iwMjtdAbwEbsu9TYcw8OmdUSpASS7BkK0iOZBemfxXBhcOBtg='
)
const DATAVERSE = JAVA(
  'EFFCAB1A44361645',
  'uP7xTEegil9Pqw57VoTJSfYkKR0xdcfHFhZe8kEqkHCMM6SISNT4UoJyxARhUK6p+ZRdi8SdWms='
)
// Nasty: pieces between the slashes without a digit, and `s3` inside the id.
const SLASHED = JAVA('A087EAF300B349C9', 'hwbE6/smJ/33550rR/ZmMJzjAfC4s3Q')

describe('lineShape and opaque ids', () => {
  it('gives Java refusals with other request ids one shape, slashes in the id or not', () => {
    expect(lineShape(ADCREARE).hash).toBe(lineShape(DATAVERSE).hash)
    expect(lineShape(SLASHED).hash).toBe(lineShape(DATAVERSE).hash)
  })

  it('takes a slashed id out whole, and keeps paths and words in pieces', () => {
    const s = lineShape('id: hwbE6/smJ/33550rR/ZmMJzjAfC4 at dist/assets/app-1.js in smJ/ab')
    const parts = Array.from({ length: s.bounds.length / 2 }, (_, k) => partOf(s, k))
    expect(parts).toEqual(['hwbE6/smJ/33550rR/ZmMJzjAfC4', 'app-1.js'])
  })

  it('reads no short value from inside an opaque id, but still one that holds it whole', () => {
    const s = lineShape(SLASHED)
    const parts = Array.from({ length: s.bounds.length / 2 }, (_, k) => partOf(s, k))
    const id = parts.indexOf('hwbE6/smJ/33550rR/ZmMJzjAfC4s3Q')
    expect(id).toBeGreaterThan(-1)
    expect(partsFeeding(s, ['s3', 'accessdenied'])).not.toContain(id)
    // The label `S3` and the package `…services.s3.model…` still feed the service.
    expect(partsFeeding(s, ['s3']).map((k) => parts[k])).toEqual(
      expect.arrayContaining(['S3', 'com.amazonaws.services.s3.model.AmazonS3Exception:'])
    )
    expect(partsFeeding(s, ['x/hwbe6/smj/33550rr/zmmjzjafc4s3q'])).toContain(id)
  })

  it('reuses a Java refusal whatever its ids hold', () => {
    const cache = new RepeatCache()
    const d = denial({ code: 'AccessDenied', service: 's3' })
    const first = cache.lookup([lineShape(SLASHED)], 0, '')
    if (first.kind === 'miss') first.learn!([d])
    const second = cache.lookup([lineShape(DATAVERSE)], 0, '')
    expect(second.kind).toBe('check')
    if (second.kind === 'check') second.check([{ ...d }])
    expect(cache.lookup([lineShape(ADCREARE)], 0, '').kind).toBe('reuse')
  })
})

describe('RepeatCache', () => {
  const d = denial({ code: 'AccessDenied', operation: 'PutObject', service: 's3' })
  const window = (keys: string[]) => keys.map((k) => lineShape(SYNC(k)))

  it('learns, checks the first repeat, then reuses', () => {
    const cache = new RepeatCache()
    const first = cache.lookup(window(['a1', 'a2', 'a3']), 1, '')
    expect(first.kind).toBe('miss')
    if (first.kind === 'miss') first.learn!([d])
    const second = cache.lookup(window(['b1', 'b2', 'b3']), 1, '')
    expect(second.kind).toBe('check')
    if (second.kind === 'check') second.check([{ ...d }])
    const third = cache.lookup(window(['c1', 'c2', 'c3']), 1, '')
    expect(third).toEqual({ kind: 'reuse', denials: [d] })
  })

  it('with learnOnRepeat, learns a window the second time its key is seen', () => {
    const cache = new RepeatCache(undefined, true)
    // Seen once: nothing to learn into (a dense log's windows never come back).
    expect(cache.lookup(window(['a1', 'a2']), 0, '')).toEqual({ kind: 'miss', learn: null })
    // Another window is its own first sighting.
    const other = [lineShape(SYNC('x')), lineShape('processed 12 items')]
    expect(cache.lookup(other, 0, '')).toEqual({ kind: 'miss', learn: null })
    const second = cache.lookup(window(['b1', 'b2']), 0, '')
    expect(second.kind === 'miss' && second.learn !== null).toBe(true)
    if (second.kind === 'miss') second.learn!([d])
    const third = cache.lookup(window(['c1', 'c2']), 0, '')
    expect(third.kind).toBe('check')
    if (third.kind === 'check') third.check([{ ...d }])
    expect(cache.lookup(window(['e1', 'e2']), 0, '')).toEqual({ kind: 'reuse', denials: [d] })
  })

  it('tells a centre shape seen before from a new one, only with learnOnRepeat', () => {
    const cache = new RepeatCache(undefined, true)
    const [a, b] = [lineShape(SYNC('k1')), lineShape(SYNC('k2'))]
    expect(cache.seenCentre(a.hash)).toBe(false)
    // Another key, one shape.
    expect(cache.seenCentre(b.hash)).toBe(true)
    expect(cache.seenCentre(lineShape('processed 12 items').hash)).toBe(false)
    expect(new RepeatCache().seenCentre(a.hash)).toBe(true)
  })

  it('never reuses a window whose check found other findings', () => {
    const cache = new RepeatCache()
    const first = cache.lookup(window(['a1', 'a2']), 0, '')
    if (first.kind === 'miss') first.learn!([d])
    const second = cache.lookup(window(['b1', 'b2']), 0, '')
    if (second.kind === 'check') second.check([{ ...d, code: 'Forbidden' }])
    expect(cache.lookup(window(['c1', 'c2']), 0, '')).toEqual({ kind: 'miss', learn: null })
  })

  it('keys a result by the varying parts its fields came from', () => {
    const cache = new RepeatCache()
    const line = (resource: string) =>
      lineShape(`User: u is not authorized to perform: s3:GetObject on resource: ${resource}`)
    const r1 = denial({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k1' })
    const first = cache.lookup([line('arn:aws:s3:::b/k1')], 0, '')
    if (first.kind === 'miss') first.learn!([r1])
    expect(cache.lookup([line('arn:aws:s3:::b/k2')], 0, '').kind).toBe('miss')
    expect(cache.lookup([line('arn:aws:s3:::b/k1')], 0, '').kind).toBe('check')
  })

  it('keys a result by the neighbours, the centre and the context', () => {
    const cache = new RepeatCache()
    const first = cache.lookup(window(['a1', 'a2']), 0, 'ecr')
    if (first.kind === 'miss') first.learn!([d])
    expect(cache.lookup(window(['b1', 'b2']), 1, 'ecr').kind).toBe('miss')
    expect(cache.lookup(window(['b1', 'b2']), 0, '').kind).toBe('miss')
    expect(cache.lookup([lineShape(SYNC('b1')), lineShape('other')], 0, 'ecr').kind).toBe('miss')
    expect(cache.lookup(window(['b1', 'b2']), 0, 'ecr').kind).toBe('check')
  })
})

describe('RepeatCache when results of one window read different parts', () => {
  const line = (principal: string, resource: string) =>
    lineShape(
      `User: ${principal} is not authorized to perform: s3:GetObject on resource: ${resource}`
    )
  const p = (n: number) => `arn:aws:iam::111122223333:user/ci-${n}`
  const r = (n: number) => `arn:aws:s3:::b/k${n}`
  // The refused line and a neighbour whose parts feed nothing: every line of the window counts.
  const window = (principal: string, resource: string) => [
    line(principal, resource),
    lineShape('retrying in 2s')
  ]

  it('keys every result by all the parts any of them read', () => {
    const cache = new RepeatCache()
    // The first result read the resource only (the principal was not kept), the second the
    // principal only: a line is the same repeat only if both are equal.
    const first = cache.lookup(window(p(1), r(1)), 0, '')
    if (first.kind === 'miss') first.learn!([denial({ action: 's3:GetObject', resource: r(1) })])
    const second = cache.lookup(window(p(2), r(2)), 0, '')
    expect(second.kind).toBe('miss')
    if (second.kind === 'miss') second.learn!([denial({ action: 's3:GetObject', principal: p(2) })])
    // Reusing the second result for another principal would name the wrong one.
    expect(cache.lookup(window(p(3), r(2)), 0, '').kind).toBe('miss')
    expect(cache.lookup(window(p(2), r(3)), 0, '').kind).toBe('miss')
    expect(cache.lookup(window(p(2), r(2)), 0, '').kind).toBe('check')
    // The results learnt under fewer parts are dropped, not kept under the wrong key.
    expect(cache.lookup(window(p(1), r(1)), 0, '').kind).toBe('miss')
  })

  it('keeps results that read the same parts side by side', () => {
    const cache = new RepeatCache()
    for (const n of [1, 2]) {
      const miss = cache.lookup(window(p(n), r(n)), 0, '')
      expect(miss.kind).toBe('miss')
      if (miss.kind === 'miss') miss.learn!([denial({ action: 's3:GetObject', resource: r(n) })])
    }
    // The principal fed neither: any principal repeats either result.
    expect(cache.lookup(window(p(9), r(1)), 0, '').kind).toBe('check')
    expect(cache.lookup(window(p(9), r(2)), 0, '').kind).toBe('check')
  })
})

// Entries are found by 52-bit hashes, which may collide: with every hash colliding, a hit must
// still be compared in full, and only a true repeat may be checked or reused.
describe('RepeatCache when every hash collides', () => {
  const colliding = () => new RepeatCache({ window: () => 0, values: () => 0 })
  const d = denial({ code: 'AccessDenied', operation: 'PutObject', service: 's3' })
  const window = (keys: string[]) => keys.map((k) => lineShape(SYNC(k)))

  it('never takes another centre, context, window length or neighbour for the learnt window', () => {
    const cache = colliding()
    const first = cache.lookup(window(['a1', 'a2']), 0, 'ecr')
    if (first.kind === 'miss') first.learn!([d])
    expect(cache.lookup(window(['b1', 'b2']), 1, 'ecr').kind).toBe('miss')
    expect(cache.lookup(window(['b1', 'b2']), 0, '').kind).toBe('miss')
    expect(cache.lookup(window(['b1', 'b2']), 0, 'ecs').kind).toBe('miss')
    expect(cache.lookup(window(['b1', 'b2', 'b3']), 0, 'ecr').kind).toBe('miss')
    expect(cache.lookup(window(['b1']), 0, 'ecr').kind).toBe('miss')
    expect(cache.lookup([lineShape(SYNC('b1')), lineShape('other')], 0, 'ecr').kind).toBe('miss')
    expect(cache.lookup([lineShape('other'), lineShape(SYNC('b1'))], 0, 'ecr').kind).toBe('miss')
    // A neighbour whose varying parts are the same but whose words are not.
    const reworded = [lineShape(SYNC('b1')), lineShape(`${SYNC('b2')} (retrying)`)]
    expect(cache.lookup(reworded, 0, 'ecr').kind).toBe('miss')
    // The true repeat is still found: the guards compare, they do not refuse everything.
    expect(cache.lookup(window(['b1', 'b2']), 0, 'ecr').kind).toBe('check')
  })

  it('never takes other values of the parts a field came from, a longer one included', () => {
    const cache = colliding()
    const line = (resource: string) =>
      lineShape(`User: u is not authorized to perform: s3:GetObject on resource: ${resource}`)
    const r1 = denial({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k1' })
    const first = cache.lookup([line('arn:aws:s3:::b/k1')], 0, '')
    if (first.kind === 'miss') first.learn!([r1])
    // Same length, other text; starts with the learnt value but is longer; shorter.
    expect(cache.lookup([line('arn:aws:s3:::b/k2')], 0, '').kind).toBe('miss')
    expect(cache.lookup([line('arn:aws:s3:::b/k12')], 0, '').kind).toBe('miss')
    expect(cache.lookup([line('arn:aws:s3:::b/k')], 0, '').kind).toBe('miss')
    expect(cache.lookup([line('arn:aws:s3:::b/k1')], 0, '').kind).toBe('check')
  })
})
