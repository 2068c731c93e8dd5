// The Go SDK v1 prints an error with an empty message as `CODE: ` and `\tstatus code: 403, request
// id: …` on the next line. Quoted by a logger or a YAML condition, the break is escaped (`\n\t`) and
// the line may be folded between `status` and `code` (issue 10, held-out h8-040).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('a Go SDK v1 refusal with an empty message', () => {
  it('Crossplane provider-aws condition, escaped and folded (held-out h8-040)', () => {
    const [f, ...rest] = parseText(corpusText('heldout8.jsonl', 'h8-040'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', action: null })
  })

  it('driftctl’s expected error string, escaped once (github-file:find_string#5373557787)', () => {
    const [f] = parseText(
      '"error scanning resource type aws_dynamodb_table: AccessDeniedException: \\n\\tstatus code: 403, request id: \\ncaused by: "'
    )
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException' })
  })

  it('appleboy/lambda-action#18, the break as printed', () => {
    const found = parseText(
      '2020/10/25 00:44:49 AccessDeniedException: \n\tstatus code: 403, request id: 3b0efa8d-e5b9-44d1-b5e9-4d8b4f7ab97c'
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ kind: 'denial', code: 'AccessDeniedException' })
  })

  it.each([
    [
      'own: words between the code and the status',
      'AccessDenied: see the \\n\\tstatus code: 403 table'
    ],
    [
      'own: an escaped break then other text',
      'UnauthorizedOperation: \\n\\tretrying with status code: 403'
    ]
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})

// The same SDK's status line under EC2's message whose marker is empty (issue 10, held-out
// h10-078): the blob reader must not take the line's first word, `status`, for a cut blob.
describe('an empty encoded-message marker over the Go SDK v1 status line', () => {
  it('EBS CSI driver csi-provisioner (kubernetes-sigs/aws-ebs-csi-driver#1449, held-out h10-078)', () => {
    const [f, ...rest] = parseText(corpusText('heldout10.jsonl', 'h10-078'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.code, f!.encodedMessage ?? null, f!.detail.encodedTruncated]).toEqual([
      'denial',
      'UnauthorizedOperation',
      null,
      'missing'
    ])
  })

  it('a real blob over the status line is still read, as cut at 207 characters (QT-DevOps/DevOpsIssues#468)', () => {
    const blob =
      'QXdPNaIegKKNwIX54FPmRmeyDRnNY5FRj5xftd0oRvzujmvMcr3GISKoV5XXyCBUB9f-Ho9lYnxBohCO3d09sewXFUiw9aoB2hPOKhydZd-hyX7npQ1Hcn2A-fkTUh5uvOv5cUiRAZNcR_xnfHQgx-mejYbyiXlzJQOSVYC7MHqFIA_KMT6Nkf7NYQ8z0VeR1KCCuYtbCRjG4Ug'
    const [f] = parseText(
      `* aws_instance.hello: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}\n        status code: 403, request id: 27db932f-e5be-41a1-8262-a698d82df933`
    )
    expect(blob.length).toBe(207)
    expect([f!.kind, f!.detail.encodedTruncated]).toEqual(['encoded', 'cut'])
  })

  it.each([
    [
      'own: the IAM sentence with an empty marker',
      'UnauthorizedOperation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ec2:CreateVolume on resource: arn:aws:ec2:us-east-1:123456789012:volume/* . Encoded authorization failure message: \n\tstatus code: 403, request id: 5f1c',
      'denial'
    ],
    [
      'own: a masked blob before the status line stays encoded',
      'UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: ****\n\tstatus code: 403, request id: 5f1c',
      'encoded'
    ]
  ])('%s', (_, text, kind) => {
    const found = parseText(text)
    expect(found.map((x) => [x.kind, x.encodedMessage ?? null])).toEqual([[kind, null]])
  })
})

// The Go SDK v2 prints a modeled error after its response line, `…, RequestID: …, CODE: message`;
// services that send no message leave `CODE: ` ending the line (issue 10, held-out h10-030). The
// SDK's label is what makes the code the service's answer.
describe('a Go SDK v2 modeled refusal with an empty message', () => {
  it('lego’s Lightsail DNS provider, twice in one log (go-acme/lego#2018, held-out h10-030)', () => {
    const [f, ...rest] = parseText(corpusText('heldout10.jsonl', 'h10-030'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', service: 'lightsail' })
  })

  it('an API pod starting an ECS task (harisheoran/scale-mesh README, “ERROR”)', () => {
    const [f, ...rest] = parseText(
      'handlers.go:89: Unable to Run the ECS TASK operation error ECS: RunTask, https response error StatusCode: 400, RequestID: 0d384199-4c27-4c57-b7f5-0bd0704fcae5, AccessDeniedException: '
    )
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', service: 'ecs' })
  })

  it.each([
    [
      'own: a throttled call with no message',
      'operation error Lightsail: DeleteDomainEntry, https response error StatusCode: 400, RequestID: 36aee813-4d88-456a-91f7-742c81242390, ThrottlingException: '
    ],
    [
      'own: a code-looking word after a request id with no SDK response line',
      'cache lookup for RequestID: 36aee813, AccessDeniedException: '
    ],
    [
      'own: a refusal-worded code about where the account stands, not a policy',
      'operation error Organizations: ListAccounts, https response error StatusCode: 400, RequestID: 0d38, OrganizationAccessDeniedException: This action can only be made by accounts in an AWS Organization.'
    ]
  ])('%s: no denial', (_, text) => {
    expect(parseText(text).filter((f) => f.kind === 'denial')).toEqual([])
  })
})
