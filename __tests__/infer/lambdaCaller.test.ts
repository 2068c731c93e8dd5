// A Lambda function calls AWS as its execution role: a CloudFormation custom resource's handler,
// or a function whose runtime error is quoted. The refused caller is that role, not the job's
// identity (heldout14 review, h14-063, h14-064; src/infer/principalRules.ts).
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const switchOf = (text: string) => analyzeText(text).findings[0]?.inferred?.roleSwitch?.value

describe("the Lambda function's execution role is the caller", () => {
  it.each([
    // heldout14 h14-063: a CDK custom resource's HeadBucket refused.
    ['h14-063', corpusText('heldout14.jsonl', 'h14-063')],
    // awslabs/aws-video-transcriber#32, as printed.
    [
      'aws-video-transcriber#32',
      'Received response status [FAILED] from custom resource. Message returned: Failure reason: AccessDenied: Access Denied (RequestId: f7a88982-6179-4c56-b556-52ff05e66973)'
    ]
  ])("%s: the custom resource's handler", (_n, text) => {
    expect(switchOf(text)).toBe("the execution role of the custom resource's Lambda function")
  })

  it("h14-064: the function's own runtime error", () => {
    // heldout14 h14-064: the function's CloudWatch log entry (Node.js runtime).
    expect(switchOf(corpusText('heldout14.jsonl', 'h14-064'))).toBe(
      "the Lambda function's execution role"
    )
  })

  it.each([
    [
      // Our own counter-case: CloudFormation's own refusal of a stack resource, no custom resource.
      'a stack resource refused',
      'CREATE_FAILED | AWS::S3::Bucket | MyBucket Resource handler returned message: "Access Denied (Service: S3, Status Code: 403, Request ID: 8X7KQ2)"'
    ],
    [
      // Our own counter-case: a handler named in prose, no runtime frame.
      'a handler named in prose',
      'The Lambda handler returns AccessDenied: Access Denied when I call it from my laptop'
    ]
  ])('counter-case: no switch for %s', (_n, text) => {
    expect(switchOf(text)).toBeUndefined()
  })
})
