// heldout39's refusals the engine missed or misread on its unseen score (issue 10, session 35):
// servers storing on S3 and mobile release tools in their own words, each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h39 = (id: string) => corpusText('heldout39.jsonl', id)

describe('heldout39: codes, chains and stores named below the error', () => {
  it('h39-002 (fastlane/fastlane#29353): the Ruby core’s `(Aws::Errors::InvalidSSOToken)` after the message is its code', () => {
    expect(parseText(h39('h39-002')).map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'InvalidSSOToken']
    ])
  })

  it('own: a Ruby `…Error` class names no answer, and another class stays the code', () => {
    const missing = parseText(
      "config.rb:12:in `resolve': unable to sign request without credentials set (Aws::Errors::MissingCredentialsError)"
    )
    expect(missing.map((f) => [f.kind, f.code])).toEqual([['credentials', null]])
  })

  it('h39-013 (grafana/tempo#2489): `unexpected error from ListObjects on BUCKET: Access Denied` is an S3 refusal', () => {
    expect(parseText(h39('h39-013')).map((f) => [f.kind, f.grammar])).toEqual([
      ['denial', 'go-chain-access-denied']
    ])
  })

  it('own: a Go chain naming no storage and no S3 operation stays silent', () => {
    expect(
      parseText('{"err": "unexpected error from ListUsers on ldap-main: Access Denied"}')
    ).toEqual([])
  })

  it('h39-020 (bitnami/charts#13993): MinIO named in the values pasted below the unknown-key sentence makes it MinIO’s', () => {
    expect(parseText(h39('h39-020'))).toEqual([])
  })

  it('own: the same sentence with an AWS endpoint in the values below stays AWS’s', () => {
    const text = [
      'bucket: The Access Key Id you provided does not exist in our records."',
      '```yaml',
      'objstoreConfig: |-',
      '  type: s3',
      '  config:',
      '    bucket: thanos',
      '    endpoint: s3.eu-west-1.amazonaws.com',
      '```'
    ].join('\n')
    expect(parseText(text).map((f) => f.kind)).toEqual(['credentials'])
  })
})
