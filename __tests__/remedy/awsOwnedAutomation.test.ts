// heldout26 review, h26-002: an AWS-owned automation runbook's ARNs keep their empty account, and
// its document is named from the definition the log prints.
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('an AWS-owned automation runbook (h26-002)', () => {
  it('keeps the empty account of the definition and of its document, and names the document', () => {
    const { statements } = analysed(corpusText('heldout26.jsonl', 'h26-002'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Resource).toEqual([
      'arn:aws:ssm:ap-southeast-1::automation-definition/AWS-DisablePublicAccessForSecurityGroup:1',
      'arn:aws:ssm:ap-southeast-1::document/AWS-DisablePublicAccessForSecurityGroup',
      'arn:aws:ssm:ap-southeast-1:<ACCOUNT_ID>:automation-execution/*'
    ])
  })

  it("own counter-case: a runbook of the account's own keeps its account and names its document", () => {
    const { statements } = analysed(
      'An error occurred (AccessDeniedException) when calling the StartAutomationExecution operation: User: arn:aws:sts::111122223333:assumed-role/Ops/s is not authorized to perform: ssm:StartAutomationExecution on resource: arn:aws:ssm:eu-west-1:111122223333:automation-definition/PatchFleet:3'
    )
    expect(statements[0]!.Resource).toEqual([
      'arn:aws:ssm:eu-west-1:111122223333:automation-definition/PatchFleet:3',
      'arn:aws:ssm:eu-west-1:111122223333:automation-execution/*',
      'arn:aws:ssm:eu-west-1:111122223333:document/PatchFleet'
    ])
  })
})

describe('whitespace makes only an IAM name a mask', () => {
  it('own counter-case: an S3 key with a space is granted as printed', () => {
    const { statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/R/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::my-bucket/My Documents/report.pdf"'
    )
    expect(statements[0]!.Resource).toBe('arn:aws:s3:::my-bucket/My Documents/report.pdf')
  })
})
