// WD944 (heldout22 review, h22-016): a subscription filter refused on a CloudWatch Logs
// destination is the destination's access policy, in its owner's account.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'logs-destination-policy'
const sentence = (principal: string, resource: string, reason = '') =>
  `An error occurred (AccessDeniedException) when calling the PutSubscriptionFilter operation: User: ${principal} is not authorized to perform: logs:PutSubscriptionFilter on resource: ${resource}${reason}`

describe(TRAP, () => {
  it('h22-016 (aws/aws-cli#4422): the destination in another account', () => {
    const { f, statements } = analysedOne(corpusText('heldout22.jsonl', 'h22-016'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^A CloudWatch Logs destination accepts subscription filters/)
    expect(statements).toEqual([])
  })

  it("own: a whole sender account goes into the destination's policy as printed", () => {
    const { f } = analysedOne(
      sentence(
        'arn:aws:sts::111122223333:assumed-role/shipper/s',
        'arn:aws:logs:us-east-1:444455556666:destination:central'
      ).replace(
        'User: arn:aws:sts::111122223333:assumed-role/shipper/s',
        'User with accountId: 111122223333'
      )
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('"Principal":{"AWS":"111122223333"}')
    expect(f.explanation).toContain('(account `444455556666`, as printed)')
  })

  it('counter-case: the log group side of the same call is the caller’s identity policy', () => {
    const { f } = analysedOne(
      sentence(
        'arn:aws:sts::111122223333:assumed-role/shipper/s',
        'arn:aws:logs:us-east-1:111122223333:log-group:/app/web:*',
        ' because no identity-based policy allows the logs:PutSubscriptionFilter action'
      )
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('counter-case: an explicit deny on the destination is a Deny to find, not a missing Allow', () => {
    const { f } = analysedOne(
      sentence(
        'arn:aws:sts::111122223333:assumed-role/shipper/s',
        'arn:aws:logs:us-east-1:444455556666:destination:central',
        ' with an explicit deny in a service control policy'
      )
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
