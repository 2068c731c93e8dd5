// "No resource-based policy allows" a KMS call: the key policy does not delegate to the account,
// so an identity-policy Allow is no alternative (issue 17, reasoning I point 2).
import { analysed } from '../diagnose/traps/analysed.js'

const ROOT =
  // heldout3 h3-057 (the account root user refused by a key policy; wrapped by the author)
  'An error occurred (AccessDeniedException) when calling the Decrypt operation: User:\narn:aws:iam::279056796721:root is not authorized to perform: kms:Decrypt on resource:\narn:aws:kms:us-east-1:279056796721:key/a79e660a-3b6c-417c-bc1c-07354f78b058 because no\nresource-based policy allows the kms:Decrypt action'

const USER =
  // jbrt/ec2cryptomatic#26 (an IAM user, account partly masked by the reporter)
  '2021/10/19 12:56:32 Error with this key: AccessDeniedException: User: arn:aws:iam::3915824****:user/EC2Cryptomatic is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-west-2:3915824****:key/*****-048e-4be0-b497-ca151cd223c5 because no resource-based policy allows the kms:DescribeKey action.'

describe('KMS key policy note', () => {
  it('h3-057 (root): no identity-policy alternative, get-key-policy and the default statement', () => {
    const { notes } = analysed(ROOT)
    const all = notes.join('\n')
    expect(all).not.toMatch(/identity policy of the caller would also work/)
    expect(all).toMatch(/root user, which has no identity policy/)
    expect(all).toMatch(
      /aws kms get-key-policy --key-id a79e660a-3b6c-417c-bc1c-07354f78b058 --policy-name default/
    )
    expect(all).toMatch(/Enable IAM User Permissions/)
  })

  it('ec2cryptomatic (masked account): both sides drafted, no same-account alternative', () => {
    const { notes } = analysed(USER)
    const all = notes.join('\n')
    expect(all).not.toMatch(/would also work/)
    expect(all).toMatch(/The key policy of .* must also allow this/)
  })

  it('same account, a role (variant with the account shown): the key policy does not delegate', () => {
    const { notes } = analysed(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:DescribeKey action.'
    )
    const all = notes.join('\n')
    expect(all).not.toMatch(/would also work/)
    expect(all).toMatch(/does not delegate to the account/)
    expect(all).toMatch(/--key-id 1234abcd-12ab-34cd-56ef-1234567890ab/)
  })

  it('negative: a queue policy in the same account still says an identity Allow works', () => {
    const { notes } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs because no resource-based policy allows the sqs:SendMessage action'
    )
    expect(notes.join('\n')).toMatch(/would also work/)
  })
})
