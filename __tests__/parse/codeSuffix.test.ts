// goamz, the EC2 client of Terraform 0.x and of rexray, appends the wire code to the message in
// parentheses: `Not authorized for images: [ami-…] (AuthFailure)`. The code is kept as printed;
// only a known code right where the message ends is one (issue 10, held-out h8-131).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('a code in parentheses after the message', () => {
  it('Terraform 0.x launching an unshared AMI (held-out h8-131): AuthFailure, still a denial', () => {
    const [f, ...rest] = parseText(corpusText('heldout8.jsonl', 'h8-131'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'AuthFailure', service: 'ec2' })
  })

  it('rexray on goamz (github-file:find_string#19717464234): UnauthorizedOperation', () => {
    const [f, ...rest] = parseText(
      'running `rexray volume help` gives the error "FATA[0000] Error: Driver Volume discovery failed: You are not authorized to perform this operation. (UnauthorizedOperation)". I suspect this is due to some sort of IAM policy oversight'
    )
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'UnauthorizedOperation' })
  })

  it.each([
    [
      'own: a parenthesis further on is another clause, not the code',
      'Error launching source instance: Not authorized for images: [ami-d8a6c9b0] while retrying (AuthFailure)'
    ],
    [
      'own: a word glued to the parenthesis is no code',
      'Error launching source instance: Not authorized for images: [ami-d8a6c9b0] (AuthFailure)s'
    ],
    [
      'own: an unknown word in the slot',
      'Error launching source instance: Not authorized for images: [ami-d8a6c9b0] (Retrying)'
    ]
  ])('%s', (_, text) => {
    const [f] = parseText(text)
    expect(f).toMatchObject({ kind: 'denial', service: 'ec2' })
    expect(f!.code).toBeNull()
  })
})
