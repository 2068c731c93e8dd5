// Another account's CDK bootstrap roles refuse the deploy: `cdk bootstrap --trust` on the target.
import { cdkTargetRoleOf } from '../../../src/infer/cdkRoleNotAssumed.js'
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'cdk-bootstrap-trust'

// aws/aws-cdk#29479: a pipeline in account A self-mutating into account B (accounts masked by
// the reporter as ACCOUNT-A/ACCOUNT-B; here given digits so the accounts can be compared).
const PIPELINE = `Error: Could not assume role in target account using current credentials (which are for account 111111111111) User: arn:aws:sts::111111111111:assumed-role/RolePipeline/AWSCodeBuild-XXXX is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/cdk-hnb659fds-deploy-role-222222222222-eu-west-1 . Please make sure that this role exists in the account. If it doesn't exist, (re)-bootstrap the environment with the right '--trust', using the latest version of the CDK CLI.`

describe(TRAP, () => {
  it('leads with cdk bootstrap --trust and drafts no hand edit of the bootstrap roles (aws/aws-cdk#29479)', () => {
    const { findings, statements, notes } = analysed(PIPELINE)
    const f = findings.find((x) => x.traps.includes(TRAP))!
    expect(f.explanation.startsWith('The deploy is refused on the CDK bootstrap role')).toBe(true)
    expect(f.explanation).toContain('--trust 111111111111 --cloudformation-execution-policies')
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(statements).toEqual([])
    expect(notes.join('\n')).toContain('cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust')
  })

  // Review h5-034 is blog prose (no finding); its quoted CDK message still names the role alone.
  it("CDK's target-account words with only the role's name (review h5-034)", () => {
    const text = reviewed('h5-034')
    expect(analysed(text).findings).toEqual([])
    const line = text.slice(text.indexOf('"Could not assume'), text.indexOf('Sound familiar'))
    const role = cdkTargetRoleOf({
      line,
      before: '',
      after: '',
      command: null,
      roleToAssume: null,
      callerArn: null
    })
    expect(role?.value).toBe('cdk-hnb659fds-deploy-role')
  })

  it('keeps a custom qualifier', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/GitHubDeploy/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/cdk-myqual01-deploy-role-444455556666-eu-west-1'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('--qualifier myqual01')
  })

  it('does not apply within one account, nor to roles that are not bootstrap roles', () => {
    // aws/aws-cdk#31845: same account (masked alike) — the caller's own permissions.
    const same = analysedOne(
      'User: arn:aws:iam::111122223333:user/github-actions-cdk-deployment is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/cdk-hnb659fds-file-publishing-role-111122223333-us-west-2'
    ).f
    expect(same.traps).not.toContain(TRAP)
    const other = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deployer'
    ).f
    expect(other.traps).not.toContain(TRAP)
    expect(other.traps).toContain('assume-role-two-policies')
  })
})

describe(`${TRAP}: CDK's target-account words with no role printed`, () => {
  it('heldout13 h13-049 (aws/aws-cdk#16292, CDK Pipelines self-mutation): bootstrap the target with --trust', () => {
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-049'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation.startsWith('CDK could not assume a bootstrap role')).toBe(true)
    expect(f.explanation).toContain('`cdk-hnb659fds-deploy-role-TARGET_ACCOUNT-REGION`')
    expect(f.explanation).toContain(
      'cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust PIPELINE_ACCOUNT --cloudformation-execution-policies'
    )
    expect(f.explanation).toContain(
      '`sts:AssumeRole` on `arn:aws:iam::TARGET_ACCOUNT:role/cdk-hnb659fds-*`'
    )
    expect(f.explanation).not.toContain('--qualifier')
    expect(statements).toEqual([])
  })

  it('own: the same-account wording naming a role that is no bootstrap role: not this trap', () => {
    const found = analysed(
      "current credentials could not be used to assume 'arn:aws:iam::111111111111:role/MyDeployRole', but are for the right account. Proceeding anyway.\n❌  MyStack failed: Error: AccessDenied"
    ).findings
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f.traps).not.toContain(TRAP)
  })
})

