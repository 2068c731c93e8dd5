// WD919: another party's published resource. heldout11 review h11-058
// (aws-samples/amazon-sagemaker-safe-deployment-pipeline#22): a public sample's "Launch Stack"
// template sits in the sample owner's bucket, yet "add s3:GetObject to your identity policy" was
// presented as the fix. The owner's side leads; the caller's Allow is "also needed".
import { analysedOne } from './analysed.js'
import { publishedSampleOf } from '../../../src/infer/publishedSample.js'
import { corpusText } from '../../support/corpusRecords.js'

// DataDog/datadog-lambda-extension#506, as printed (a version not yet published)
const DATADOG_506 =
  'Error: creating Lambda Function (function-name): operation error Lambda: CreateFunction, https response error StatusCode: 403, RequestID: redacted, api error AccessDeniedException: User: redacted is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:464622532012:layer:Datadog-Extension:68 because no resource-based policy allows the lambda:GetLayerVersion action'

const ctx = (before: string, line: string) => ({
  line,
  before,
  after: '',
  command: null,
  roleToAssume: null,
  callerArn: null
})

describe('owner-side-resource', () => {
  it("h11-058: a Launch Stack sample's template: the owner's bucket first, the Allow also needed", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout11.jsonl', 'h11-058'))
    expect(f.traps).toContain('owner-side-resource')
    expect(f.explanation).toMatch(
      /^The template comes from another party's "Launch Stack" link: it sits in the sample owner's bucket/
    )
    expect(statements.map((s) => s.Action)).toEqual(['s3:GetObject'])
    expect(notes).toMatch(/Also needed on your side, once the owner's side allows it/)
  })

  it("DataDog/datadog-lambda-extension#506: a vendor's layer is the layer trap's, with the publisher named", () => {
    const { f, notes } = analysedOne(DATADOG_506)
    // The message says the publisher's side refused: the owner decides (this trap), and
    // lambda-layer-share (WD972) says how a layer is shared; no function policy for a layer.
    expect(f.traps).toEqual(expect.arrayContaining(['owner-side-resource', 'lambda-layer-share']))
    expect(notes).toMatch(
      /It is a published layer \(Datadog's Lambda layers\), shared with every account/
    )
    expect(notes).not.toMatch(/function policy/)
  })

  it('reads the console quick-create link as well as the button', () => {
    expect(
      publishedSampleOf(
        ctx(
          'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/new?stackName=demo&templateURL=https://s3.amazonaws.com/sample-bucket/demo.template',
          'S3 error: Access Denied'
        )
      )?.value
    ).toBe('launch-stack')
  })

  it.each([
    // counter-cases: a template of one's own, a layer of one's own account, an explicit deny
    [
      'a template URL of your own',
      'aws cloudformation create-stack --stack-name app --template-url https://s3.amazonaws.com/my-bucket/app.yaml\nTemplate validation error: S3 error: Access Denied For more information check http://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html'
    ],
    [
      'your own layer',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:123456789012:layer:shared:3 because no identity-based policy allows the lambda:GetLayerVersion action'
    ],
    [
      // heldout16 review h16-087: the message names the caller's identity policy as what refused
      "h16-087, a pull from an AWS-owned registry refused by the caller's identity policy",
      corpusText('heldout16.jsonl', 'h16-087')
    ],
    [
      'an explicit deny on a vendor layer',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:464622532012:layer:Datadog-Extension:68 with an explicit deny in an identity-based policy'
    ]
  ])('%s: not owner-side', (_what, text) => {
    expect(analysedOne(text).f.traps).not.toContain('owner-side-resource')
  })
})
