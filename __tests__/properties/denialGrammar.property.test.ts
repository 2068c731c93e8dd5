// Property (issue 6): any IAM denial sentence assembled from the grammar's parts
// (the AWS denial reference §1–§2), embedded in CI noise and dressed the way logs dress it
// (ANSI colours, runner timestamps, JSON escaping once or twice, a terminal hard wrap), is found
// with the fields the sentence states.
import fc from 'fast-check'
import { analyzeText } from '../../src/engine/Analysis.js'
import type { PolicyLayer } from '../../src/model/Denial.js'
import { normalizeLine } from '../../src/scan/normalizeLine.js'

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-eusc']
const ACCOUNTS = ['111122223333', '***', '<ACCOUNT_ID>', '<Log Archive Account>', '************']
const ACTIONS = [
  's3:GetObject',
  'ecr:InitiateLayerUpload',
  'SNS:Publish',
  'iam:PassRole',
  'kms:Decrypt',
  'sts:AssumeRole',
  'codecommit:ListRepositories',
  'ssm:GetParameter'
]

/** Reason phrases as IAM prints them, with what they state. */
const LAYERS: { type: string; article: string; layer: PolicyLayer }[] = [
  { type: 'identity-based policy', article: 'an', layer: 'identity' },
  { type: 'resource-based policy', article: 'a', layer: 'resource' },
  { type: 'permissions boundary', article: 'a', layer: 'permissions-boundary' },
  { type: 'session policy', article: 'a', layer: 'session' },
  { type: 'sessions policy', article: 'a', layer: 'session' },
  { type: 'service control policy', article: 'a', layer: 'scp' },
  { type: 'resource control policy', article: 'a', layer: 'rcp' },
  { type: 'VPC endpoint policy', article: 'a', layer: 'vpc-endpoint' },
  {
    type: 'VPC endpoint policy transitively through a service control policy',
    article: 'a',
    layer: 'scp'
  },
  { type: 'role trust policy', article: 'the', layer: 'trust' }
]

interface Expected {
  principal: string
  action: string
  resource: string | null
  layer: PolicyLayer | null
  deny: 'implicit' | 'explicit' | null
  policyArn: string | null
}

const name = fc.stringMatching(/^[a-z][a-z0-9-]{2,14}$/)

const principal = fc.oneof(
  fc
    .tuple(fc.constantFrom(...PARTITIONS), fc.constantFrom(...ACCOUNTS), name)
    .map(([p, a, n]) => `arn:${p}:iam::${a}:user/${n}`),
  fc
    .tuple(fc.constantFrom(...PARTITIONS), fc.constantFrom(...ACCOUNTS), name, name)
    .map(([p, a, r, s]) => `arn:${p}:sts::${a}:assumed-role/${r}/${s}`),
  fc.constant('anonymous')
)

/** The resource as printed (S3 quotes it) and as it must be reported. */
const resource = fc.oneof(
  fc.constant(null),
  fc.constant({ printed: '*', value: '*' }),
  fc.tuple(fc.constantFrom(...PARTITIONS), name, name).map(([p, b, k]) => {
    const arn = `arn:${p}:s3:::${b}/${k}.zip`
    return { printed: `"${arn}"`, value: arn }
  }),
  fc.tuple(fc.constantFrom(...PARTITIONS), fc.constantFrom(...ACCOUNTS), name).map(([p, a, r]) => {
    const arn = `arn:${p}:ecr:eu-west-1:${a}:repository/${r}`
    return { printed: arn, value: arn }
  })
)

const reason = fc.oneof(
  fc.constant({ text: '', layer: null, deny: null, policyArn: null }),
  fc.constantFrom(...LAYERS).map((l) => ({
    text: `because no ${l.type} allows the ACTION action`,
    layer: l.layer,
    deny: 'implicit' as const,
    policyArn: null
  })),
  fc.constant({
    text: 'with an explicit deny',
    layer: null,
    deny: 'explicit' as const,
    policyArn: null
  }),
  fc
    .tuple(
      fc.constantFrom(...LAYERS),
      fc.option(
        fc.tuple(fc.constantFrom(...PARTITIONS), fc.constantFrom(...ACCOUNTS), name, fc.boolean()),
        { nil: undefined }
      )
    )
    .map(([l, ref]) => {
      const arn = ref && `arn:${ref[0]}:iam::${ref[1]}:policy/${ref[2]}`
      return {
        text: `with an explicit deny in ${l.article} ${l.type}${arn ? `: ${arn}${ref[3] ? ` (${ref[2]})` : ''}` : ''}`,
        layer: l.layer,
        deny: 'explicit' as const,
        policyArn: arn ?? null
      }
    })
)

