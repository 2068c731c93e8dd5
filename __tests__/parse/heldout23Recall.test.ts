// heldout23's refusals the parse missed or half-read on its unseen score (issue 10, session 25),
// each with its own cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h23 = (id: string) => corpusText('heldout23.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.grammarRule ?? null])
const who = (text: string) => parseText(text).map((f) => [f.principal, f.action, f.code])

describe('the account itself refused, in AWS words', () => {
  it.each<[string, string, unknown[][]]>([
    [
      "h23-044 (a Packer build's journal): EC2's `Blocked: This account is currently blocked`",
      h23('h23-044'),
      [['denial', 'Blocked', null, 'WD899']]
    ],
    [
      "h23-025 (eksctl-io/eksctl#1022): Auto Scaling's Region validation, relayed as ValidationError",
      h23('h23-025'),
      [['denial', 'ValidationError', 'autoscaling', 'WD808']]
    ],
    [
      "own: EC2's PendingVerification with the same words keeps its own code",
      'An error occurred (PendingVerification) when calling the RunInstances operation: Your request for accessing resources in this region is being validated, and you will not be able to launch additional resources in this region until the validation is complete. We will notify you by email once your request has been validated. While normally resolved within minutes, please allow up to 4 hours for this process to complete. If the issue still persists, please let us know by writing to aws-verification@amazon.com for further assistance.',
      [['denial', 'PendingVerification', null, 'WD808']]
    ]
  ])('%s', (_what, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('counter-case: a blocked user of another system is no AWS account', () => {
    expect(read('Login failed: this user is currently blocked by the administrator.')).toEqual([])
  })
})

describe('roles a service may not assume', () => {
  it.each<[string, string, string]>([
    [
      "h23-031 (Miserlou/Zappa#381): EventBridge's `cannot be assumed by principal`",
      h23('h23-031'),
      'ValidationException'
    ],
    [
      "h23-024 (aws-samples/sagemaker-custom-project-templates#40): Service Catalog's launch role",
      h23('h23-024'),
      'ValidationException'
    ]
  ])('%s', (_what, text, code) => {
    expect(read(text)).toEqual([['denial', code, null, 'WD716']])
  })

  it("h23-031: the service is the role's assumer, and the role is kept", () => {
    const [f] = parseText(h23('h23-031'))
    expect(f!.detail).toMatchObject({
      role: 'arn:aws:iam::00000000000:role/theRole',
      assumer: 'events.amazonaws.com'
    })
  })

  it("h23-024: the role ARN without the sentence's period", () => {
    expect(parseText(h23('h23-024'))[0]!.detail.role).toBe(
      'arn:aws:iam::<account>:role/service-role/AmazonSageMakerServiceCatalogProductsLaunchRole'
    )
  })
})

describe("tools' and SDKs' own shapes", () => {
  it.each<[string, string, unknown[][]]>([
    [
      "h23-018 (aws/aws-parallelcluster#2077): the tool's S3 step over S3's bare answer",
      h23('h23-018'),
      [['denial', null, null, 'WD809']]
    ],
    [
      "h23-026 (cloudfoundry/bosh-bootloader#466): the Ruby SDK's class, its dot dropped",
      h23('h23-026'),
      [['denial', 'AuthFailureServiceLinkedRoleCreationNotPermitted', 'ec2', 'WD852']]
    ],
    [
      "h23-028 (aws/aws-sdk-kotlin#627): the Kotlin SDK's exhausted chain",
      h23('h23-028'),
      [['credentials', null, null, 'WD742']]
    ],
    [
      "h23-073 (restic/restic#388): s3cmd's configuration test",
      h23('h23-073'),
      [['denial', 'AccessDenied', 's3', 'WD767']]
    ]
  ])('%s', (_what, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('counter-case: a tool line naming an S3 bucket with another answer below is no refusal', () => {
    expect(read('Unable to create S3 bucket my-bucket-1.\nBucketAlreadyExists')).toEqual([])
  })

  it("h23-015 (JuliaCloud/AWS.jl#617): AWS.jl's `AWSException: 403 -- ` code slot", () => {
    expect(who(h23('h23-015'))).toEqual([
      ['arn:aws:sts::<iam number>:assumed-role/<role name>/<instance id>', 'batch:SubmitJob', '403']
    ])
  })

  it('h23-037 (a blog of `sam sync`): a subject with `#` masks and no `User:`', () => {
    expect(who(h23('h23-037'))).toEqual([
      ['aws:iam::########:user/Name', 'iam:AttachRolePolicy', null]
    ])
  })

  it('counter-case: a Markdown heading before the phrase is no principal', () => {
    expect(who('## is not authorized to perform: s3:GetObject')[0]?.[0] ?? null).toBeNull()
  })
})

describe('HTTP traces whose headers say S3 answered', () => {
  it.each<[string, string]>([
    ["h23-070 (minio/minio-go#677): a MinIO client's trace against AWS", h23('h23-070')],
    ['h23-077 (cloudfoundry-community/consul-boshrelease#22): curl -v', h23('h23-077')]
  ])('%s', (_what, text) => {
    expect(read(text)).toEqual([['denial', null, 's3', 'WD790']])
  })

  it('counter-case: the same trace answered by MinIO', () => {
    const trace =
      '< HTTP/1.1 403 Forbidden\n< Accept-Ranges: bytes\n< Content-Type: application/xml\n< Server: MinIO\n< X-Amz-Request-Id: 16F8B0E1C3A2D9E4\n<'
    expect(read(trace)).toEqual([])
  })

  it('counter-case: a trace with no Server header names nobody', () => {
    expect(read('HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html>nope</html>')).toEqual([])
  })
})
