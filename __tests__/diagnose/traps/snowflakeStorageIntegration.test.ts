// WD980 snowflake-storage-integration: Snowflake's IAM user could not assume the role a storage
// integration names. The heldout30 case (h30-001) is in __tests__/remedy/heldout30Review.test.ts.
import { analysedOne } from './analysed.js'

const TRAP = 'snowflake-storage-integration'

describe(TRAP, () => {
  it('own: the message on one line, inside a dbt run, reads the same', () => {
    const { f, statements } = analysedOne(
      '12:01:33  Database Error in model stg_events (models/staging/stg_events.sql)\n  SQL execution error: Error assuming AWS_ROLE. Please verify the role and externalId are configured correctly in your AWS policy.'
    )
    expect(f.traps).toEqual([TRAP])
    expect(f.operation).toBe('AssumeRole')
    expect(f.fixTarget.kind).toBe('trust-policy')
    expect(statements).toEqual([])
  })

  it('counter-case: an AssumeRole refusal naming another AWS_ROLE word is no Snowflake one', () => {
    const { f } = analysedOne(
      'Error: failed to assume AWS_ROLE_ARN: An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