const denial = fc
  .record({
    principal,
    user: fc.constantFrom('User: ', 'User ', ''),
    action: fc.constantFrom(...ACTIONS),
    resource,
    reason,
    code: fc.constantFrom(
      '',
      'An error occurred (AccessDenied) when calling the GetObject operation: ',
      'AccessDeniedException: ',
      'denied: '
    )
  })
  // Without `User`, only an ARN reads as the subject (a bare word is prose), and it is one
  // whitespace-free token (a hand-written placeholder with spaces needs the `User:` to start it).
  .filter((d) => d.user !== '' || (d.principal.startsWith('arn:') && !/\s/.test(d.principal)))
  .map((d) => {
    const reasonText = d.reason.text.replace('ACTION', d.action)
    const text =
      `${d.code}${d.user}${d.principal} is not authorized to perform: ${d.action}` +
      (d.resource ? ` on resource: ${d.resource.printed}` : '') +
      (reasonText ? ` ${reasonText}` : '')
    const expected: Expected = {
      principal: d.principal,
      action: d.action,
      resource: d.resource?.value ?? null,
      layer: d.reason.layer,
      deny: d.reason.deny,
      policyArn: d.reason.policyArn
    }
    return { text, expected }
  })

const NOISE = [
  '  # aws_s3_bucket.logs will be created',
  '      + arn                         = (known after apply)',
  '#12 [build 4/9] RUN npm ci --omit=dev',
  '  \u2713 renders the summary (3 ms)',
  '{"level":"debug","msg":"request","path":"/api/v1/items/12","status":200}',
  'Step 5/12 : COPY . .',
  '--- PASS: TestUpload (0.01s)',
  '',
  'upload: build/app.js to s3://assets/static/app.js'
]

const ANSI = ['\x1b[31m', '\x1b[1m\x1b[31m', '\x1b[0m', '\x1b[38;5;196m']
const STAMP = '2026-11-23T13:45:01.1234567Z '

/** How the log dresses the denial line(s). */
const dressing = fc.record({
  stamp: fc.boolean(),
  colour: fc.option(fc.constantFrom(...ANSI), { nil: undefined }),
  form: fc.oneof(
    fc.constant({ kind: 'plain' as const }),
    fc.constant({ kind: 'json' as const }),
    fc.constant({ kind: 'json2' as const }),
    fc.constant({ kind: 'json-lt' as const }),
    fc.integer({ min: 60, max: 120 }).map((width) => ({ kind: 'wrap' as const, width }))
  ),
  before: fc.array(fc.constantFrom(...NOISE), { maxLength: 6 }),
  after: fc.array(fc.constantFrom(...NOISE), { maxLength: 6 }),
  crlf: fc.boolean()
})

/** A terminal's hard wrap: every line but the last exactly `width` characters long. */
function hardWrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width))
  return lines
}

type Dressing = typeof dressing extends fc.Arbitrary<infer T> ? T : never

function dress(text: string, d: Dressing): string {
  let physical: string[]
  switch (d.form.kind) {
    case 'json':
      physical = [JSON.stringify({ level: 'error', msg: text })]
      break
    case 'json2':
      physical = [JSON.stringify({ log: JSON.stringify({ Message: text }) })]
      break
    case 'json-lt':
      physical = [
        JSON.stringify({ msg: text }).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e')
      ]
      break
    case 'wrap':
      physical = hardWrap(text, d.form.width)
      break
    default:
      physical = [text]
  }
  const lines = physical.map(
    (l) => `${d.stamp ? STAMP : ''}${d.colour ? `${d.colour}${l}\x1b[0m` : l}`
  )
  return [...d.before, ...lines, ...d.after].join(d.crlf ? '\r\n' : '\n') + '\n'
}

/**
 * The scanner's hard-wrap rule (src/scan/buildRecord.ts) has three preconditions, kept here:
 * - a wrap is recognised when at least two lines share the width, so the text spans 3+ lines;
 * - and ends on a shorter line: a text that fills its last line exactly prints as lines of one
 *   length, like unrelated log lines, which are not joined (seed 20261215, width 92);
 * - a noise line exactly as long (60+ characters) as another line of the window reads as a
 *   wrap too and is glued to the next line. That is a known limit of the heuristic (reported to
 *   the engine's owner), not exercised here.
 */
function wrapApplies(text: string, d: Dressing): boolean {
  if (d.form.kind === 'wrap' && text.length <= 2 * d.form.width) return false
  if (d.form.kind === 'wrap' && text.length % d.form.width === 0) return false
  const denialLines = dress(text, { ...d, before: [], after: [] }).split(/\r?\n/)
  const widths = new Set(denialLines.map((l) => normalizeLine(l).length))
  const noise = [...d.before, ...d.after].map((n) => n.length).filter((n) => n >= 60)
  return noise.every((n) => !widths.has(n)) && new Set(noise).size === noise.length
}

describe('a denial built from the grammar parts is found with its fields', () => {
  it('in noise, colours, timestamps, JSON escaping and hard wraps', () => {
    fc.assert(
      fc.property(denial, dressing, ({ text, expected }, d) => {
        fc.pre(wrapApplies(text, d))
        const log = dress(text, d)
        const findings = analyzeText(log).findings.filter((f) => f.kind === 'denial')
        expect(findings).toHaveLength(1)
        const f = findings[0]!
        expect({
          principal: f.principal,
          action: f.action,
          resource: f.resource,
          layer: f.layer,
          deny: f.deny,
          policyArn: f.policyArn
        }).toEqual(expected)
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
  })
})
