// The headline says what fixes it (issue 17): an Allow the finding's own lead trap says cannot
// fix it alone (the resource's owner decides) is "also needed", never "the fix"; one built on an
// action guessed from the log's context, with neither caller nor reason printed, is "likely".
import { renderComment } from '../../src/report/renderComment.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { renderText } from '../../src/report/renderText.js'
import { fixHeading } from '../../src/report/headline.js'
import { renderJson } from '../../src/report/renderJson.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import type { Report } from '../../src/model/Report.js'
import { corpusText } from '../support/corpusRecords.js'
import { makeFinding, makeRemedy, makeReport } from './makeReport.js'

const opts = { key: 'ci.yml/deploy', title: 'CI / deploy' }
const intro = (body: string): string => body.split('\n').find((l) => l.startsWith('**')) ?? ''
const reportOf = (text: string): Report =>
  withRemedies(analyzeText(text + '\n', 'x.log'), undefined, () => {})
const comment = (text: string): string => renderComment(reportOf(text), opts)
const h11 = (id: string): string => corpusText('heldout11.jsonl', id)
const h8 = (id: string): string => corpusText('heldout8.jsonl', id)
const h10 = (id: string): string => corpusText('heldout10.jsonl', id)

// DataDog/datadog-lambda-extension#506: a version the publisher had not released yet.
const DATADOG_UNRELEASED =
  'Error: creating Lambda Function (function-name): operation error Lambda: CreateFunction, https response error StatusCode: 403, RequestID: redacted, api error AccessDeniedException: User: redacted is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:464622532012:layer:Datadog-Extension:68 because no resource-based policy allows the lambda:GetLayerVersion action'

// aws-samples/one-observability-demo#120: the AWS-owned Lambda Insights layer in eu-south-1.
const INSIGHTS_OLD_FORMAT =
  '**User: arn:aws:sts::307496335113:assumed-role/observabilityworkshop-admin/i-0b798ba3b2fdce063 is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-south-1:580247275435:layer:LambdaInsightsExtension:2 (Service: AWSLambdaInternal; Status Code: 403; Error Code: AccessDeniedException; Request ID: d703fbe5-e64f-4df7-94d0-2c59afb32741; Proxy: null)**'

