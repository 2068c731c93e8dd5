// WD951 (heldout23 review: h23-007 external-secrets/external-secrets#4274, h23-052): calls whose
// success is checked again a step later against other actions on other resources.
import { analysedOne } from './analysed.js'

const TRAP = 'checked-next'

describe(TRAP, () => {
  it('h23-007: BatchGetSecretValue, then GetSecretValue on each secret', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the BatchGetSecretValue operation: User: arn:aws:sts::123456789:assumed-role/test-role/test-session is not authorized to perform: secretsmanager:BatchGetSecretValue because no identity-based policy allows the secretsmanager:BatchGetSecretValue action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`secretsmanager:GetSecretValue` on each secret')
  })

  it('h23-052: a SecureString read with --with-decryption, then kms:Decrypt', () => {
    const { f } = analysedOne(
      '$ aws ssm get-parameter --name "/production/database/password" --with-decryption --query "Parameter.Value" --output text\n\nAn error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:iam::487266254163:user/devopsadmin is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:487266254163:parameter/production/database/password because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`kms:Decrypt` on that key')
  })

  it('counter-case: an explicit deny is no missing next step', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:iam::487266254163:user/devopsadmin is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:487266254163:parameter/p with an explicit deny in an identity-based policy'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
