// WD971 (heldout27 review, h27-014): a service-linked role as the caller. AWS owns its policy and
// IAM refuses edits, so no statement is drafted and the service's own setup comes first.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('a service-linked role refused', () => {
  it("h27-014 (Security Hub's role refused a Config read): no statement, Config's setup first", () => {
    const { findings, statements } = analysed(corpusText('heldout27.jsonl', 'h27-014'))
    const f = findings[0]!
    expect(f.traps).toContain('service-linked-caller')
    expect(f.explanation).toMatch(
      /^The caller is `AWSServiceRoleForSecurityHub`, a service-linked role/
    )
    expect(f.explanation).toMatch(/AWS Config enabled and recording/)
    expect(f.fixTarget.description).not.toMatch(/identity policy/)
    expect(statements).toEqual([])
  })

  it('own: another service-linked role refused a non-resource call gets the same refusal to edit, without Security Hub words', () => {
    const { findings, statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForECS/ecs-service-scheduler is not authorized to perform: ec2:DescribeSubnets'
    )
    expect(findings[0]!.traps).toContain('service-linked-caller')
    expect(findings[0]!.explanation).not.toMatch(/AWS Config/)
    expect(statements).toEqual([])
  })

  it("counter-case: a KMS key refusing Auto Scaling's role is the key policy's to fix, drafted as usual", () => {
    const { findings, statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling is not authorized to perform: kms:CreateGrant on resource: arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'
    )
    expect(findings[0]!.traps).not.toContain('service-linked-caller')
    expect(statements.length).toBeGreaterThan(0)
  })

  it('counter-case: a role whose name only starts alike but is an ordinary role is not one', () => {
    const { findings } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/ServiceRoleForDeploy/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::artifacts/app.zip'
    )
    expect(findings[0]!.traps).not.toContain('service-linked-caller')
  })
})
