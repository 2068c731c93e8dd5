// Issue 10 (heldout12 review, h12-104): an ellipsis the author put after a value, where they cut
// the message, is not part of the value. No code or IAM action ends in dots.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('an elision after a code is the author’s cut', () => {
  it('h12-104 (OvertureMaps/data#205): `Error Code: AccessDeniedException...` quoted in prose', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-104'))
    expect([f.code, f.action, f.principal]).toEqual([
      'AccessDeniedException',
      'glue:GetDatabases',
      '..Admin'
    ])
  })

  it('github-file:find_string#56379054818 (CI run notes, the code read before as well): `error: AccessDeniedException... <role> is not authorized…`', () => {
    const f = only(
      [
        '| Logger | Error |',
        '|--------|-------|',
        '| `eagle.knowledge_tools` | `knowledge_search DynamoDB error: AccessDeniedException... eagle-deploy-role-dev/GitHubActions is not authorized to perform: dynamodb:Scan on resource: arn:aws:dynamodb:us-east-1:695681773636:table/eagle-document-metadata-dev` |'
      ].join('\n')
    )
    expect([f.code, f.action]).toEqual(['AccessDeniedException', 'dynamodb:Scan'])
  })

  it('github-file:find_string#47447838013 (a README’s “before” output): JSON error fields cut with dots', () => {
    const found = parseText(
      [
        '### Before (Permissions Errors):',
        '```json',
        '"lightsail_resources": {"error": "AccessDeniedException..."}',
        '"ec2_resources": {"error": "UnauthorizedOperation..."}',
        '"rds_resources": {"error": "AccessDenied..."}',
        '```'
      ].join('\n')
    )
    expect(found.map((f) => [f.grammar, f.code])).toEqual([
      ['bare-code', 'AccessDeniedException'],
      ['bare-code', 'AccessDenied']
    ])
  })

  it.each([
    [
      'the Java SDK suffix cut after its code with `…`',
      'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied…'
    ],
    [
      'the CLI prefix with the author’s dots inside its brackets',
      'An error occurred (AccessDenied...) when calling the GetObject operation: Access Denied'
    ]
  ])('own variant: %s', (_title, text) => {
    expect(only(text).code).toBe('AccessDenied')
  })

  it.each([
    ['dots', 'perform: s3:GetObject...'],
    ['an ellipsis character', 'perform: s3:GetObject… on resource: arn:aws:s3:::bucket/key']
  ])('own variant: an action the author cut after with %s is still read', (_title, tail) => {
    const f = only(`User: arn:aws:iam::123456789012:user/ci is not authorized to ${tail}`)
    expect(f.action).toBe('s3:GetObject')
  })

  it('an ARN the author cut keeps its mark (the value as printed)', () => {
    const f = only(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:123456789012:queue...'
    )
    expect(f.resource).toBe('arn:aws:sqs:us-east-1:123456789012:queue...')
  })

  it.each([
    [
      'github-file:find_string#1641775130 (pytest ids)',
      'test_add_receipt_client_errors[ValidationException...] PASSED\ntest_add_receipt_client_errors[AccessDeniedException...] PASSED\ntest_add_receipt_client_errors[ResourceNotFoundException...] PASSED'
    ],
    [
      'github-file:find_string#63385027734 (Tencent Cloud’s SDK, its own code)',
      '```\nError: [TencentCloudSDKError] Code=AuthFailure.UnauthorizedOperation...\n```'
    ],
    [
      'github-file:find_string#43390231722 (a Java comment)',
      '\t\t// This should throw AccessDeniedException...\n\t\tKey wrappingKey = getUnwrappedKey(wko.wrappedKey().wrappingKeyIdentifier());'
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
