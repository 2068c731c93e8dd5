// WD969 (heldout26, h26-012): CodeBuild refusing a project's source connection (CodeConnections).
import { parseText } from '../../parse/parseText.js'
import { corpusText } from '../../support/corpusRecords.js'
import { analyzeText } from '../../../src/engine/Analysis.js'

const h26 = (id: string) => corpusText('heldout26.jsonl', id)

describe("CodeBuild refusing a project's source connection", () => {
  it('h26-012 (cdk deploy, CreateWebhook): a denial on the connection, UseConnection drafted for the service role', () => {
    const { findings } = analyzeText(h26('h26-012'))
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect([f.kind, f.code, f.service, f.resource]).toEqual([
      'denial',
      'InvalidInputException',
      'codebuild',
      'arn:aws:codeconnections:us-west-2:REDACTED:connection/REDACTED'
    ])
    expect(f.traps).toContain('codebuild-connection')
    expect(f.fixTarget.description).toMatch(/CodeBuild project's service role/)
    expect(f.explanation).toMatch(/`AVAILABLE`/)
  })

  it("h26-012 (review 2): the statement holds the build's token and read of the connection; the commands name the project's role", async () => {
    const { buildRemedies } = await import('../../../src/remedy/buildRemedies.js')
    const { findings } = analyzeText(h26('h26-012'))
    const [remedy] = buildRemedies(findings)
    expect(remedy!.statements.map((s) => s.Action)).toEqual([
      [
        'codeconnections:GetConnection',
        'codeconnections:GetConnectionToken',
        'codeconnections:UseConnection'
      ]
    ])
    expect(remedy!.renderings.cli).toContain("--role-name '<SERVICE_ROLE_NAME>'")
    expect(remedy!.renderings.cli).not.toContain('<CALLER_NAME>')
  })

  it("own: Terraform's Go SDK v2 form, a CodeStar connection ARN: the action follows the ARN's prefix", () => {
    const { findings } = analyzeText(
      '│ Error: creating CodeBuild Webhook (runner): operation error CodeBuild: CreateWebhook, https response error StatusCode: 400, RequestID: 3683dcaf-be62-4832-a4d6-5eabf51b8f84, InvalidInputException: Access denied to connection arn:aws:codestar-connections:eu-west-1:111122223333:connection/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab'
    )
    expect(findings[0]!.explanation).toMatch(/`codestar-connections:UseConnection`/)
    expect(findings[0]!.resource).toBe(
      'arn:aws:codestar-connections:eu-west-1:111122223333:connection/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab'
    )
  })

  it('counter-case: another service "denied to connection" words name no AWS connection', () => {
    expect(
      parseText('ERROR: Access denied to connection pool db-main (user readonly)').filter(
        (f) => f.grammar === 'codebuild-connection-denied'
      )
    ).toEqual([])
  })
})
