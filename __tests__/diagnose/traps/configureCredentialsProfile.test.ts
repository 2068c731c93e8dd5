// configure-aws-credentials wrote the step's keys to its aws-profile and assumed the role without
// them (aws-actions/configure-aws-credentials#1846, heldout14 review h14-035): the keys are there,
// the step's combination loses them. Not "give the process credentials".
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'configure-credentials-profile-not-used'

describe(TRAP, () => {
  it('h14-035: the profile written, then AssumeRole loads nothing (configure-aws-credentials#1846)', () => {
    const { f } = analysedOne(corpusText('heldout14.jsonl', 'h14-035'))
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('configure-credentials-no-source')
    expect(f.explanation).toMatch(
      /^The step's keys were found and written to the profile `example-account-my-cool-task`/
    )
    expect(f.explanation).toContain('drop `aws-profile`')
    expect(f.explanation).not.toContain('found no credentials at all')
  })

  it('no profile written: the empty-input advice stays (counter-case, configure-aws-credentials#770 wording)', () => {
    const { f } = analysedOne(
      'Assuming role with user credentials\nRetry AssumeRole: attempt 1 of 12 failed: Could not assume role with user credentials: Could not load credentials from any providers. Retrying after 30ms.'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('a profile written for a step that then succeeds names nothing (counter-case)', () => {
    const { f } = analysedOne(
      '✓ Successfully configured AWS profile: ci\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
