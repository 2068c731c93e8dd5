// A console's wrap kept as spaces: IAM/STS names hold none, so a policy takes them joined; other
// services' names may hold spaces and keep them (h7-014, b276).
import { joinedAction, joinedIamArn, whitespaceIsArtefact } from '../../src/model/wrappedArn.js'

describe('wrapped ARNs and actions', () => {
  it('joins an IAM or STS ARN split by spaces, in the resource part only', () => {
    expect(
      joinedIamArn('arn:aws:iam::193980408680:role/cd-paas-ngpay-ser vice-dev-CFNExecutionRole')
    ).toBe('arn:aws:iam::193980408680:role/cd-paas-ngpay-service-dev-CFNExecutionRole')
    expect(joinedIamArn('arn:aws:sts::1:assumed-role/a -b/c -d')).toBe(
      'arn:aws:sts::1:assumed-role/a-b/c-d'
    )
    // A mask with a space in the account field is the reporter's, kept.
    expect(joinedIamArn('arn:aws:iam::<Log Archive Account>:role/x')).toBe(
      'arn:aws:iam::<Log Archive Account>:role/x'
    )
  })

  it('keeps another service’s name with spaces', () => {
    const glue =
      'arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw'
    expect(joinedIamArn(glue)).toBe(glue)
    expect(whitespaceIsArtefact(glue)).toBe(false)
    expect(whitespaceIsArtefact('arn:aws:iam::1:role/a b')).toBe(true)
    expect(whitespaceIsArtefact('arn:aws:s3:::b/k\nx')).toBe(true)
  })

  it('joins an action split after its colon, nothing else', () => {
    expect(joinedAction('iam: PassRole')).toBe('iam:PassRole')
    expect(joinedAction('s3:GetObject')).toBe('s3:GetObject')
    expect(joinedAction('iam: 123')).toBe('iam: 123')
  })
})
