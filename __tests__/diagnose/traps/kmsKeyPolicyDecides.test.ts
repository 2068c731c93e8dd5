// WD586 (heldout86 review: h86-011 cloudposse/terraform-aws-vpc-flow-logs-s3-bucket#6, h86-013
// aws/copilot-cli#1199): a KMS refusal whose caller's side already allows the call (a role AWS
// creates with AdministratorAccess) or whose key policy the writer says lacks it: the statement
// goes into the key policy.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'kms-key-policy-decides'
const KEY = 'arn:aws:kms:eu-west-1:060123456789:key/6b51b425-ee73-4668-ac38-f43be73c8fc0'
const refusal = (role: string, action = 'kms:TagResource') =>
  `AccessDeniedException: User: arn:aws:sts::060123456789:assumed-role/${role}/s is not authorized to perform: ${action} on resource: ${KEY}`

describe(TRAP, () => {
  it("h86-011: OrganizationAccountAccessRole refused kms:TagResource on a module's key", () => {
    const { f, statements } = analysedOne(corpusText('heldout86.jsonl', 'h86-011'))
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.description).toMatch(/^the key policy of arn:aws:kms:/)
    expect(f.explanation).toContain('`kms:TagResource` and `kms:UntagResource`')
    // Terraform 0.12's `on .terraform/modules/flow_logs.kms_key/main.tf line 12, in resource …`.
    expect(f.inferred?.iacResource?.value).toBe(
      'module.flow_logs.module.kms_key.aws_kms_key.default'
    )
    expect(f.explanation).toContain('the Terraform module `module.flow_logs.module.kms_key`')
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatchObject({
      Action: 'kms:TagResource',
      Resource: '*',
      Principal: { AWS: 'arn:aws:iam::060123456789:role/OrganizationAccountAccessRole' }
    })
  })

  it('h86-013: the writer says the key policy does not allow kms:UntagResource', () => {
    const { f, statements } = analysedOne(corpusText('heldout86.jsonl', 'h86-013'))
    expect(f.inferred?.statedCause?.value).toBe('key-policy-lacks')
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(statements[0]).toMatchObject({ Action: 'kms:UntagResource', Resource: '*' })
    expect(statements[0]!.Principal).toBeDefined()
  })

  it("own: an AdministratorAccess permission set's role refused kms:Decrypt", () => {
    const { f } = analysedOne(
      refusal('AWSReservedSSO_AdministratorAccess_0123456789abcdef', 'kms:Decrypt')
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toContain('kms:UntagResource')
  })

  it.each([
    ['a role of its own', refusal('deploy-role')],
    [
      'an explicit deny',
      `${refusal('OrganizationAccountAccessRole')} with an explicit deny in a service control policy`
    ],
    [
      'an alias, no key',
      refusal('OrganizationAccountAccessRole').replace(
        KEY,
        'arn:aws:kms:eu-west-1:060123456789:alias/app'
      )
    ],
    [
      'the writer wishing the key policy allowed it',
      `${refusal('deploy-role')}\nWe want the key policy to allow this role.`
    ]
  ])('counter-case: %s', (_what, text) => {
    expect(analysedOne(text).f.traps).not.toContain(TRAP)
  })
})
