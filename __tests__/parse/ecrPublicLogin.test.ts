// docker login to ECR Public refused (WD802, issue 10 round 9): `denied: Not Authorized` from
// `public.ecr.aws` is a credentials failure (a token that is not ECR Public's), not a policy
// decision. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause])
}

describe('ECR Public refusing a docker login', () => {
  it.each<[string, string]>([
    [
      'heldout7 h7-125 (docker/login-action#38, quoted in prose)',
      corpusText('heldout7.jsonl', 'h7-125')
    ],
    [
      'own: a newer docker quoting the URL, in a workflow log',
      '2024-05-01T10:00:00.0000000Z Error response from daemon: Get "https://public.ecr.aws/v2/": denied: Not Authorized\n2024-05-01T10:00:00.1000000Z ##[error]Process completed with exit code 1.'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([
      ['credentials', 'ecr-public-login-refused', 'public-registry-login-refused']
    ])
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      'own: another registry’s refusal in the same words',
      'Error response from daemon: Get "https://registry.example.com/v2/": denied: Not Authorized'
    ],
    [
      'own: the ECR Public host named in prose, the refusal another registry’s',
      'We mirror public.ecr.aws/v2/ images; the mirror said: unauthorized: authentication required'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([])
  })
})
