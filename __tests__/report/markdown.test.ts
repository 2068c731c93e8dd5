import {
  codeBlock,
  codeSpan,
  escapeHtml,
  escapeText,
  formatProse,
  oneLine,
  tableCode,
  truncate
} from '../../src/report/markdown.js'
import { checkMarkdown, stripInline } from './markdownChecker.js'

const ZWSP = '\u200b'

describe('escapeText', () => {
  it('turns HTML into entities', () => {
    expect(escapeText('<script>alert(1)</script> & co')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co'
    )
  })

  it('escapes inline Markdown syntax', () => {
    expect(escapeText('*a* _b_ `c` [d](e) |f| ~g~ $h$ \\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\|f\\| \\~g\\~ \\$h\\$ \\\\'
    )
  })

  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
    ['=== setext', '\\=== setext'],
    ['   - indented', '\\- indented']
  ])('escapes line-start syntax in %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })

  it('breaks mentions, issue references and our marker with a zero-width space', () => {
    expect(escapeText('@octocat #12 GH-3 whydenied:v1')).toBe(
      `@${ZWSP}octocat #${ZWSP}12 GH${ZWSP}-3 whydenied${ZWSP}:v1`
    )
  })

  it('collapses newlines and strips control characters', () => {
    expect(escapeText('a\r\n  b\n\n\nc\u001b[31m d\u0000\u202e')).toBe('a b c\\[31m d')
  })

  it('caps the length with an ellipsis and never splits a surrogate pair', () => {
    expect(escapeText('x'.repeat(50), 10)).toBe('xxxxxxxxx…')
    const emoji = '😀'.repeat(10)
    const cut = escapeText(emoji, 6)
    expect(cut).toBe('😀😀…')
  })

  it('replaces lone surrogates', () => {
    expect(escapeText('a\ud800b')).toBe('a\ufffdb')
  })

  it('stays fast on huge fields (bounded before any regex)', () => {
    const s = ' '.repeat(2_000_000) + 'x'
    expect(escapeText(s, 100).length).toBeLessThanOrEqual(100)
  })
})

describe('codeSpan', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['x`', '`` x` ``'],
    [' lead', '`  lead `'],
    ['', '` `'],
    ['a\nb', '`a b`']
  ])('renders %j as %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected)
  })

  it('keeps the content intact through a CommonMark reading', () => {
    for (const s of ['``a```b`', '` x `', 'arn:aws:s3:::bucket/*', '<!-- x -->']) {
      const span = codeSpan(s)
      // The whole span is one code span: nothing of it is left as prose.
      expect(stripInline(span)).toBe(' ')
    }
  })

  it('never contains an HTML comment opener', () => {
    expect(codeSpan('<!-- whydenied:v1 key=x -->')).not.toMatch(/<!--|whydenied:v/)
  })

  it('escapes pipes for table cells', () => {
    expect(tableCode('a|b')).toBe('`a\\|b`')
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = codeBlock('before\n````\nafter', 'json')
    expect(block.startsWith('`````json\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
    expect(checkMarkdown(block + '\n\nafter').problems).toEqual([])
  })

  it('normalises line endings and drops trailing newlines', () => {
    expect(codeBlock('a\r\nb\rc\n\n')).toBe('```\na\nb\nc\n```')
  })

  it('cleans the info string', () => {
    expect(codeBlock('x', 'js`<b>')).toBe('```jsb\nx\n```')
  })
})

describe('escapeHtml', () => {
  it('escapes for a raw HTML context, without backslashes', () => {
    expect(escapeHtml('a <b> & "c" \'d\' *e*')).toBe(
      'a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; *e*'
    )
  })
})

describe('formatProse', () => {
  it('renders backticked parts as code and escapes the rest, keeping paragraphs', () => {
    expect(formatProse('Allow `s3:GetObject` on *\n\nthen <retry>')).toBe(
      'Allow `s3:GetObject` on \\*\n\nthen &lt;retry&gt;'
    )
  })

  it('does not break mentions inside code spans', () => {
    expect(formatProse('session `john@example.com` by @bob')).toBe(
      `session \`john@example.com\` by @${ZWSP}bob`
    )
  })
})

describe('helpers', () => {
  it('oneLine trims around newlines only', () => {
    expect(oneLine('  a  \n  b  ')).toBe('  a b  ')
  })
  it('truncate leaves short text alone', () => {
    expect(truncate('abc', 3)).toBe('abc')
  })
})

test('formatProse keeps a long backticked command whole', () => {
  const blob = 'A'.repeat(1500)
  const cmd = `aws sts decode-authorization-message --encoded-message ${blob}`
  expect(formatProse(`Run \`${cmd}\` to decode it.`, 4000)).toBe(`Run \`${cmd}\` to decode it.`)
})

describe('escapeText and links', () => {
  it('breaks bare URLs and www. names so GitHub does not link what a log wrote', () => {
    const out = escapeText('see https://evil.example/x and www.evil.example or mailto:a')
    expect(out).not.toMatch(/https:|www\.|mailto:/)
    // Only a zero-width space is added: the words still read as the log wrote them.
    expect(out.replace(/\u200b/g, '')).toBe(
      'see https://evil.example/x and www.evil.example or mailto:a'
    )
  })
})
