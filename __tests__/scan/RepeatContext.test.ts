import { Line } from '../../src/scan/Line.js'
import { RepeatContext } from '../../src/scan/RepeatContext.js'
import type { RepeatFacts } from '../../src/scan/RepeatContext.js'

const facts: RepeatFacts = {
  command: 'aws s3 sync ./public s3://b',
  roleToAssume: 'arn:aws:iam::111122223333:role/deploy',
  earlierRoleInput: null,
  callerArn: null,
  note: '# the bucket policy denies',
  aclNote: null,
  mockNote: null,
  clientNote: null,
  writes: null,
  webIdentityEnv: null,
  signedLink: null,
  printedStatement: null,
  dependabotTitle: null,
  roleArnSetting: null,
  announced: [{ service: 's3', operation: null, bucket: 'b', key: null, above: 2 }]
}
const lines = ['one', 'two', 'the refusal', 'three', 'four'].map(
  (text, i) => new Line(i, i + 1, Buffer.from(text), false, false)
)

function make(span = { before: 512, after: 2048 }) {
  let reads = 0
  const ctx = new RepeatContext('the refusal', lines, 2, span, () => {
    reads++
    return { ...facts }
  })
  return { ctx, reads: () => reads }
}

describe('RepeatContext', () => {
  it('reads nothing but its line until asked', () => {
    const { ctx, reads } = make()
    expect(ctx.line).toBe('the refusal')
    expect(reads()).toBe(0)
  })

  it('answers every step fact from one reading', () => {
    const { ctx, reads } = make()
    for (const [key, value] of Object.entries(facts)) {
      expect(ctx[key as keyof RepeatFacts]).toEqual(value)
    }
    expect(reads()).toBe(1)
  })

  it('joins the lines around it, cut as a parsed record context is', () => {
    expect(make().ctx.before).toBe('one\ntwo')
    expect(make().ctx.after).toBe('three\nfour')
    const short = make({ before: 3, after: 5 }).ctx
    expect(short.before).toBe('two')
    expect(short.after).toBe('three')
  })

  it('copies to the plain context a parse would give, decoded holder included', () => {
    const { ctx } = make()
    ctx.decoded = { line: 7 }
    expect(JSON.parse(JSON.stringify(ctx))).toEqual({
      line: 'the refusal',
      before: 'one\ntwo',
      after: 'three\nfour',
      ...facts,
      decoded: { line: 7 }
    })
  })

  it('leaves out calls announced when none were', () => {
    const rest: RepeatFacts = { ...facts }
    delete rest.announced
    const ctx = new RepeatContext('x', lines, 2, { before: 9, after: 9 }, () => rest)
    expect(Object.keys(JSON.parse(JSON.stringify(ctx)) as object)).not.toContain('announced')
    expect(ctx.announced).toBeUndefined()
  })
})
