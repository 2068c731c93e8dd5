// heldout12's look-alikes in source code and docs (issue 10): a comment quoting a message as a
// docstring does, a test table's expectation, a canned response body in a raw string, a runbook's
// list of common errors. Each class with a second real excerpt, and beside it the refusal of the
// same words that a run printed, which must still be found.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const kinds = (text: string) => parseText(text).map((f) => [f.kind, f.code])
const h12 = (id: string) => corpusText('heldout12.jsonl', id)

describe('a message quoted inside a comment’s prose', () => {
  it('h12-127: a Terraform note quoting Lake Formation’s refusal', () => {
    expect(parseText(h12('h12-127'))).toEqual([])
  })

  it.each([
    // github-file:find_string#71440643585: a Terraform note above `depends_on`
    [
      'Terraform depends_on note',
      [
        '  # The role ARN reference orders this after the role, but not after the policies attached to it,',
        '  # and the gap is wide enough to matter. The profile is the last thing created here, so an',
        '  # operator running the credential test the moment apply returns is the expected case - and a',
        '  # session created before the attachment lands authenticates perfectly and then fails on',
        '  #',
        '  #   An error occurred (AccessDenied) when calling the ListObjectsV2 operation',
        '  #',
        '  # which reads as a broken profile rather than as a race (rules.md D-1).',
        '  depends_on = [aws_iam_role_policy_attachment.vended_role]',
        '}'
      ].join('\n')
    ],
    // github-file:find_string#69703308595: a bootstrap script's header
    [
      'shell script header',
      [
        '# ADR-001 §4.3 says root is for one operation and never for routine work. That',
        '# rule assumes a non-root principal already exists. On 25/08/2026 none did:',
        '#',
        '#   $ AWS_PROFILE=PERSONAL_ROOT aws sts assume-role \\',
        '#       --role-arn arn:aws:iam::699475944323:role/OrganizationAccountAccessRole ...',
        '#   An error occurred (AccessDenied) when calling the AssumeRole operation:',
        '#   Roles may not be assumed by root accounts.',
        '#',
        '# Root cannot reach Sandbox-Account at all. The only two IAM users with any'
      ].join('\n')
    ]
  ])('%s gives no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('still finds a run’s error under a shell comment, and a commented transcript', () => {
    expect(
      kinds(
        '$ aws s3 ls s3://my-bucket\n# this should list the bucket, but:\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
      )
    ).toEqual([['denial', 'AccessDenied']])
    // github-file:find_string#70129861447 (h3-118): a template's note that ends on the push
    // refusal it records, no prose after it, is read as that refusal.
    expect(parseText(corpusText('heldout3.jsonl', 'h3-118')).map((f) => f.action)).toEqual([
      'ecr:InitiateLayerUpload'
    ])
    // Every line commented alike: no prose sets the message off.
    expect(
      kinds(
        '# $ aws s3 ls s3://my-bucket\n# An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n# $ aws sts get-caller-identity'
      )
    ).toEqual([['denial', 'AccessDenied']])
  })
})

describe('a test table’s expectation', () => {
  it('h12-137: a Go table test’s `expected:` raw string', () => {
    expect(parseText(h12('h12-137'))).toEqual([])
  })

  it('github-file:find_string#27702852388: a Go table entry’s `expectedErr:`', () => {
    const text = [
      '\t\t\twant:        false,',
      '\t\t\twantErr:     true,',
      '\t\t\texpectedErr: "AccessDeniedException: User is not authorized",',
      '\t\t},',
      '\t\t{',
      '\t\t\tname:         "generic error",'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('still finds an SDK’s error object and a test runner’s report', () => {
    const dump = [
      '{',
      '  message: \'User: arn:aws:iam::210987654321:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::builds/app.zip"\',',
      "  code: 'AccessDenied',",
      '  statusCode: 403,',
      '}'
    ].join('\n')
    expect(kinds(dump)).toEqual([['denial', 'AccessDenied']])
    // jest prints what it received; the run's own error.
    expect(
      kinds(
        '    Expected: "ok"\n    Received: "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied",'
      )
    ).toEqual([['denial', 'AccessDenied']])
  })
})

describe('a canned response body in a raw string', () => {
  it('h12-167: a Go test serving SNS’s AuthorizationError from httptest', () => {
    expect(parseText(h12('h12-167'))).toEqual([])
  })

  it('AdRoll/goamz s3/responses_test.go: a var holding S3’s error body', () => {
    const text = [
      'package s3_test',
      '',
      'var GetObjectErrorDump = `',
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>',
      '<BucketName>non-existent-bucket</BucketName><RequestId>3F1B667FAD71C3D8</RequestId>',
      '<HostId>L4ee/zrm1irFXY5F45fKXIRdOf9ktsKY/8TDVawuMK2jWRb1RF84i1uBzkdNqS5D</HostId></Error>',
      '`'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('still finds a body a client printed after a Markdown code span', () => {
    const body = [
      'Running `aws s3 cp` against the bucket gives:',
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Error>',
      '  <Code>AccessDenied</Code>',
      '  <Message>Access Denied</Message>',
      '  <RequestId>3F1B667FAD71C3D8</RequestId>',
      '</Error>'
    ].join('\n')
    expect(kinds(body)).toEqual([['denial', 'AccessDenied']])
    // An assignment printed by a shell (`x = \``) with the body past the reach of a raw string.
    const far = [
      'export NOTE = `see below',
      ...Array.from({ length: 45 }, (_, i) => `step ${i} ok`),
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(kinds(far)).toEqual([['denial', 'AccessDenied']])
  })
})

describe('a runbook’s list of common errors', () => {
  it('h12-148: a Loki runbook’s numbered `**Common Errors:**`', () => {
    expect(parseText(h12('h12-148')).filter((f) => f.kind !== 'not-found')).toEqual([])
  })

  it('github-file:find_string#27501085092: an IAM runbook’s `Common Error Messages`', () => {
    const text = [
      '## 🚨 Common Error Messages',
      '',
      '```',
      '# CLI/SDK errors',
      'An error occurred (AccessDenied) when calling the [Operation]: User: arn:aws:iam::123456789012:user/charles is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::my-bucket/file.txt',
      '',
      '# Application errors  ',
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the PutItem operation: User is not authorized to perform: dynamodb:PutItem',
      '',
      '# CloudFormation errors',
      'CREATE_FAILED: User: arn:aws:iam::123456789012:role/CloudFormationRole is not authorized to perform: ec2:CreateSecurityGroup',
      '```'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('still finds the error under a troubleshooting heading, or the next section’s run', () => {
    const notes = [
      '## Troubleshooting',
      '',
      '1. **AccessDenied:**',
      '   ```',
      '   Error: AccessDenied: User: arn:aws:sts::210987654321:assumed-role/loki/i-0abc is not authorized to perform: s3:PutObject',
      '   ```'
    ].join('\n')
    expect(parseText(notes).map((f) => f.action)).toEqual(['s3:PutObject'])
    // h12-148's list, then a section of the reporter's own run below it.
    const run = [
      h12('h12-148'),
      '',
      '## Logs',
      '',
      '```',
      'level=error caller=flush.go:143 msg="failed to flush" err="store put chunk: AccessDenied: Access Denied\n\tstatus code: 403, request id: 6TX3RZ1WQ8K2M4PA, host id: 5XHbQXDzKzJvZ1Zb"',
      '```'
    ].join('\n')
    expect(kinds(run)).toEqual([['denial', 'AccessDenied']])
  })
})
