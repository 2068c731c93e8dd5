// The configure-aws-credentials checklist (role-to-assume, session duration, clock skew) only where
// the log shows GitHub Actions or the action at work (heldout7 review minor class: Velero, Grafana,
// Airflow and Docker logs got it; h7-107, h7-126, h7-170, h7-171).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

function notesOf(text: string): string {
  const { findings } = analyzeText(text)
  expect(findings.length).toBeGreaterThan(0)
  return buildRemedies(findings)
    .flatMap((r) => r.notes)
    .join('\n')
}

// grafana/grafana#6327: Grafana's server log, a key AWS does not know; no CI anywhere.
const GRAFANA_6327 =
  't=2016-10-19T15:23:24+0200 lvl=eror msg="Unable to call AWS API" logger=context userId=5 orgId=1 uname=MYUSER error="InvalidClientTokenId: The security token included in the request is invalid.\\n\\tstatus code: 403, request id: 36af8417-95ff-11e6-a3e9-e1904b671b86"'

describe('credential checklist', () => {
  it.each([
    ['review h7-171 (Airflow, an ECR token expired)', corpusText('heldout7.jsonl', 'h7-171')],
    ['grafana/grafana#6327', GRAFANA_6327]
  ])('names no configure-aws-credentials step without GitHub evidence (%s)', (_source, text) => {
    const notes = notesOf(text)
    expect(notes).not.toContain('configure-aws-credentials')
    expect(notes).not.toContain('role-to-assume')
  })

  it('keeps it where the action ran (own case)', () => {
    const notes = notesOf(
      'Run aws-actions/configure-aws-credentials@v4\n  with:\n    aws-region: us-east-1\nRun aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
    )
    expect(notes).toContain('the configure-aws-credentials step')
  })
})
