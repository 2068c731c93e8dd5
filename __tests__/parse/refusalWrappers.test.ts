// Issue 10, the remaining heldout2 classes: a service's own code wrapping the IAM sentence
// (h2-020), kubectl's `Unauthorized` where the text says the cluster's users are AWS IAM
// identities (h2-104), S3 refusing a request that carried no credentials (h2-115), and the JS SDK
// v3's error object for an expired IAM Identity Center session (h2-135).
import { parseText } from './parseText.js'

const one = (text: string) => {
  const found = parseText(text)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe("a service's code wrapping the sentence", () => {
  it('aws/aws-cdk#20959 (CloudFormation `Error [ValidationError]` around the refusal)', () => {
    const f = one(
      [
        '```',
        "cdk-workshop failed: Error [ValidationError]: AccessDenied. User doesn't have permission to call ssm:GetParameters",
        '    at Request.extractError (/usr/local/lib/node_modules/aws-sdk/lib/protocol/query.js:50:29)',
        '```'
      ].join('\n')
    )
    expect([f.code, f.action]).toEqual(['ValidationError', 'ssm:GetParameters'])
  })

  it.each([
    [
      'Amplify deploy',
      'Error: Stack amplify-app-main failed: ValidationError: User: arn:aws:sts::123456789012:assumed-role/AmplifyRole/BuildSession is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:123456789012:parameter/cdk-bootstrap/hnb659fds/version because no identity-based policy allows the ssm:GetParameters action',
      'ValidationError'
    ]
  ])('%s', (_title, text, code) => {
    expect(one(text).code).toBe(code)
  })

  it.each([
    ['a generic error class', 'TypeError'],
    ["a tool's own error class (the Serverless Framework)", 'ServerlessError']
  ])('never %s', (_title, wrapper) => {
    const text = `${wrapper}: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k`
    expect(one(text).code).toBeNull()
  })
})

describe('kubectl Unauthorized against AWS IAM identities', () => {
  it('a workshop note saying the IAM details are wrong', () => {
    const text = [
      'If you get the message below, your AWS IAM details are not the ones the cluster maps.',
      '',
      '    error: You must be logged in to the server (Unauthorized)'
    ].join('\n')
    expect([one(text).kind, one(text).grammar]).toEqual(['credentials', 'eks-unauthorized'])
  })

  it('a cluster with no word of AWS stays a Kubernetes matter', () => {
    const text =
      'Check your kubeconfig token.\n\n    error: You must be logged in to the server (Unauthorized)'
    expect(parseText(text)).toEqual([])
  })
})

describe('S3 refusing a request without credentials (WD782)', () => {
  it.each([
    [
      'scylladb/scylladb#13425 (curl, the XML body)',
      [
        "$ curl -X POST 'https://xemul.s3.amazonaws.com/foo?uploads'",
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Error><Code>AccessDenied</Code><Message>Anonymous users cannot initiate multipart uploads.  Please authenticate.</Message><RequestId>...</RequestId><HostId>...</HostId></Error>'
      ].join('\n')
    ],
    [
      'nerdalize/nerd#298 (Go SDK through a tool)',
      'This problem only becomes visible when uploading a reasonably sized upload (in this case 60MiB) when the official AWS uploader library switches to "multipart" mode and then is unable to perform the request which results in "error: failed to upload dataset: failed to archive: failed to put object: failed to download object: AccessDenied: Anonymous users cannot initiate multipart uploads.  Please authenticate." '
    ],
    [
      'awsdocs/amazon-s3-userguide#91 (a Python dict of the response)',
      "When I set the bucket acl to 'public-read-write', the anonymous user already has the 'S3:PutObject' permission, but when I access 'NewMultipartUpload' it prompts \"{'Error': {'Code': 'AccessDenied' , 'Message': 'Anonymous users cannot initiate multipart uploads. Please authenticate.'}', I think this needs to be clearly stated here"
    ],
    [
      'ListBuckets without credentials',
      'An error occurred (AccessDenied) when calling the ListBuckets operation: Anonymous access is forbidden for this operation'
    ]
  ])('%s', (_title, text) => {
    const f = one(text)
    expect([f.kind, f.code, f.grammar]).toEqual(['credentials', 'AccessDenied', 's3-anonymous'])
    expect(f.title).toMatch(/^S3 received the request without credentials/)
  })

  it('github-file:find_string#53160055914 (a database refusing its own anonymous role) stays silent', () => {
    const text = [
      "  IF auth.role() = 'anon' THEN",
      "    RAISE EXCEPTION 'Access denied: Anonymous users cannot upsert coaching summaries.';",
      '  END IF;'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })
})

describe('JS SDK v3 error objects', () => {
  it('an expired IAM Identity Center session, as Node prints the error', () => {
    const text = [
      '[error] API response (oidc.us-east-1.amazonaws.com /token): {',
      "  name: 'InvalidGrantException',",
      "  '$fault': 'client',",
      "  '$metadata': {",
      '    httpStatusCode: 400,',
      "    requestId: '1b6b8e2c-0f1e-4c5e-9d4e-2f7a8c9d0e1f',",
      '    attempts: 1',
      '  },',
      "  error: 'invalid_grant',",
      "  error_description: 'Invalid refresh token provided',",
      "  message: 'UnknownError'",
      '}'
    ].join('\n')
    const f = one(text)
    expect([f.kind, f.code]).toEqual(['credentials', 'InvalidGrantException'])
    expect(f.title).toMatch(/^AWS SSO session expired/)
  })

  it.each([
    [
      'github-file:find_string#4121972122 (the Ruby SDK declaring its shapes)',
      "    InvalidGrantException = Shapes::StructureShape.new(name: 'InvalidGrantException')\n    InvalidRequestException = Shapes::StructureShape.new(name: 'InvalidRequestException')"
    ],
    [
      'github-file:find_string#53031964944 (the SDK bundle defining the error class)',
      [
        '  EtA = class A extends hW {',
        '    static {',
        "      Q6(this, 'InvalidGrantException');",
        '    }',
        "    name = 'InvalidGrantException';",
        "    $fault = 'client';",
        '    error;',
        '    error_description;',
        '    constructor(B) {',
        "      super({ name: 'InvalidGrantException', $fault: 'client', ...B });"
      ].join('\n')
    ],
    ['a name without the SDK around it', "{ name: 'InvalidGrantException', message: 'x' }"]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
