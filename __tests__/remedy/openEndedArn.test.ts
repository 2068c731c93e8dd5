// An ARN printed up to its type's word and no further (`regional/managedruleset/`, heldout26
// h26-013): no typo, the name and ID are missing, and a trailing `*` matches what AWS evaluated.
// A sibling type of the same call never borrows the printed type's own `${Name}/${Id}`.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { validateRemedies } from '../../src/remedy/validate.js'

describe('an ARN that ends where the name would be', () => {
  it('h26-013: WAFv2 UpdateWebACL on `regional/managedruleset/` allows that type open-ended, beside the web ACL', () => {
    const { statements, notes } = analysedOne(corpusText('heldout26.jsonl', 'h26-013'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Resource).toEqual(
      expect.arrayContaining([
        'arn:aws:wafv2:ap-southeast-2:<ACCOUNT_ID>:regional/managedruleset/*',
        // The scope the printed ARN shows is the web ACL's too; its name and ID are not.
        'arn:aws:wafv2:ap-southeast-2:<ACCOUNT_ID>:regional/webacl/<NAME>/<ID>'
      ])
    )
    expect(notes).not.toMatch(/check it for a typo/)
    expect(notes).toMatch(/ends where the managedruleset's name would be/)
  })

  it('a managed rule set printed whole lends the web ACL its scope, not its name and ID', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the UpdateWebACL operation: User: arn:aws:sts::111122223333:assumed-role/waf-admin/ci is not authorized to perform: wafv2:UpdateWebACL on resource: arn:aws:wafv2:us-east-1:111122223333:regional/managedruleset/AWSManagedRulesCommonRuleSet/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'
    )
    const resources = statements.flatMap((s) => [s.Resource].flat())
    expect(resources).toContain('arn:aws:wafv2:us-east-1:111122223333:regional/webacl/<NAME>/<ID>')
    expect(resources.join(' ')).not.toMatch(/webacl\/AWSManagedRulesCommonRuleSet/)
  })

  it('the validator takes a trailing `*` for the name and ID, and still refuses a wrong type', () => {
    const { findings } = analysed(corpusText('heldout26.jsonl', 'h26-013'))
    const remedy = (resource: string) => ({
      id: 'r1',
      findings: [0],
      target: { kind: 'identity-policy' },
      statements: [{ Sid: 'S', Effect: 'Allow', Action: 'wafv2:UpdateWebACL', Resource: resource }]
    })
    const ok = validateRemedies(
      [remedy('arn:aws:wafv2:us-east-1:111122223333:regional/managedruleset/*')] as never,
      findings
    )
    expect(ok).toEqual([])
    const wrong = validateRemedies(
      [remedy('arn:aws:wafv2:us-east-1:111122223333:regional/loadbalancer/*')] as never,
      findings
    )
    expect(wrong.map((v) => v.rule)).toContain('resource-format')
  })
})

describe('an action the reference gives no resource type, refused on an ARN of its own service', () => {
  it('h27-010 (the Amplify CLI): amplify:CreateApp is allowed on the `apps/*` AWS evaluated, not on "*"', () => {
    const { statements, notes } = analysedOne(corpusText('heldout27.jsonl', 'h27-010'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:amplify:ap-northeast-1:426315288917:apps/*'
    ])
    expect(notes).toMatch(/AWS evaluated the call against/)
  })

  it("a create's own new name (a run's cluster, u29-008) is not pinned: the type's ARNs of that account and Region", () => {
    const { statements } = analysedOne(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/ci/run-1 is not authorized to perform: eks:CreateCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/integ-742c94a460e0d907'
    )
    // CreateCluster's own statement; the role it hands the cluster (iam:PassRole) is another.
    expect(statements.find((s) => s.Action === 'eks:CreateCluster')?.Resource).toBe(
      'arn:aws:eks:us-west-2:111122223333:cluster/*'
    )
  })

  it('heldout140 review (h140-050, h140-051): a transcription job named by the run is scoped to the type, not "*"', () => {
    const { statements, notes } = analysedOne(corpusText('heldout140.jsonl', 'h140-051'))
    expect(statements.find((s) => s.Action === 'transcribe:StartTranscriptionJob')?.Resource).toBe(
      'arn:aws:transcribe:us-east-1:837071794782:transcription-job/*'
    )
    expect(notes).toMatch(/Its name may be the one this run gave it/)
  })

  it('counter-case: a list call\'s stand-in with an empty name stays "*"', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the DescribeLogGroups operation: User: arn:aws:sts::111122223333:assumed-role/node/i-0abc is not authorized to perform: logs:DescribeLogGroups on resource: arn:aws:logs:us-east-1:111122223333:log-group::log-stream: because no identity-based policy allows the logs:DescribeLogGroups action'
    )
    expect(statements.map((s) => s.Resource)).toEqual(['*'])
  })
})

describe("Service Catalog's service-wide ARN is `catalog`'s", () => {
  it('h27-006: `arn:aws:catalog:eu-west-1:…:*` is what AWS evaluated, kept as printed', () => {
    const { statements, notes } = analysedOne(corpusText('heldout27.jsonl', 'h27-006'))
    expect(statements.map((s) => s.Resource)).toEqual(['arn:aws:catalog:eu-west-1:<ACCOUNT_ID>:*'])
    expect(notes).not.toMatch(/check it for a typo/)
  })
})
