// JS SDK v2 waiters that stopped on a refusal of the call they poll (WD807, issues 10/17).
// Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.operation])
}

const WAITER = 'sdk-waiter-refused'

describe('JS SDK v2 waiter: <Code>: Resource is not in the state <waiter>', () => {
  it('aws/aws-toolkit-azure-devops#445 (functionUpdated polls GetFunctionConfiguration)', () => {
    expect(fields(corpusText('heldout7.jsonl', 'h7-160'))).toEqual([
      ['denial', WAITER, 'AccessDeniedException', 'lambda', 'GetFunctionConfiguration']
    ])
  })

  it('aws-samples/one-observability-demo#223 (CDK custom resource, functionActive)', () => {
    expect(fields(corpusText('real-a.jsonl', 'a198'))).toEqual([
      ['denial', WAITER, 'AccessDeniedException', 'lambda', 'GetFunctionConfiguration']
    ])
  })

  it('aws-samples/one-observability-demo#238 (the reporter wrapped the line after the code)', () => {
    const text = [
      'Received response status [FAILED] from custom resource. ',
      'Message returned: AccessDeniedException: ',
      'Resource is not in the state functionActive at ',
      'Object.extractError (/var/runtime/node_modules/aws-sdk/lib/protocol/json.js:61:27) ',
      'at Request.extractError (/var/runtime/node_modules/aws-sdk/lib/protocol/rest_json.js:61:8) ',
      'at Request.callListeners (/var/runtime/node_modules/aws-sdk/lib/sequential_executor.js:106:20) ',
      '(RequestId: f3c6e4ed-324f-47f8-925d-52d7b9955ba7)'
    ].join('\n')
    expect(fields(text)).toEqual([
      ['denial', WAITER, 'AccessDeniedException', 'lambda', 'GetFunctionConfiguration']
    ])
  })

  it('own: the V2 waiters poll GetFunction', () => {
    expect(
      fields('Error: AccessDeniedException: Resource is not in the state functionUpdatedV2')
    ).toEqual([['denial', WAITER, 'AccessDeniedException', 'lambda', 'GetFunction']])
  })

  it('own: another service’s waiter is a denial of an unnamed call', () => {
    const found = parseText(
      'AccessDeniedException: Resource is not in the state clusterActive\n    at Request.extractError'
    )
    expect(found.map((f) => [f.kind, f.grammar, f.code, f.operation])).toEqual([
      ['denial', WAITER, 'AccessDeniedException', null]
    ])
  })

  it.each<[string, string]>([
    [
      'own: ResourceNotReady is the waiter running out of attempts, not a refusal',
      'ResourceNotReady: Resource is not in the state functionUpdated\n    at constructor.setError'
    ],
    [
      'own: a not-found answer is not a denial',
      'ResourceNotFoundException: Resource is not in the state functionExists'
    ],
    [
      'own: a conflict while the function updates is not a denial',
      'ResourceConflictException: Resource is not in the state functionUpdatedV2'
    ],
    [
      'own: the sentence without a code in front',
      'Waiting failed: Resource is not in the state functionActive (attempt 40 of 40)'
    ]
  ])('%s', (_title, text) => {
    expect(parseText(text).filter((f) => f.kind === 'denial')).toEqual([])
  })
})
