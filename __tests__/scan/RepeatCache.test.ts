// The repeat cache: learn, check once, then reuse; never reuse across a varying part that fed a
// field, a different neighbour or context, or after a check failed.
import { RepeatCache } from '../../src/scan/RepeatCache.js'
import { lineShape, partsFeeding } from '../../src/scan/lineShape.js'
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
