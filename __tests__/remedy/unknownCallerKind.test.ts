// A caller whose kind the log does not show is neither assumed a role nor a user (heldout7 review:
// h7-076 rendered put-role-policy for an IAM user; h7-003, h7-036, h7-067, h7-081 said "Replace
// <ROLE_NAME>" for callers the message never named).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

describe('the kind of the caller', () => {
  it('h7-076: a garbled user ARN is the user, in every rendering', () => {
    const { f } = analysedOne(corpusText('heldout7.jsonl', 'h7-076'))
    expect(f.fixTarget.principalType).toBe('user')
    const [r] = buildRemedies([f])
    expect(r!.renderings.cli).toContain("aws iam put-user-policy --user-name 's3-iam'")
    expect(r!.renderings.terraform).toContain('resource "aws_iam_user_policy"')
    expect(r!.renderings.cdk).toContain("iam.User.fromUserName(this, 'WhydeniedUser', 's3-iam')")
    expect(JSON.stringify(r)).not.toMatch(/ROLE_NAME|put-role-policy|aws_iam_role_policy/)
  })

  it.each(['h7-003', 'h7-081'])(
    '%s: no caller in the message, so both kinds, one placeholder, no ROLE_NAME',
    (id) => {
      const { f } = analysedOne(corpusText('heldout7.jsonl', id))
      expect(f.fixTarget.principalType).toBe('unknown')
      const r = buildRemedies([f]).find((x) => x.statements.length > 0)!
      // The statement holds no caller name: the note says which forms need it.
      expect(r.notes.join('\n')).toContain(
        'In the Terraform, CDK and AWS CLI forms only (the JSON statement does not hold it), replace <CALLER_NAME> with the name of the IAM role or user that made the call'
      )
      expect(JSON.stringify(r)).not.toContain('ROLE_NAME')
      const cli = r.renderings.cli!
      expect(cli).toContain("aws iam put-role-policy --role-name '<CALLER_NAME>'")
      expect(cli).toContain("aws iam put-user-policy --user-name '<CALLER_NAME>'")
      expect(r.renderings.terraform).toMatch(/aws_iam_role_policy[\s\S]*aws_iam_user_policy/)
      expect(r.renderings.cdk).toMatch(/Role\.fromRoleName[\s\S]*User\.fromUserName/)
      // One declaration of `caller` is live, so the snippet compiles as pasted (review h17-025).
      expect(r.renderings.cdk!.match(/^const caller\b/gm)).toHaveLength(1)
      expect(r.renderings.cdk).toMatch(
        /^\/\/ const caller: iam\.IIdentity = iam\.User\.fromUserName/m
      )
    }
  )

  it('counter-case: a role session stays a role, with one command', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/gh is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-2:111122223333:parameter/sst/bootstrap because no identity-based policy allows the ssm:GetParameter action'
    )
    const [r] = buildRemedies([f])
    expect(r!.renderings.cli).toContain("put-role-policy --role-name 'deploy'")
    expect(r!.renderings.cli).not.toContain('put-user-policy')
  })
})
