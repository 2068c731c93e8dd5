// WD972 (heldout28 review: h28-002, h28-003, h28-004): another account's Lambda layer. Its publisher
// shares a version for lambda:GetLayerVersion alone; no function policy is drafted for a layer.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h28 = (id: string) => corpusText('heldout28.jsonl', id)

describe('lambda-layer-share', () => {
  it("h28-003: ListLayerVersions on another account's layer cannot be allowed: no statement, the version ARN instead", () => {
    const { f, statements, notes } = analysedOne(h28('h28-003'))
    expect(f.traps).toContain('lambda-layer-share')
    expect(statements).toEqual([])
    expect(notes).toMatch(
      /cannot be allowed: its publisher can share a version for `lambda:GetLayerVersion` only/
    )
    expect(notes).not.toMatch(/add-permission/)
  })

  it("h28-004: AWS's own public layer: its version's existence first, the execution role's Allow alone", () => {
    const { f, statements, notes } = analysedOne(h28('h28-004'))
    expect(f.traps).toContain('lambda-layer-share')
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'lambda:GetLayerVersion',
        Resource: 'arn:aws:lambda:us-east-1:668099181075:layer:AWSLambda-Python38-SciPy1x:29'
      })
    ])
    expect(statements[0]!.Principal).toBeUndefined()
    // A published layer is shared with every account: the version's existence in the Region
    // first, the caller's own Allow after it (heldout83 review h83-003).
    expect(notes).toMatch(/^It is a published layer \(the AWS-published SciPy layer/)
    expect(notes).toMatch(
      /first check that version 29 exists in us-east-1 [^]*If it does, the caller's own `lambda:GetLayerVersion`/
    )
    expect(notes).not.toMatch(/No change on your side/)
    expect(notes).toMatch(/get-layer-version-by-arn/)
  })

  it("own: a private publisher's layer: the share is add-layer-version-permission to an account, never a role ARN", () => {
    const { f, notes, statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/fn-role/fn is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:444455556666:layer:shared-deps:7 because no resource-based policy allows the lambda:GetLayerVersion action'
    )
    expect(notes).toMatch(
      /add-layer-version-permission --layer-name shared-deps --version-number 7 .* --principal ACCOUNT_ID/
    )
    // Only its owner can share it (heldout150 review h150-071, h150-077): the owner's side leads,
    // with the share as the owner's command; the draft is the caller's own side, no Principal.
    expect(f.traps).toContain('owner-side-resource')
    expect(f.explanation).toMatch(/only its owner can share it/)
    expect(statements[0]!.Principal).toBeUndefined()
    expect(statements[0]!.Resource).toBe(
      'arn:aws:lambda:eu-west-1:444455556666:layer:shared-deps:7'
    )
  })

  it.each([
    // The caller's own layer.
    'User: arn:aws:sts::111122223333:assumed-role/fn-role/fn is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:111122223333:layer:deps:7 because no identity-based policy allows the lambda:GetLayerVersion action',
    // A function, not a layer.
    'User: arn:aws:sts::111122223333:assumed-role/ci/ci is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:eu-west-1:444455556666:function:f because no resource-based policy allows the lambda:InvokeFunction action'
  ])('counter-case: does not apply (%#)', (text) => {
    expect(analysedOne(text).f.traps).not.toContain('lambda-layer-share')
  })
})
