// heldout28's refusals the engine missed on its unseen score (issue 10, session 29), each with its own
// cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const h28 = (id: string) => corpusText('heldout28.jsonl', id)

describe("an HTTP client's 403 from an AWS endpoint names the service, and a Query call its operation", () => {
  it('h28-013 (Python requests): `403 Client Error: Forbidden for url: https://monitoring…/?Action=PutMetricData`', () => {
    const [f] = parseText(h28('h28-013'))
    expect(f).toMatchObject({ kind: 'denial', service: 'cloudwatch', operation: 'PutMetricData' })
    // The dataset is an input a plain call leaves out: only "*" allows it.
    expect(analysedOne(h28('h28-013')).statements.map((s) => s.Resource)).toEqual(['*'])
  })

  it('own: a browser request line to SQS names sqs, and a query without Action names no operation', () => {
    const [f] = parseText(
      'xhr.js:187 POST https://sqs.eu-west-1.amazonaws.com/111122223333/jobs 403 (Forbidden)'
    )
    expect(f).toMatchObject({ service: 'sqs', operation: null })
  })

  it.each([
    // Another host's 403 in the same words is no AWS refusal.
    '403 Client Error: Forbidden for url: https://api.github.com/repos/o/r/releases',
    // The body a reporter pasted below is the finding (another grammar's), not the status.
    '403 Client Error: Forbidden for url: https://monitoring.us-east-1.amazonaws.com/\n<Error><Code>AccessDenied</Code><Message>User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudwatch:PutMetricData</Message></Error>'
  ])('counter-case: no status finding (%#)', (text) => {
    expect(parseText(text).filter((f) => /^http-403-/.test(f.grammar))).toEqual([])
  })
})

describe('a refusal that drops the `to` of "not authorized to perform"', () => {
  it('h28-014 (Network Firewall through Ansible): `user is not authorized perform iam:CreateServiceLinkedRole`', () => {
    const [f] = parseText(h28('h28-014'))
    expect(f).toMatchObject({ kind: 'denial', action: 'iam:CreateServiceLinkedRole' })
  })

  it.each([
    // No action after `perform`: prose, not a refusal.
    'The deploy user is not authorized perform this step without approval.',
    'We are not authorized perform maintenance on weekends'
  ])('counter-case: without a `service:Action` after it, no finding (%#)', (text) => {
    expect(parseText(text)).toEqual([])
  })
})
