// No credentials while the command names its profile: that profile first (heldout16 review h16-022,
// hashicorp/packer#4553: `AWS_PROFILE=np-networkadmin packer build` after `aws configure` wrote
// only the default profile). Not the generic "give the process credentials".
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'named-profile-unread'

describe(TRAP, () => {
  it('h16-022: Packer (Go SDK v1) with AWS_PROFILE, NoCredentialProviders', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-022'))
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The command runs with the profile `np-networkadmin`/)
    expect(f.explanation).toContain('aws configure list --profile np-networkadmin')
    expect(f.explanation).toContain('AWS_SDK_LOAD_CONFIG=1')
    expect(f.explanation).not.toContain('found no credentials at all')
    expect(statements).toEqual([])
    expect(notes).toContain('aws configure list --profile np-networkadmin')
    // The generic checklist gives way to the profile.
    expect(notes).not.toContain('Check where the failing program gets its credentials')
  })

  it.each([
    [
      '--profile',
      'aws s3 ls --profile ci-deploy\n\nUnable to locate credentials. You can configure credentials by running "aws configure".',
      'ci-deploy'
    ],
    [
      'export',
      'export AWS_PROFILE=prod.admin\nnpx cdk deploy\nError: Need to perform AWS calls for account 111122223333, but no credentials have been configured',
      'prod.admin'
    ],
    [
      'YAML env',
      '    env:\n      AWS_PROFILE: tf-state\n    Error: No valid credential sources found',
      'tf-state'
    ]
  ])('%s names the profile (nasty variants)', (_how, text, name) => {
    const { f } = analysedOne(text)
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(`the profile \`${name}\``)
  })

  it.each([
    // A variable, not a name: nothing to check by name.
    'export AWS_PROFILE=$PROFILE\nUnable to locate credentials. You can configure credentials by running "aws configure".',
    // No profile in sight.
    'aws s3 ls\nUnable to locate credentials. You can configure credentials by running "aws configure".',
    // A profile beside a refusal: the credentials worked, the policy refused.
    'aws s3 ls s3://b --profile ci\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
  ])('counter-case: %s', (text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
  })
})
