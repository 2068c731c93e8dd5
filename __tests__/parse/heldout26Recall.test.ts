// heldout26's refusals the engine missed or half-read on its unseen score (issue 10, session 27),
// each with its own cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h26 = (id: string) => corpusText('heldout26.jsonl', id)

describe("a reporter's mask in words keeps the whole principal", () => {
  it('h26-010 (the PHP SDK, SES): `user/user name` as printed, twice', () => {
    const [f] = parseText(h26('h26-010'))
    expect([f!.principal, f!.action]).toEqual([
      'arn:aws:iam::656786582583:user/user name',
      'ses:VerifyEmailIdentity'
    ])
  })

  it('own: the mask words after a role name and before the phrase', () => {
    const [f] = parseText(
      'User: arn:aws:sts::111122223333:assumed-role/role name here/session is not authorized to perform: s3:GetObject'
    )
    expect(f!.principal).toBe('arn:aws:sts::111122223333:assumed-role/role name here/session')
  })

  it('counter-case: a key=value tail or a plain word after the name is never kept', () => {
    const principals = [
      'User: arn:aws:iam::111122223333:user/ci token=ghp_x is not authorized to perform: s3:GetObject',
      'User: arn:aws:iam::111122223333:user/bob also is not authorized to perform: s3:GetObject'
    ].map((t) => parseText(t)[0]!.principal)
    expect(principals).toEqual([
      'arn:aws:iam::111122223333:user/ci',
      'arn:aws:iam::111122223333:user/bob'
    ])
  })
})

describe("IoT's data-plane label names the iot service", () => {
  it("h26-015 (the Android SDK's shadow client): `Service: AWSIotData` is iot", () => {
    expect(parseText(h26('h26-015')).map((f) => [f.code, f.service])).toEqual([
      ['ForbiddenException', 'iot']
    ])
  })
})

describe("the CLI's sentence cut right after its call's name", () => {
  it('h26-047 (studioml/studio#249): `…when calling the PutObject` ending the paste names the call', () => {
    const [f] = parseText(h26('h26-047'))
    expect([f!.code, f!.operation, f!.service]).toEqual(['AccessDenied', 'PutObject', 's3'])
  })

  it('counter-case: a wrap whose next line carries on with `operation:` is left to the echo merge', () => {
    const [f] = parseText(
      'An error occurred (AccessDenied) when calling the GetObject\n> operation: Forbidden'
    )
    expect(f!.code).toBe('AccessDenied')
  })
})
