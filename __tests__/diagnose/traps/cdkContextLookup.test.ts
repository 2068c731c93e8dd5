// WD5016 (heldout128 review h128-046): CDK synth's refused context lookup.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'cdk-context-lookup'

describe(TRAP, () => {
  it('h128-046 (a Vpc.fromLookup refused at synth, bare EC2 wording): cdk.context.json first, no statement', () => {
    const { findings, statements, notes } = analysed(corpusText('heldout128.jsonl', 'h128-046'))
    const f = findings[0]!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^CDK's synth refused a context lookup/)
    expect(f.explanation).toContain('commit the `cdk.context.json`')
    expect(statements).toEqual([])
    expect(notes.join('\n')).toContain("let the job assume the target account's CDK lookup role")
  })

  it.each([
    // own: the same construct error from an AccessDenied of SSM's lookup
    '[Error at /Prod/Network] AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/gh-synth/GitHubActions is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:111122223333:parameter/vpc-id because no identity-based policy allows the ssm:GetParameter action'
  ])('own: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).toContain(TRAP)
  })

  it.each([
    // own: a construct error that is no refusal
    '[Error at /Prod/Network] Could not find any VPCs matching {"account":"111122223333","region":"eu-west-1","filter":{"tag:Name":"main"}}\nAccessDenied when calling the GetObject operation: Access Denied',
    // own: the lookup role named as not assumed is the lead instead (cdk-role-not-assumed)
    "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-lookup-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.\n[Error at /Prod/Network] You are not authorized to perform this operation."
  ])('counter-case: %s', (text) => {
    for (const f of analysed(text).findings) expect(f.traps).not.toContain(TRAP)
  })
})

it("h128-045 (SST's HostedZone.fromLookup refused for a CI user): the lookup's refusal leads; h117-003's assume of the lookup role is cdk-bootstrap-trust's", () => {
  expect(analysed(corpusText('heldout128.jsonl', 'h128-045')).findings[0]!.traps[0]).toBe(TRAP)
  const [f] = analysed(corpusText('heldout117.jsonl', 'h117-003')).findings
  expect(f!.traps).not.toContain(TRAP)
})
