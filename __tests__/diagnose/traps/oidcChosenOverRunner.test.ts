// configure-aws-credentials took the OIDC path because the job may request a token, while the
// runner's instance profile was meant (heldout13 review, h13-181): role-chaining: true or no
// id-token: write for that job, never "create the OIDC provider" (the role does not trust it).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const H13_181 = corpusText('heldout13.jsonl', 'h13-181')

describe('oidc-chosen-over-runner-credentials', () => {
  it('h13-181 (aws-actions/configure-aws-credentials#598): role-chaining, not a new provider', () => {
    const { f, notes } = analysedOne(H13_181)
    expect(f.traps).toContain('oidc-chosen-over-runner-credentials')
    expect(f.inferred?.signals?.['runner-credentials-meant']?.from).toMatch(/instance profile/)
    expect(f.explanation).toMatch(/^The text says the runner's own credentials were meant/)
    expect(f.explanation).toContain('`role-chaining: true`')
    expect(f.explanation).toMatch(/Creating the OIDC provider alone would not help/)
    expect(notes).toContain('`role-chaining: true`')
    expect(notes).not.toMatch(/Create the provider/)
  })

  it('the author wants OIDC to AWS on a self-hosted EC2 runner: the provider is missing', () => {
    // Our own variant: #453's wording (OIDC with self-hosted EC2 instances that have an
    // instance profile), with the provider error this time.
    const { f, notes } =
      analysedOne(`I am trying to use OIDC with self-hosted AWS EC2 instances. The instances have an instance profile attached.
permissions:
  id-token: write
  contents: read
Run aws-actions/configure-aws-credentials@v4
Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com`)
    expect(f.traps).not.toContain('oidc-chosen-over-runner-credentials')
    expect(notes).toMatch(/Create the provider/)
  })

  it('no instance profile or EC2 credentials named: the provider is missing', () => {
    // Our own variant: a GitHub-hosted job with id-token: write and no runner credentials.
    const { f } = analysedOne(`permissions:
  id-token: write
Run aws-actions/configure-aws-credentials@v4
Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com`)
    expect(f.traps).not.toContain('oidc-chosen-over-runner-credentials')
  })

  it('no id-token permission shown: the signal does not fire', () => {
    // Our own variant: the runner's instance role named, but nothing grants the job a token.
    const { f } = analysedOne(`Our runner uses its EC2 instance role.
Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com`)
    expect(f.traps).not.toContain('oidc-chosen-over-runner-credentials')
  })
})
