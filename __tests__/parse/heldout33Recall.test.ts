// heldout33's refusals the engine missed or half-read (issue 10, session 33): the one miss of its
// unseen score (h33-008) and an error printed twice whose second copy lost its fields to the first
// (found reading the expert review of h33-016), each with counter-cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h33 = (id: string) => corpusText('heldout33.jsonl', id)

describe("the Docker daemon's login refused by ECR", () => {
  it('h33-008 (whoan/docker-build-with-cache-action#15): `login attempt to https://…dkr.ecr…/v2/ failed with status: 401 Unauthorized`', () => {
    const [f, ...rest] = parseText(h33('h33-008'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.service, f!.detail.cause]).toEqual(['credentials', 'ecr', 'registry-login'])
  })

  it.each([
    'Error response from daemon: login attempt to https://registry.gitlab.com/v2/ failed with status: 401 Unauthorized',
    'Error response from daemon: login attempt to https://ghcr.io/v2/ failed with status: 401 Unauthorized'
  ])('own: another registry’s 401 is not AWS’s: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('one error printed twice, each copy with its own JSON body', () => {
  it('h33-016 (clousale/amazon-sp-api-php#159): Guzzle’s message and the uncaught exception are one finding, code and service kept', () => {
    const { findings } = analyzeText(h33('h33-016'))
    expect(findings.map((f) => [f.service, f.code, f.occurrences])).toEqual([
      ['sts', 'AccessDenied', 2]
    ])
  })

  it('own: two different codes, one per report, each keeps its own', () => {
    const report = (code: string) =>
      `Fatal error: Uncaught GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://sts.amazonaws.com/\` resulted in a \`403 Forbidden\` response:\n{"Error":{"Code":"${code}","Message":"User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s (truncated...)`
    const codes = parseText(`${report('AccessDenied')}\n${report('AccessDeniedException')}`).map(
      (f) => f.code
    )
    expect(codes).toEqual(['AccessDenied', 'AccessDeniedException'])
  })
})

describe('a map dump and the IAM sentence of its own message', () => {
  const dump = (entries: string[]) => `%{\n${entries.map((e) => ` ${e},`).join('\n')}\n}`
  const code = 'code: "AccessDenied"'
  const message =
    'message: "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: cloudwatch:ListMetrics"'

  it('h33-011 (ex-aws/ex_aws#644): Elixir’s `code:` above `message:` is one refusal, its code kept', () => {
    const [f, ...rest] = parseText(h33('h33-011'))
    expect(rest).toEqual([])
    expect([f!.action, f!.code, f!.occurrences]).toEqual([
      'cloudwatch:ListMetrics',
      'AccessDenied',
      1
    ])
  })

  it.each([
    ['the code above the message', [code, message]],
    ['the code below the message', [message, code]]
  ])('own: %s: one refusal a dump, two for two dumps', (_title, entries) => {
    const once = parseText(dump(entries))
    expect(once.map((f) => [f.code, f.occurrences])).toEqual([['AccessDenied', 1]])
    const twice = parseText(`${dump(entries)}\n${dump(entries)}`)
    expect(twice.map((f) => [f.code, f.occurrences])).toEqual([['AccessDenied', 2]])
  })
})

describe('a message the HTTP client cut before its action', () => {
  it("h33-016: Guzzle's `(truncated...)` says the action is lost with the rest, and where the whole body is", () => {
    const [f] = analyzeText(h33('h33-016')).findings
    expect(f!.inferred?.signals?.['client-truncated']?.value).toBe('guzzle')
    expect(f!.explanation).toMatch(/^The HTTP client cut AWS's message short/)
  })

  it('own: a whole message with an action gets no such lead', () => {
    const [f] = parseText(
      '{"Error":{"Code":"AccessDenied","Message":"User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/app"}}'
    )
    expect(f!.inferred?.signals?.['client-truncated']).toBeUndefined()
  })
})
