// YACE (yet-another-cloudwatch-exporter) naming the lister whose call was refused: its API
// Gateway lister (WD849) and its tagging-API discovery (WD850) are two refusals, each with its
// own action (heldout13 second review, h13-161). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

describe("YACE's listers", () => {
  it('heldout13 h13-161 (yet-another-cloudwatch-exporter#262): two findings, apigateway:GET on /restapis and tag:GetResources', () => {
    const { findings, statements } = analysed(corpusText('heldout13.jsonl', 'h13-161') + '\n')
    expect(findings.map((f) => [f.grammar, f.code, f.service, f.inferredAction])).toEqual([
      ['yace-tagged-lister', 'AccessDeniedException', null, 'apigateway:GET'],
      ['yace-describe-resources', 'AccessDeniedException', null, 'tag:GetResources']
    ])
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual(
      expect.arrayContaining([
        ['apigateway:GET', 'arn:aws:apigateway:<REGION>::/restapis'],
        ['tag:GetResources', '*']
      ])
    )
  })

  it('yet-another-cloudwatch-exporter#299: with the IAM sentence after the code, the sentence’s finding alone', () => {
    // The log line as printed (one JSON record; `\n\t` escaped in it).
    const { findings } = analysed(
      '{"level":"info","msg":"Couldn\'t describe resources for region ap-northeast-1: AccessDeniedException: User: arn:aws:sts::607422664064:assumed-role/stg01-tky-gsp-fr-operation/i-07362b90868d169a5 is not authorized to perform: tag:GetResources\\n\\tstatus code: 400, request id: bd9ea9f3-6b5f-4d9b-bb8e-c7f2cf6521ad\\n","time":"2021-01-15T06:46:05Z"}\n'
    )
    expect(findings.map((f) => [f.grammar, f.action])).toEqual([
      ['iam-sentence', 'tag:GetResources']
    ])
  })

  it("own counter-case: another service's lister names no API Gateway call (the finding stays, no action guessed)", () => {
    const { findings } = analysed(
      '{"level":"error","msg":"tagsInterface.get: ec2: getTaggedTransitGateway: AccessDeniedException: \\n\\tstatus code: 403, request id: 1f0c","time":"2020-10-17T21:51:01Z"}\n'
    )
    expect(findings.map((f) => [f.grammar, f.inferredAction])).toEqual([
      ['yace-tagged-lister', null]
    ])
  })

  it('own counter-case: the words without a refusal code are no finding', () => {
    expect(
      analysed("Couldn't describe resources for region us-west-2: retrying\n").findings
    ).toEqual([])
  })
})
