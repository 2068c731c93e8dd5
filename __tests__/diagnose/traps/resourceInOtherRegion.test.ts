// WD981 resource-in-other-region: the refused ARN is one the log names in another Region. The
// heldout30 case (h30-015) is in __tests__/remedy/heldout30Review.test.ts.
import { analysedOne } from './analysed.js'

const TRAP = 'resource-in-other-region'

// Own: a Secrets Manager secret the step names in eu-west-1, read from the runner's default Region.
const OWN = `+ aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:eu-west-1:111122223333:secret:ci/deploy-AbCdEf
An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:111122223333:secret:ci/deploy-AbCdEf because no identity-based policy allows the secretsmanager:GetSecretValue action`

describe(TRAP, () => {
  it('own: the Region the step named leads, no statement on the other Region', () => {
    const { f, statements } = analysedOne(OWN)
    expect(f.inferred?.regionTwin?.value).toBe('eu-west-1')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The log names this resource in eu-west-1/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(statements).toEqual([])
  })

  it.each([
    ['the same Region', OWN.replace('secretsmanager:eu-west-1:', 'secretsmanager:us-east-1:')],
    ['another account', OWN.replace('eu-west-1:111122223333', 'eu-west-1:444455556666')],
    ['another resource', OWN.replace('secret:ci/deploy-AbCdEf\nAn', 'secret:ci/other-AbCdEf\nAn')]
  ])('counter-case: a printed ARN of %s is no twin', (_n, text) => {
    const { f } = analysedOne(text)
    expect(f.inferred?.regionTwin).toBeUndefined()
    expect(f.traps).not.toContain(TRAP)
  })
})
