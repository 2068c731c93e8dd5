import { SecretMask } from '../../src/action/secretMask.js'

describe('SecretMask', () => {
  const mask = new SecretMask()
  mask.add('p@ss "word" & <more>')
  mask.add('line-one-secret\nline-two-secret')

  it('masks the value and the forms the runner masks: JSON, URL, XML, quotes, base64', () => {
    const v = 'p@ss "word" & <more>'
    const forms = [
      v,
      JSON.stringify(v).slice(1, -1),
      'p%40ss%20%22word%22%20%26%20%3Cmore%3E',
      'p@ss &quot;word&quot; &amp; &lt;more&gt;',
      'p@ss \\"word\\" & <more>',
      Buffer.from(v).toString('base64'),
      Buffer.from('user:' + v)
        .toString('base64')
        .slice(8)
    ]
    for (const form of forms) expect(mask.mask(`before ${form} after`)).not.toContain(form)
    expect(mask.mask(`x ${v} y`)).toBe('x *** y')
  })

  it('masks each line of a multi-line value on its own, as add-mask does', () => {
    expect(mask.mask('a line-two-secret b')).toBe('a *** b')
  })

  it('removes the userinfo of every URL, secret or not', () => {
    expect(
      mask.mask('clone https://ci:ghp_abc123@github.com/acme/infra.git and git+ssh://me@host/x')
    ).toBe('clone https://***@github.com/acme/infra.git and git+ssh://***@host/x')
    expect(mask.mask('mail me@example.com, see https://example.com/a@b')).toBe(
      'mail me@example.com, see https://example.com/a@b'
    )
  })

  it('masks every string of plain data and keeps its shape', () => {
    const data = { a: ['line-one-secret', 3, null], b: { c: 'ok' }, d: true }
    expect(mask.maskDeep(data)).toEqual({ a: ['***', 3, null], b: { c: 'ok' }, d: true })
  })

  it('ignores blank values and masks a secret that contains another whole', () => {
    const m = new SecretMask()
    m.add('  ')
    expect(m.size).toBe(0)
    m.add('abc')
    m.add('abcdef')
    expect(m.mask('abcdef abc')).toBe('*** ***')
  })
})
