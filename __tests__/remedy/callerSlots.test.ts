// The caller (who gets the statement) and the resource (what the statement names) never share a
// placeholder. heldout11 review h11-024: one <ROLE_NAME> stood for the masked caller and for the
// role being created, and its note said to fill it with the caller's name, which grants
// iam:CreateRole on the caller itself.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

// serverless-components/backend#10, as printed
const BACKEND_10 =
  'AccessDenied: User: arn:aws:sts::XXXXXXXXXXXXXX:assumed-role/XXXXXXXX is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::XXXXXXXXXX:role/<RANDOM_NAME>'

const remedyOf = (text: string) => {
  const remedies = buildRemedies(analyzeText(text).findings)
  expect(remedies).toHaveLength(1)
  return remedies[0]!
}

describe("the caller's name and the resource's are two placeholders", () => {
  it('h11-024 (eksctl-io/eksctl#5452): the created role keeps its stack prefix, the caller is <CALLER_ROLE_NAME>', () => {
    const text = corpusText('heldout11.jsonl', 'h11-024')
    const { statements } = analysedOne(text)
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::<ACCOUNT_ID>:role/eksctl-<CLUSTER_NAME>-cluster-*'
    ])
    const r = remedyOf(text)
    expect(r.renderings.cli).toContain("--role-name '<CALLER_ROLE_NAME>'")
    const notes = r.notes.join('\n')
    expect(notes).toContain('Replace <CLUSTER_NAME> with the cluster name')
    expect(notes).toMatch(/replace <CALLER_ROLE_NAME> with the name of the calling role/)
    expect(notes).not.toContain('<ROLE_NAME>')
  })

  it('serverless-components/backend#10: a masked caller and a written resource name stay apart', () => {
    const r = remedyOf(BACKEND_10)
    expect(r.statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::<ACCOUNT_ID>:role/<RANDOM_NAME>'
    ])
    expect(r.renderings.cli).toContain("--role-name '<CALLER_ROLE_NAME>'")
  })

  it('counter-case: caller and resource masked alike (`***`) still get two placeholders', () => {
    const r = remedyOf(
      'User: arn:aws:sts::123456789012:assumed-role/***/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/***'
    )
    expect(r.statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::123456789012:role/<ROLE_NAME>'
    ])
    expect(r.renderings.cli).toContain("--role-name '<CALLER_ROLE_NAME>'")
    const notes = r.notes.join('\n')
    expect(notes).toMatch(/Replace <ROLE_NAME> with the role name \(the log masked it\)/)
    expect(notes).toMatch(/replace <CALLER_ROLE_NAME> with the name of the calling role/)
  })

  it('counter-case: a named caller gets no caller placeholder at all', () => {
    const r = remedyOf(
      'User: arn:aws:sts::123456789012:assumed-role/deployer/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/***'
    )
    expect(r.renderings.cli).toContain("--role-name 'deployer'")
    expect(JSON.stringify(r)).not.toContain('CALLER_ROLE_NAME')
  })
})