// heldout15 review, h15-008 (aws/aws-cdk-cli#762): the refused action is sts:TagSession. The
// trust for sts:AssumeRole is there; the bootstrap template's trust lacked tagging until the CLI
// added it, so `--trust` again from an older CLI changes nothing.
describe("cdk-bootstrap-trust: sts:TagSession refused on another account's bootstrap role", () => {
  it.each([
    [
      'h15-008 (an EKS pod deploying across accounts)',
      corpusText('heldout15.jsonl', 'h15-008'),
      'cdk-hnb659fds-lookup-role',
      'PIPELINE_ACCOUNT'
    ],
    [
      'our own: a GitHub OIDC session that passes tags, on the deploy role',
      'Could not assume role in target account using current credentials (which are for account 480311764563) User: arn:aws:sts::480311764563:assumed-role/gh-deploy/GitHubActions is not authorized to perform: sts:TagSession on resource: arn:aws:iam::739812450016:role/cdk-hnb659fds-deploy-role-739812450016-eu-west-1',
      'cdk-hnb659fds-deploy-role',
      '480311764563'
    ]
  ])(
    '%s: the template must allow sts:TagSession; the CLI that writes it, not --trust alone',
    (_n, text, role, caller) => {
      const { f, statements, notes } = analysedOne(text)
      expect(f.action).toBe('sts:TagSession')
      expect(f.traps).toContain('cdk-bootstrap-trust')
      expect(statements).toEqual([])
      expect(
        f.explanation.startsWith(
          `The refused action is \`sts:TagSession\`, not \`sts:AssumeRole\`: the caller's session passes session tags to the bootstrap role \`${role}\``
        )
      ).toBe(true)
      expect(f.explanation).toMatch(
        /re-running `cdk bootstrap` with an older CLI writes the same trust again/
      )
      expect(f.explanation).toContain(`--trust ${caller}`)
      expect(f.explanation).not.toMatch(/bootstrapped without `--trust`/)
      expect(notes).toMatch(/for `sts:TagSession` as well as `sts:AssumeRole`/)
    }
  )

  it('counter-case: a refused sts:AssumeRole keeps the --trust advice', () => {
    const { f } = analysedOne(
      'Could not assume role in target account using current credentials (which are for account 480311764563) User: arn:aws:sts::480311764563:assumed-role/gh-deploy/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::739812450016:role/cdk-hnb659fds-deploy-role-739812450016-eu-west-1'
    )
    expect(f.traps).toContain('cdk-bootstrap-trust')
    expect(f.explanation).toMatch(
      /^The deploy is refused on the CDK bootstrap role `cdk-hnb659fds-deploy-role` of another account\. First fix/
    )
    expect(f.explanation).not.toMatch(/sts:TagSession/)
  })
})

// heldout128 review h128-040 (a CDK Pipelines self-mutation step refused the lookup role): the
// lookup role needs only lookup trust, and committed context needs no lookup at all.
describe("cdk-bootstrap-trust: another account's lookup role", () => {
  it('h128-040: commit cdk.context.json first, else --trust-for-lookup; never --trust with execution policies', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout128.jsonl', 'h128-040'))
    expect(f.traps[0]).toBe(TRAP)
    expect(statements).toEqual([])
    expect(f.explanation).toMatch(
      /First fix: run `cdk synth` once .* commit the `cdk\.context\.json`/
    )
    expect(f.explanation).toContain('--trust-for-lookup PIPELINE_ACCOUNT')
    expect(f.explanation).not.toContain('--cloudformation-execution-policies')
    expect(notes).toMatch(/commit the `cdk\.context\.json`.*--trust-for-lookup PIPELINE_ACCOUNT/)
  })

  it('counter-case (own): the deploy role keeps --trust with execution policies', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::480311764563:assumed-role/gh-deploy/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::739812450016:role/cdk-hnb659fds-deploy-role-739812450016-eu-west-1'
    )
    expect(f.explanation).toContain('--trust 480311764563 --cloudformation-execution-policies')
    expect(f.explanation).not.toContain('cdk.context.json')
  })
})