describe('a published resource: the owner decides, the Allow is also needed', () => {
  it.each([
    ['h11-058 (a sample\'s "Launch Stack" template)', h11('h11-058')],
    ['h11-074 (the AWS-owned Lambda Insights layer)', h11('h11-074')],
    ['datadog-lambda-extension#506 (an unreleased layer version)', DATADOG_UNRELEASED]
  ])('%s', (_name, text) => {
    const report = reportOf(text)
    expect(report.remedies.length).toBeGreaterThan(0)
    expect(report.remedies.every((r) => r.standing === 'also-needed')).toBe(true)
    const body = comment(text)
    expect(intro(body)).toMatch(
      /found\. No change on your side can fix it: the resource's owner decides whether you may use it, so check that side first .*\. (The statement is also needed on your side|The statements are needed as well), but cannot fix it alone:$/
    )
    expect(body).not.toMatch(/fixes it|#### The fix/)
    expect(body).toContain('#### What to check')
    expect(body).toMatch(/\*\*1\. Also add to /)
    expect(body).toMatch(/Also needed for finding 1\./)
    expect(renderMarkdown(report)).toMatch(
      /No change on your side can fix it: .*(The statement below is also needed on your side|The statements below are needed as well), but cannot fix it alone\./
    )
    expect(renderText(report, { color: false })).toMatch(/^1\. Also add to /m)
  })
})

// A published layer in an old-format message that names no side: the caller's own Allow is as
// likely the gap (heldout28 review 2, h28-002 and h28-004), so the statement is a fix, not "also";
// the version's existence in the Region is checked first (heldout83 review h83-003).
it.each([
  ['one-observability-demo#120 (Lambda Insights, old format)', INSIGHTS_OLD_FORMAT],
  ["h11-023 (Datadog's layer, old format)", h11('h11-023')]
])('%s: the statement is the fix, the version check beside it', (_name, text) => {
  const report = reportOf(text)
  expect(report.remedies.map((r) => r.standing ?? null)).toEqual([null])
  expect(intro(comment(text))).not.toMatch(/No change on your side can fix it/)
  expect(comment(text)).toMatch(/first check that version \S+ exists in/)
  expect(comment(text)).toMatch(/If it does, the caller's own `lambda:GetLayerVersion`/)
})

// heldout16 review h16-087 (aws-samples/awsome-distributed-training): a pull from AWS's own registry
// refused by the caller's identity policy: the publisher's side answered, the caller's Allow fixes it.
it("h16-087: the caller's identity policy named as the refusal: the statement is the fix", () => {
  const report = reportOf(corpusText('heldout16.jsonl', 'h16-087'))
  expect(report.remedies.map((r) => r.standing ?? null)).toEqual([null])
  expect(intro(comment(corpusText('heldout16.jsonl', 'h16-087')))).not.toMatch(
    /No change on your side can fix it/
  )
})

describe('an action guessed from the context, no caller and no reason printed: a likely fix', () => {
  it.each([
    ['h11-148 (a browser-signed multipart upload, bare 403)', h11('h11-148')],
    ["h11-094 (restic reading its repository's config)", h11('h11-094')],
    ['h8-031 (terraform init: Error refreshing state: AccessDenied)', h8('h8-031')],
    ['h10-041 (an S3 lifecycle read, AWS Error Code: AccessDenied)', h10('h10-041')]
  ])('%s', (_name, text) => {
    const body = comment(text)
    expect(intro(body)).toMatch(/found\. This (change|draft) likely fixes it/)
    expect(body).toContain('#### The likely fix')
    expect(body).toMatch(/Likely fixes finding 1\./)
    expect(reportOf(text).remedies.map((r) => r.standing)).toEqual(['likely'])
  })
})

describe('a candidate beside a certain change', () => {
  it('says which part is likely', () => {
    const findings = [makeFinding({ line: 1 }), makeFinding({ line: 2 })]
    const remedies = [
      makeRemedy({ id: 'a', findings: [0] }),
      makeRemedy({ id: 'b', findings: [1], standing: 'likely' })
    ]
    expect(intro(renderComment(makeReport({ findings, remedies }), opts))).toBe(
      '**2 AWS authorization failures** found. These 2 changes fix them; one rests on a guessed action, so it is a likely fix, not a certain one:'
    )
    expect(fixHeading(remedies)).toBe('#### The fix')
  })
})

describe('the JSON contract', () => {
  it("carries the standing among the remedy's own keys, before its IaC locations", () => {
    const remedy = makeRemedy({
      standing: 'also-needed',
      locations: [
        {
          file: 'main.tf',
          line: 1,
          endLine: 3,
          kind: 'terraform',
          resource: 'aws_iam_role.deploy',
          confidence: 'exact',
          patch: null
        }
      ]
    })
    const json = JSON.parse(renderJson(makeReport({ remedies: [remedy] }))) as {
      remedies: Record<string, unknown>[]
    }
    const keys = Object.keys(json.remedies[0]!)
    expect(json.remedies[0]!.standing).toBe('also-needed')
    expect(keys.indexOf('standing')).toBeLessThan(keys.indexOf('locations'))
  })
})

describe('counter-cases: the headline stays "fixes it"', () => {
  it('an ordinary identity-policy denial with its reason printed (h8-077)', () => {
    const body = comment(corpusText('heldout8.jsonl', 'h8-077'))
    expect(intro(body)).toBe('**1 AWS authorization failure** found. This change fixes it:')
    expect(body).toContain('#### The fix')
    expect(body).toMatch(/\*\*1\. Add to /)
  })

  it('an action read from a printed operation is not a guess (h8-011, CreateLogGroup)', () => {
    const body = comment(corpusText('heldout8.jsonl', 'h8-011'))
    expect(intro(body)).toMatch(/This draft fixes it once you replace its placeholders/)
    expect(reportOf(corpusText('heldout8.jsonl', 'h8-011')).remedies[0]!.standing).toBeUndefined()
  })

  it("a layer in an account no one publishes from is the caller's own Allow to fix", () => {
    // samvera/serverless-iiif#115, redacted there: the account is the caller's own (000000000000).
    const text =
      'Resource handler returned message: "User: arn:aws:iam::000000000000:user/xxx is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:us-west-2:000000000000:layer:libvips-sharp-jp2:3 because no resource-based policy allows the lambda:GetLayerVersion action (Service: Lambda, Status Code: 403, Request ID: -uuid-)" (RequestToken: -uuid-, HandlerErrorCode: AccessDenied)'
    expect(intro(comment(text))).not.toMatch(/No change on your side/)
    expect(reportOf(text).remedies.every((r) => r.standing !== 'also-needed')).toBe(true)
  })
})
