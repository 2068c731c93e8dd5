// WD970 (heldout27 review, h27-011 and h27-013): Security Hub refusing BatchImportFindings, where a
// product integration, a finding's account or Security Hub itself comes before any Allow, and a
// partner product's ARN keeps its empty account.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h27 = (id: string) => corpusText('heldout27.jsonl', id)

describe('Security Hub refusing BatchImportFindings', () => {
  it("h27-013 (Prowler): the product's own ARN, empty account kept, and its enable command first", () => {
    const { findings, statements } = analysed(h27('h27-013'))
    const f = findings[0]!
    expect(f.traps).toContain('securityhub-import')
    expect(f.explanation.startsWith('Security Hub refuses BatchImportFindings')).toBe(true)
    expect(f.explanation).toContain(
      'enable-import-findings-for-product --product-arn arn:aws:securityhub:ap-southeast-2::product/prowler/prowler'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:securityhub:ap-southeast-2::product/prowler/prowler'
    ])
  })

  it('h27-011 (kube-bench): no product printed, the placeholder is a partner product with no account', () => {
    const { findings, statements, notes } = analysed(h27('h27-011'))
    expect(findings[0]!.traps).toContain('securityhub-import')
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:securityhub:<REGION>::product/<COMPANY>/<PRODUCT_ID>'
    ])
    expect(notes.join('\n')).not.toMatch(/Replace <ACCOUNT_ID>/)
  })

  it("own: an account's own default product keeps its account, and no integration is to be turned on", () => {
    const { findings, statements } = analysed(
      'An error occurred (AccessDeniedException) when calling the BatchImportFindings operation: User: arn:aws:sts::111122223333:assumed-role/scanner/ci is not authorized to perform: securityhub:BatchImportFindings on resource: arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default'
    ])
    expect(findings[0]!.explanation).not.toMatch(/enable-import-findings-for-product/)
    expect(findings[0]!.explanation).toMatch(/AwsAccountId/)
  })

  it('counter-case: another Security Hub call is no import', () => {
    const { findings } = analysed(
      'An error occurred (AccessDeniedException) when calling the GetFindings operation: User: arn:aws:sts::111122223333:assumed-role/scanner/ci is not authorized to perform: securityhub:GetFindings on resource: arn:aws:securityhub:us-east-1:111122223333:hub/default'
    )
    expect(findings[0]!.traps).not.toContain('securityhub-import')
  })
})

describe('the first check in the visible steps', () => {
  it('h27-013 and h27-011: the integration and the findings lead What to check, before the Allow', () => {
    for (const id of ['h27-013', 'h27-011']) {
      const { notes } = analysed(h27(id))
      expect(notes[0]).toMatch(/^Before pasting: Security Hub refuses the import the same way/)
      expect(notes[0]).toMatch(/enable-import-findings-for-product/)
    }
  })
})

describe("Security Hub's own explicit deny", () => {
  it('h27-012 (CodeBuild importing to its default product): the findings and the hub lead the visible steps', () => {
    const { findings, notes } = analysed(h27('h27-012'))
    expect(findings[0]!.deny).toBe('explicit')
    expect(notes[0]).toMatch(
      /^Security Hub itself refuses BatchImportFindings with an explicit deny/
    )
  })

  it('counter-case: an explicit deny of another service keeps the usual first note', () => {
    const { notes } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs with an explicit deny'
    )
    expect(notes[0]).toMatch(/^An explicit Deny in/)
  })
})
