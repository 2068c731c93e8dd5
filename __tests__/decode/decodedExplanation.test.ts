// What a decoded message adds to an explanation: which deny statements matched, by id, and one
// that has no id (a Sid is optional in IAM) still counted.
import { describe, expect, it } from '@jest/globals'
import type { DecodedAuthorization } from '../../src/decode/decodedMessage.js'
import { decodedExplanation } from '../../src/decode/decodedExplanation.js'

const decoded = (statements: DecodedAuthorization['statements']): DecodedAuthorization => ({
  allowed: false,
  explicitDeny: true,
  principalArn: 'arn:aws:sts::111122223333:assumed-role/deploy/gha',
  action: 's3:PutObject',
  resource: 'arn:aws:s3:::bucket/key',
  statements,
  conditions: []
})

describe('decodedExplanation: matched deny statements', () => {
  it('names each deny statement by its id, and one without an id as such', () => {
    const text = decodedExplanation(
      decoded([
        { id: 'DenyOutsideOrg', effect: 'Deny' },
        { id: null, effect: 'Deny' },
        { id: 'AllowAll', effect: 'Allow' }
      ]),
      's3:PutObject'
    )
    expect(text).toContain(
      'Matched deny statements: statement DenyOutsideOrg, a statement without an id.'
    )
    expect(text).not.toContain('AllowAll')
  })

  it('says so when the message names no deny statement', () => {
    expect(decodedExplanation(decoded([{ id: 'AllowAll', effect: 'Allow' }]), null)).toContain(
      'The decoded message names no matching statement.'
    )
  })
})
