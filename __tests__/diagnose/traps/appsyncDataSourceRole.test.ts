// WD957 (grammar WD866): AppSync's `Unable to assume role ARN` is the data source role's trust,
// which must let appsync.amazonaws.com assume it (pastebin ThhNbYzi, heldout16 h16-105).
// Counter-case: another service's words about a role it could not assume.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'appsync-data-source-role'

describe('appsync-data-source-role (WD957)', () => {
  it('h16-105: the role AppSync could not assume, its trust for appsync.amazonaws.com, no Allow', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-105'))
    expect(f.grammar).toBe('appsync-unable-to-assume-role')
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain(
      '`arn:aws:iam::872619544959:role/service-role/zilzalApis_createMessage-role-1zbllwd3`'
    )
    expect(f.explanation).toContain('"Principal": {"Service": "appsync.amazonaws.com"}')
    expect(f.fixTarget).toMatchObject({
      kind: 'trust-policy',
      resourceArn:
        'arn:aws:iam::872619544959:role/service-role/zilzalApis_createMessage-role-1zbllwd3'
    })
    expect(statements).toEqual([])
    expect(notes).toMatch(/^Let AppSync assume the role/)
  })

  it('own: the same words on one line of a compact GraphQL response', () => {
    const { f } = analysedOne(
      '{"data":{"getItem":null},"errors":[{"path":["getItem"],"errorType":"Unauthorized","message":"Unable to assume role arn:aws:iam::111122223333:role/appsync-ds-role."}]}'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.resourceArn).toBe('arn:aws:iam::111122223333:role/appsync-ds-role')
  })

  it('own counter-case: prose about a role a tool could not assume is no AppSync refusal', () => {
    const { f } = analysedOne(
      'Error: Unable to assume role arn:aws:iam::111122223333:role/deploy: AccessDenied: User: arn:aws:sts::111122223333:assumed-role/ci/x is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
