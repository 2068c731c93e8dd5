import fc from 'fast-check'
import { anchoredSearch, execFrom } from '../../src/parse/anchoredSearch.js'

/** Every match of `re` (global) from the start, as [index, text]. */
function globalMatches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = []
  re.lastIndex = 0
  for (let m; (m = re.exec(text));) out.push([m.index, m[0]])
  return out
}

function anchoredMatches(search: ReturnType<typeof anchoredSearch>, text: string) {
  const out: [number, string][] = []
  for (let m = execFrom(search, text, 0); m; m = execFrom(search, text, m.index + m[0].length)) {
    out.push([m.index, m[0]])
  }
  return out
}

// The shape of the map-dump code entry: a look-behind and an optional opener before the key, so
// its anchor (`ode` / `name`) stands up to 10 characters after the match's start.
const SOURCE = String.raw`(?<![\w$.])(?::|\[|(["']))?(?:Code|code|ErrorCode|error_code|awsErrorCode|name)(?:\1|\])?[ \t]*(?:=>|:|=)[ \t]*(["']?)([A-Za-z][\w.]{2,80})\2(?=[\s,;})\]]|$)`
const GLOBAL = new RegExp(SOURCE, 'g')
const ANCHORED = anchoredSearch(SOURCE, '', ['ode', 'name'], 10)

describe('execFrom', () => {
  it('finds what the global expression finds, in order, on printed dumps', () => {
    const text = [
      `{ :awsErrorCode => "AccessDenied", :message => "nope" }`,
      `Error: { "ErrorCode": "AccessDeniedException", name: 'x' } node mode decode`,
      `[code]=UnauthorizedOperation error_code: ExpiredToken $code: Nope .code: Nope`,
      `name=AccessDenied nameCode: x codename: y`
    ].join('\n')
    const expected = globalMatches(GLOBAL, text)
    expect(expected.length).toBeGreaterThanOrEqual(5)
    expect(anchoredMatches(ANCHORED, text)).toEqual(expected)
  })

  it('returns null past the last anchor, and starts at `from`', () => {
    const text = 'code: AccessDenied and then nothing'
    expect(execFrom(ANCHORED, text, 1)).toBeNull()
    expect(execFrom(ANCHORED, text, 0)?.index).toBe(0)
    expect(execFrom(ANCHORED, 'no anchor here at all', 0)).toBeNull()
  })

  it('equals the global expression on any text built of keys, openers and values', () => {
    const pieces = [
      'Code',
      'code',
      'ErrorCode',
      'error_code',
      'awsErrorCode',
      'name',
      'ode',
      'nam',
      ':',
      '[',
      ']',
      '"',
      "'",
      ' ',
      '\t',
      '\n',
      '=>',
      '=',
      ': ',
      'AccessDenied',
      'x.y',
      '$',
      '.',
      'a',
      ',',
      'string(12) '
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('')
        expect(anchoredMatches(ANCHORED, text)).toEqual(globalMatches(GLOBAL, text))
      }),
      { numRuns: 2000 }
    )
  })
})
