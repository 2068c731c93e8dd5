// GetTemporaryGlueTableCredentials: Lake Formation's application integration decides it.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'lake-formation-credential-vending'

describe(TRAP, () => {
  it('keeps the IAM statement and says it is the smallest part (review h5-145, boto/botocore#2624)', () => {
    const { f, statements, notes } = analysedOne(reviewed('h5-145'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('Application integration settings')
    expect(statements.map((s) => s.Action)).toEqual([
      'lakeformation:GetTemporaryGlueTableCredentials'
    ])
    expect(notes).toContain("Lake Formation's application integration setting")
  })

  it('does not apply to other Lake Formation calls', () => {
    const { f } = analysedOne(
      'botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the GetDataAccess operation: None'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
