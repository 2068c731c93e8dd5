import { publicDecoded, HIDDEN_SESSION } from '../../src/decode/publicDecoded.js'
import { decodeFindings } from '../../src/decode/decodeFindings.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import type { AuthorizationDecoder } from '../../src/decode/AuthorizationDecoder.js'
import { at } from '../support/at.js'
import { corpusText } from '../support/corpusRecords.js'

// Corpus record d008 (source: https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/),
// its whole blob; the decoded context is ours, with the values a real one carries: a session
// e-mail and tags.
const LINE = corpusText('dev.jsonl', 'd008')
const SESSION = 'jane.doe@example.com'
const decoded = {
  allowed: false,
  explicitDeny: true,
  matchedStatements: {
    items: [
      {
        statementId: 'DenyProdTerminate',
        effect: 'DENY',
        principal: {},
        principalGroups: {},
        actions: {},
        resources: {},
        conditions: {}
      }
    ]
  },
  failures: { items: [] },
  context: {
    principal: {
      id: 'AROAEXAMPLE:' + SESSION,
      arn: `arn:aws:sts::111122223333:assumed-role/deploy/${SESSION}`
    },
    action: 'ec2:TerminateInstances',
    resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc1234',
    conditions: {
      items: [
        { key: 'aws:PrincipalTag/cost-center', values: { items: [{ value: 'secret-project-x' }] } },
        { key: 'ec2:ResourceTag/owner', values: { items: [{ value: SESSION }] } }
      ]
    }
  }
}

async function decodedReport() {
  const decoder: AuthorizationDecoder = {
    decode: async () => ({ ok: true, message: JSON.stringify(decoded) })
  }
  return decodeFindings(analyzeText(LINE + '\n'), decoder)
}

describe('publicDecoded', () => {
  it('keeps what the fix needs and drops the session name and the condition keys', async () => {
    const full = await decodedReport()
    expect(at(full.findings).decode?.status).toBe('decoded')
    expect(JSON.stringify(full)).toContain('cost-center')
    const shown = publicDecoded(full)
    const text = JSON.stringify(shown)
    expect(text).not.toContain(SESSION)
    expect(text).not.toContain('cost-center')
    expect(at(shown.findings)).toMatchObject({
      action: 'ec2:TerminateInstances',
      resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc1234',
      principal: `arn:aws:sts::111122223333:assumed-role/deploy/${HIDDEN_SESSION}`
    })
    expect(at(shown.findings).decode?.statements).toEqual(at(full.findings).decode?.statements)
    expect(at(shown.findings).explanation).toContain('DenyProdTerminate')
    // The full report (job log, findings output) still has everything.
    expect(at(full.findings).principal).toContain(SESSION)
  })

  it('leaves findings that were not decoded alone', () => {
    const report = analyzeText(LINE + '\n')
    expect(publicDecoded(report)).toEqual(report)
  })
})
