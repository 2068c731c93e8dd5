// Which statements count as "the same" for a merge: effect, resources, principals and conditions,
// whatever the syntax's list-or-single spelling and order; anything not literal never matches.
import { OPAQUE, remedyKey, shapeKey } from '../../src/iac/mergeStatements.js'
import { addToList } from '../../src/iac/listInsert.js'

describe('shapeKey', () => {
  it('ignores order, one-or-list spelling and a defaulted Allow', () => {
    expect(shapeKey({ resources: ['b', 'a'] })).toBe(
      remedyKey({ Sid: 'X', Effect: 'Allow', Action: 's3:GetObject', Resource: ['a', 'b'] })
    )
    expect(shapeKey({ effect: 'Allow', resources: 'a', principals: '*' })).toBe(
      shapeKey({ resources: ['a'], principals: { AWS: ['*'] } })
    )
  })

  it('tells conditions, effects and principals apart', () => {
    const base = shapeKey({ resources: 'a' })
    expect(shapeKey({ resources: 'a', effect: 'Deny' })).not.toBe(base)
    expect(
      shapeKey({ resources: 'a', conditions: { Bool: { 'aws:SecureTransport': 'true' } } })
    ).not.toBe(base)
    expect(shapeKey({ resources: 'a', principals: { Service: 'lambda.amazonaws.com' } })).not.toBe(
      base
    )
  })

  it('never keys a statement with a reference, a template or a Not* element', () => {
    expect(shapeKey({ resources: ['a', OPAQUE] })).toBeNull()
    expect(shapeKey({ resources: 'a', conditions: { StringEquals: { k: OPAQUE } } })).toBeNull()
    expect(shapeKey({ resources: 'a', negated: true })).toBeNull()
  })
})

describe('addToList', () => {
  const apply = (text: string, items: string[]) => {
    const e = addToList(text, text.indexOf('['), text.lastIndexOf(']'), items)
    return text.slice(0, e.start) + e.text + text.slice(e.end)
  }
  it('keeps a one-line list on one line, with or without a trailing comma', () => {
    expect(apply('a = ["x"]', ['"y"'])).toBe('a = ["x", "y"]')
    expect(apply('a = ["x",]', ['"y"'])).toBe('a = ["x", "y",]')
    expect(apply('a = []', ['"y"', '"z"'])).toBe('a = ["y", "z"]')
  })
  it("puts each item on its own line at the list's indentation, keeping the comma style", () => {
    expect(apply('a = [\n  "x",\n]', ['"y"'])).toBe('a = [\n  "x",\n  "y",\n]')
    expect(apply('a = [\n\t\t"x"\n\t]', ['"y"'])).toBe('a = [\n\t\t"x",\n\t\t"y"\n\t]')
  })
})
