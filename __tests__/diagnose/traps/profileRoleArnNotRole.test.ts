// WD941 (heldout21 review, h21-047): a profile whose role_arn names a user is no role to assume.
import { analyzeText } from '../../../src/engine/Analysis.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('profile-role-arn-not-role (WD941)', () => {
  it('h21-047 (`role_arn = …:user/thufir`, root keys as its source): the profile, not a policy', () => {
    const [f] = analyzeText(corpusText('heldout21.jsonl', 'h21-047')).findings
    expect(f!.traps).toEqual(['profile-role-arn-not-role'])
    expect(f!.explanation).toMatch(
      /^The profile's `role_arn` is `arn:aws:iam::1234567890:user\/thufir`, which is not a role/
    )
  })

  const config = (arn: string) =>
    [
      '$ cat ~/.aws/config',
      '[profile deploy]',
      `role_arn = ${arn}`,
      'source_profile = default',
      '$ aws s3 ls --profile deploy',
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: ' +
        arn
    ].join('\n')

  it('own case: a group ARN in role_arn', () => {
    const [f] = analyzeText(config('arn:aws:iam::111122223333:group/deployers')).findings
    expect(f!.traps).toContain('profile-role-arn-not-role')
  })

  it('own counter-case: a role ARN in role_arn is the usual two-policy question', () => {
    const [f] = analyzeText(config('arn:aws:iam::111122223333:role/deploy')).findings
    expect(f!.traps).not.toContain('profile-role-arn-not-role')
    expect(f!.traps).toContain('assume-role-two-policies')
  })
})
