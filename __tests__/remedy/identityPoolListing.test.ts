// s3:ListBucket for a Cognito identity pool's role (heldout13 second review, h13-097): that role
// is every app user's, so the listing is limited with s3:prefix to Amplify Storage's levels.
// Sources in the titles; `own` cases are ours.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import type { PolicyStatement } from '../../src/model/Remedy.js'
import { corpusText } from '../support/corpusRecords.js'

function listing(text: string): { statement: PolicyStatement; notes: string } {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  const list = remedies
    .flatMap((r) => r.statements)
    .filter((s) => [s.Action].flat().includes('s3:ListBucket'))
  expect(list).toHaveLength(1)
  return { statement: list[0]!, notes: remedies.flatMap((r) => r.notes).join('\n') }
}

const SUB = '${cognito-identity.amazonaws.com:sub}'

describe("an identity pool's role lists only Amplify's prefixes", () => {
  it('h13-097 (aws-amplify/amplify-js#4887): the public level the request listed', () => {
    const { statement, notes } = listing(corpusText('heldout13.jsonl', 'h13-097'))
    expect(statement.Resource).toBe('arn:aws:s3:::my-bucket')
    expect(statement.Condition).toEqual({ StringLike: { 's3:prefix': ['public/', 'public/*'] } })
    expect(notes).toMatch(/every user of the app assumes/)
  })

  it('jamstack-cms/jamstack-cms#18: Storage.list refused, no request printed: every level', () => {
    // jamstack-cms/jamstack-cms#18 (dburbridge), the warning as its title prints it.
    const { statement } = listing('AWSS3Provider - list error AccessDenied: Access Denied\n')
    expect(statement.Condition).toEqual({
      StringLike: {
        's3:prefix': [
          'public/',
          'public/*',
          'protected/',
          'protected/*',
          `private/${SUB}/`,
          `private/${SUB}/*`
        ]
      }
    })
  })

  it.each([
    // Own: the same browser 403 without Amplify or Cognito words: a listing like any other.
    'xhr.js:83 GET https://my-bucket.s3.ap-southeast-2.amazonaws.com/?prefix=public%2F 403 (Forbidden)\n\nlist error AccessDenied: Access Denied\n',
    // Own: a CI role listing a bucket with a `public/` prefix is no identity pool.
    'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::my-bucket" because no identity-based policy allows the s3:ListBucket action\n$ aws s3 ls s3://my-bucket/public/\n'
  ])('counter-case: %s', (text) => {
    const { statement } = listing(text)
    expect(statement.Condition).toBeUndefined()
  })
})
