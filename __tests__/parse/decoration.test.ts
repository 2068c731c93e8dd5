// Issue 17 class 5, heldout3 class 3: formatting around a message never reaches a value.
import fc from 'fast-check'
import {
  blankCommentGutters,
  hasGutter,
  isMarkOnly,
  withoutClosingEmphasis
} from '../../src/parse/decoration.js'

describe('withoutClosingEmphasis', () => {
  it.each<[string, string, string, string]>([
    [
      'bold-italic opened before',
      'arn:aws:iam::1:role/r***',
      '***Error assuming role ',
      'arn:aws:iam::1:role/r'
    ],
    [
      'bold opened before',
      'arn:aws:iam::1:role/r**',
      '**User: x on resource: ',
      'arn:aws:iam::1:role/r'
    ],
    [
      'a wildcard before the bold',
      'arn:aws:s3:::b/***',
      '**User: x on resource: ',
      'arn:aws:s3:::b/*'
    ],
    ['underscores', 'arn:aws:iam::1:role/r__', '__User: x on resource: ', 'arn:aws:iam::1:role/r'],
    [
      'strike-through',
      'arn:aws:iam::1:role/r~~',
      '~~User: x on resource: ',
      'arn:aws:iam::1:role/r'
    ]
  ])('%s', (_t, value, before, want) => {
    expect(withoutClosingEmphasis(value, before)).toBe(want)
  })

  it.each<[string, string, string]>([
    ['a wildcard with nothing opened', 'arn:aws:s3:::b/*', 'User: x on resource: '],
    ['a closed pair before it', 'arn:aws:s3:::b/*', '**Error**: User: x on resource: '],
    ['a bullet is no opening', 'arn:aws:s3:::b/*', '* User: x on resource: '],
    ['a masked value alone', '***', '**User: x on resource: '],
    ['a name ending in an underscore', 'arn:aws:iam::1:role/my_', 'User: x on resource: ']
  ])('keeps %s', (_t, value, before) => {
    expect(withoutClosingEmphasis(value, before)).toBe(value)
  })
})

describe('isMarkOnly', () => {
  it.each(['#', '##', '//', '>', '|', '~~', '```'])('%s is a mark', (v) => {
    expect(isMarkOnly(v)).toBe(true)
  })
  it.each(['*', '***', '...', 'arn:aws:s3:::b', '<REDACTED>'])('%s is a value', (v) => {
    expect(isMarkOnly(v)).toBe(false)
  })
})

describe('blankCommentGutters', () => {
  it('turns the gutters of a block into spaces, keeping every position', () => {
    const text =
      '  # denied: not authorized to perform: ecr:X on resource:\n  #   .../repository/r\n  #\n'
    const out = blankCommentGutters(text)
    expect(out).toHaveLength(text.length)
    expect(out).toBe(
      '    denied: not authorized to perform: ecr:X on resource:\n      .../repository/r\n   \n'
    )
  })

  it.each<[string, string]>([
    ['// blocks', '// a\n// b'],
    ['-- blocks', '-- a\n-- b'],
    ['block-comment stars', ' * a\n * b']
  ])('%s', (_t, text) => {
    expect(blankCommentGutters(text)).not.toMatch(/^\s*(?:\/\/|--|\*) /m)
  })

  it.each<[string, string]>([
    ['one commented line (a prompt, a note)', 'run it:\n# aws s3 ls\ndone'],
    ['Markdown headings', '## Error\n## User: x is not authorized'],
    ['a hash inside a line', 'a # b\nc # d'],
    ['mixed gutters', '# a\n// b']
  ])('leaves %s', (_t, text) => {
    expect(blankCommentGutters(text)).toBe(text)
  })
})

describe('hasGutter', () => {
  // What blankCommentGutters marks on each line (split at \n): the check must see any of them.
  const GUTTER = /^([ \t]*)(#(?!#)|\/\/|--|;|\*)(?=[ \t]|$)/

  it('sees a gutter at any line start, and none inside a line or in a heading', () => {
    expect(hasGutter('x\n  # a')).toBe(true)
    expect(hasGutter('-- SQL comment')).toBe(true)
    expect(hasGutter('a\n\t;')).toBe(true)
    expect(hasGutter('a\n//')).toBe(true)
    expect(hasGutter('a # b\n## heading\n---\n**bold**\n//x')).toBe(false)
    expect(hasGutter('')).toBe(false)
  })

  it('agrees with the line-start expression on lines split at \\n', () => {
    const pieces = ['#', '##', '/', '//', '-', '--', ';', '*', ' ', '\t', '\n', 'a', '\r\n', 'x y']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const expected = text.split('\n').some((line) => GUTTER.test(line))
        expect(hasGutter(text)).toBe(expected)
      }),
      { numRuns: 3000 }
    )
  })
})
