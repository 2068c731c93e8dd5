// heldout38's refusals the engine missed on its unseen score (issue 10, session 34): the Amplify
// client libraries' own words, each with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h38 = (id: string) => corpusText('heldout38.jsonl', id)

describe("Cognito identity pools and Amplify's Storage in the libraries' words", () => {
  it.each([
    [
      'h38-004 (aws-amplify/amplify-flutter#4784): Flutter’s `S3 access denied when making the API call.`',
      'h38-004',
      ['denial', 'amplify-storage-denied', null, null]
    ],
    [
      'h38-007 (aws-amplify/amplify-flutter#6107): `InvalidIdentityPoolConfigurationException`, no trigger word beside',
      'h38-007',
      [
        'credentials',
        'cognito-identity-pool-roles',
        'InvalidIdentityPoolConfigurationException',
        null
      ]
    ],
    [
      "h38-008 (aws-amplify/aws-sdk-android#52): `Access to Identity '…' is forbidden.`",
      'h38-008',
      ['credentials', 'cognito-identity-forbidden', 'NotAuthorizedException', 'cognito-identity']
    ]
  ])('%s', (_title, id, expected) => {
    const findings = parseText(h38(id))
    expect(findings.map((f) => [f.kind, f.grammar, f.code, f.service])).toEqual([expected])
  })

  it("own: Amplify Swift's session error on a line of its own, and prose that names the exception's words", () => {
    expect(
      parseText('Fetch session failed: FetchSessionError.notAuthorized').map((f) => f.grammar)
    ).toEqual(['amplify-swift-not-authorized'])
    expect(parseText('Access to Identity management is forbidden for guests.')).toEqual([])
  })
})
