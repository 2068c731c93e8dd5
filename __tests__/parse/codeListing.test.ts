// Source code quoting a refusal is not a refusal (issue 10, heldout2 class 1): a literal that a
// statement hands on, on lines that read as code. What a run printed still counts, even next to code.
import { inCodeLiteral, literalAt } from '../../src/parse/codeListing.js'
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const SENTENCE =
  'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:GetObject action'

describe('code listings give no finding', () => {
  it.each<[string, string]>([
    [
      // github-file:find_string#58635569527 (a Python unit test of a denial classifier)
      'implicit concatenation in an assignment',
      [
        '    def test_provider_messages_redact_arns_before_evidence_gate(self):',
        '        message = (',
        '            "User: arn:aws:sts::123456789012:assumed-role/cb-deadbeef-agent-a/session "',
        '            "is not authorized to perform: s3:GetObject on resource: "',
        '            "arn:aws:s3:::cb-deadbeef-objectstore/cb-deadbeef/markers/marker.json"',
        '        )',
        '        scrubbed = _redact_aws_identifier_message(message)',
        '        assert "123456789012" not in scrubbed'
      ].join('\n')
    ],
    [
      // github-file:find_string#58635569527
      'f-string with a placeholder',
      [
        '    def test_explicit_deny_recognized_across_every_documented_policy_kind(self, policy_kind):',
        '        message = (',
        '            f"is not authorized to perform: s3:GetObject with an explicit deny in a {policy_kind}"',
        '        )'
      ].join('\n')
    ],
    [
      // github-file:find_string#7803861409 (a Rust parser's unit test)
      'Rust let binding',
      [
        '    #[test]',
        '    fn test_parse_basic_s3_message() {',
        '        let message = "User: arn:aws:iam::123456789012:user/testuser is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::my-bucket/my-key";',
        '        let result = parse(message).unwrap();'
      ].join('\n')
    ],
    [
      // gabrielfalcao/HTTPretty tests/bugfixes/nosetests/test_416_boto3.py: a mocked S3 error body
      'a mocked XML body in a triple-quoted argument',
      [
        '@httpretty.activate(allow_net_connect=False, verbose=True)',
        'def test_boto3():',
        '    "#416 boto3 issue"',
        '    httpretty.register_uri(',
        '        httpretty.PUT,',
        '        "https://foo-bucket.s3.amazonaws.com/foo-object",',
        '        body="""<?xml version="1.0" encoding="UTF-8"?>',
        '    <Error>',
        '        <Code>AccessDenied</Code>',
        '        <Message>Access Denied</Message>',
        '        <RequestId>foo</RequestId>',
        '        <HostId>foo</HostId>',
        '    </Error>""",',
        '        status=403',
        '    )'
      ].join('\n')
    ],
    ['own: an assertion on the message', `    expect(err.message).toBe('${SENTENCE}');`],
    ['own: a diff hunk adding a fixture', `+        const body = "${SENTENCE}";`],
    [
      'own: an emulator raising the error',
      `        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "${SENTENCE}"}}, "GetObject")`
    ],
    [
      'own: a JS array of lines joined later',
      [
        '      lines: [',
        "        'An error occurred (AccessDenied) when calling the GetObject operation:',",
        '        `User: ${principal} is not authorized to perform:`,',
        "        's3:GetObject on resource: arn:aws:s3:::b/k',",
        "        'because no identity-based policy allows the s3:GetObject action',",
        "      ].join('\\n'),"
      ].join('\n')
    ],
    [
      'own: Java test expecting a credentials message',
      '        thrown.expectMessage("The security token included in the request is expired (Service: AWSSecurityTokenService; Status Code: 403; Error Code: ExpiredToken; Request ID: x)");'
    ]
  ])('%s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('what a run printed still counts', () => {
  it.each<[string, string, string | null]>([
    [
      'pytest failure trace under the test source it shows',
      [
        '    def test_upload(s3):',
        '>       s3.put_object(Bucket="b", Key="k", Body=b"x")',
        '',
        'E       botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      'a JS SDK v2 error dump (key: value, not code)',
      `{\n  message: '${SENTENCE}',\n  code: 'AccessDenied',\n  statusCode: 403\n}`,
      'AccessDenied'
    ],
    [
      'a JSON log record',
      `{"level":"error","errorCode":"AccessDenied","errorMessage":"${SENTENCE}"}`,
      'AccessDenied'
    ],
    [
      'a logfmt line (key="value" with no spaces is not an assignment)',
      `time=2026-01-01T00:00:00Z level=error msg="${SENTENCE}" code=AccessDenied`,
      null
    ],
    [
      'a denial in a source comment',
      `    // An error occurred (AccessDenied) when calling the GetObject operation: ${SENTENCE}`,
      'AccessDenied'
    ],
    ['shell xtrace around a quoted echo', `+ if [ -z "$X" ]; then\n+ echo "${SENTENCE}"`, null]
  ])('%s', (_title, text, code) => {
    const found = parseText(text)
    expect(found.length).toBeGreaterThan(0)
    expect(code === null || found[0]!.code === code).toBe(true)
  })
})

describe('literalAt', () => {
  it('finds the literal around a column, ignoring apostrophes inside words', () => {
    const line = `  x = "don't stop" + 'AccessDenied'`
    expect(literalAt(line, line.indexOf('stop'))).toEqual({ open: 6, close: 18 })
    expect(literalAt(line, line.indexOf('Access'))).toEqual({ open: 21, close: 35 })
    expect(literalAt(line, line.indexOf('+'))).toBeNull()
    expect(literalAt(`  it's AccessDenied`, 8)).toBeNull()
  })

  it('opens a literal after a string prefix, never after a word', () => {
    expect(literalAt('  f"{ts()} AccessDenied",', 6)).toEqual({ open: 3, close: 24 })
    expect(literalAt('  rb"AccessDenied"', 6)).toEqual({ open: 4, close: 18 })
    expect(literalAt('  elf"AccessDenied"', 8)).toBeNull()
  })

  it('runs an unclosed literal to the end of the line', () => {
    expect(literalAt('  "open AccessDenied', 10)).toEqual({ open: 2, close: 20 })
  })

  it('needs code around: a quoted line alone is not a listing', () => {
    const text = `"${SENTENCE}",`
    expect(inCodeLiteral(text, 1)).toBe(false)
    expect(inCodeLiteral(`const a = 1;\n${text}`, 14)).toBe(true)
  })
})

// heldout4 (issue 10): listings whose code the earlier rules did not see.
describe('more code around a literal', () => {
  it.each<[string, string]>([
    [
      // github-file:find_string#49721127360 (h4-152): the message argument after a lambda.
      'Java assertThrows, the message after the closing lambda',
      [
        '        CompletableFuture<ListObjectsResponse> response = anonymousClient.listObjects(listRequest);',
        '        Assertions.assertThrows(ExecutionException.class, () -> {',
        '            response.get();',
        '        }, "software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403");',
        '    }'
      ].join('\n')
    ],
    [
      // github-file:find_string#70924984308 (h4-119): OCaml strings continued with `\`.
      'OCaml test strings continued over lines',
      [
        '  check_bool',
        '    "an AWS AccessDenied is not absence"',
        '    false',
        '    (absent',
        '       Sol_cli_provider.Aws',
        '       "An error occurred (AccessDenied) when calling the GetRole operation: not \\',
        '        authorized");'
      ].join('\n')
    ],
    [
      // github-file:find_string#54703966784 (h4-097): a JS seed list under a `//` comment.
      'a JS list of literals under a line comment',
      [
        '  // Errores de API externa y servicios',
        "  'Stripe.StripeException: Your card was declined. Code: card_declined. Decline code: insufficient_funds',",
        "  'SendGrid.Exceptions.SendGridException: Failed to send email. Status: 403 Forbidden. Message: Permission denied, wrong credentials',",
        "  'Amazon.S3.AmazonS3Exception: Access Denied. Status Code: 403. Error Code: AccessDenied',",
        '  \'Twilio.Exceptions.ApiException: Unable to create record: The "To" phone number is not a valid phone number\','
      ].join('\n')
    ],
    [
      // own: a Go table whose field declarations stand between `cases := []struct` and the case.
      'a Go test table, its values opened by `}{`',
      [
        '\t\tname string',
        '\t\terr  string',
        '\t\twant string',
        '\t}{',
        '\t\t{',
        '\t\t\tname: "denied",',
        '\t\t\terr:  `operation error S3: PutObject, https response error StatusCode: 403, api error AccessDenied: Access Denied`,'
      ].join('\n')
    ]
  ])('%s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it.each<[string, string]>([
    [
      // Node prints arrays of strings in single quotes; no comment or code stands beside them.
      'a Node dump of an array of messages',
      [
        'errors: [',
        "  'Amazon.S3.AmazonS3Exception: Access Denied. Status Code: 403. Error Code: AccessDenied',",
        "  'retrying'",
        ']'
      ].join('\n')
    ],
    [
      'a log line continued with a backslash, no code around',
      [
        'ERROR upload failed: "An error occurred (AccessDenied) when calling the PutObject operation: \\',
        'Access Denied"',
        'exit status 1'
      ].join('\n')
    ]
  ])('%s: still a finding', (_title, text) => {
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })
})

// heldout10 (issue 10): a hard-wrapped sentence whose line opens with `it` is prose, not a test
// block; jest's and rspec's `it` always have their name or call after them.
describe('a prose line opening with `it` is no test block', () => {
  it('reads an error quoted inline above such a line (h10-086, aws-actions/amazon-ecr-login#337)', () => {
    expect(
      parseText(corpusText('heldout10.jsonl', 'h10-086')).map((f) => [f.kind, f.grammar])
    ).toEqual([['credentials', 'docker-no-basic-auth']])
  })

  it('github-file:find_string#31209658763 (a README: a quoted command, then `it won’t work`)', () => {
    const text = [
      'If you try appending a line with something more "natural" like',
      '`echo https://%access_token%:x-oauth-basic@github.com>> %USERPROFILE%\\.git-credentials`',
      "it won't work because `\\r\\n` will be used."
    ].join('\n')
    expect(inCodeLiteral(text, text.indexOf('echo'))).toBe(false)
  })

  it.each<[string, string]>([
    [
      'a jest table, then `it.each(`',
      [
        '  `no basic auth credentials`,',
        ']',
        'it.each(LOGIN_FAILURES)("asks for a login on %s", (line) => {'
      ].join('\n')
    ],
    [
      'a jest block, `it(`',
      ['  `no basic auth credentials`,', "it('asks for a login', () => {"].join('\n')
    ],
    [
      'an rspec example, `it "…" do`',
      ['  `no basic auth credentials`,', '', 'it "asks for a login" do'].join('\n')
    ],
    [
      'an rspec one-liner, `it {`',
      ['  `no basic auth credentials`,', 'it { is_expected.to be_login_failure }'].join('\n')
    ]
  ])('own: %s still makes a listing', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

// heldout10 (issue 10): a Go test table's last cases and a Python test's ClientError dict.
describe('test tables and error dicts in source', () => {
  it.each<[string, string]>([
    // github-file:find_string#9070023775 (h10-179)
    ['h10-179: a Go table case closing before its loop', corpusText('heldout10.jsonl', 'h10-179')],
    [
      // cloudquery/cloudquery client/errors_test.go: the table's last refusal, cases after it
      'a Go table: brackets alone between the case and the loop',
      [
        '\t\t{',
        '\t\t\t"operation error Elastic Beanstalk: DescribeConfigurationOptions, https response error StatusCode: 400, RequestID: 3PQRRTJ1BAB82DWH, api error InvalidParameterValue: Access Denied: S3Bucket=some-bucket-1, S3Key=object_path/some_key.ext (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 3PQRRTJ1BAB82DWH; Proxy: null)",',
        '\t\t\t"operation error Elastic Beanstalk: DescribeConfigurationOptions, https response error StatusCode: 400, RequestID: xxxx, api error InvalidParameterValue: Access Denied: S3Bucket=xxxx, S3Key=xxxx (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: xxxx; Proxy: null)",',
        '\t\t},',
        '\t}',
        '\tfor i, tc := range cases {',
        '\t\tres := removePII([]Account{{ID: "123456789"}}, tc.Input)',
        '\t\tassert.Equalf(t, tc.Expected, res, "Case #%d", i+1)',
        '\t}',
        '}'
      ].join('\n')
    ],
    // github-file:find_string#694651181 (h10-180)
    [
      'h10-180: a ClientError built from a quoted-key dict',
      corpusText('heldout10.jsonl', 'h10-180')
    ],
    [
      // github-file:find_string#56136812737 (a pytest of a subnet clean-up)
      'a ClientError dict of EC2 words handed to the call',
      [
        '        mock_ec2.delete_subnet.side_effect = ClientError(',
        '            {',
        '                "Error": {',
        '                    "Code": "UnauthorizedOperation",',
        '                    "Message": "You are not authorized to perform this operation.",',
        '                }',
        '            },',
        '            "DeleteSubnet",',
        '        )'
      ].join('\n')
    ]
  ])('%s gives no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it.each<[string, string, string]>([
    [
      // own: a JSON body under a traceback; `raise error_class(…)` closes its call, hands on nothing
      'a JSON error body printed under a Python traceback',
      [
        '  File "/var/runtime/botocore/client.py", line 623, in _make_api_call',
        '    raise error_class(parsed_response, operation_name)',
        '{',
        '    "Error": {',
        '        "Code": "AccessDenied",',
        `        "Message": "${SENTENCE}"`,
        '    }',
        '}'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      // own: the same dict printed by a command, not handed to one
      'a pretty-printed JSON error under the command that printed it',
      [
        '$ aws ec2 delete-subnet --subnet-id subnet-1 --output json',
        '{',
        '    "Error": {',
        '        "Code": "UnauthorizedOperation",',
        '        "Message": "You are not authorized to perform this operation."',
        '    }',
        '}'
      ].join('\n'),
      'UnauthorizedOperation'
    ],
    [
      // own: a log line ending in a comma does not hand the dict below it on
      'a JSON error body under a log line that ends with a comma',
      [
        'ERROR upload failed, response body follows,',
        '{',
        '    "Error": {',
        '        "Code": "AccessDenied",',
        '        "Message": "Access Denied"',
        '    }',
        '}'
      ].join('\n'),
      'AccessDenied'
    ]
  ])('%s: still a finding', (_title, text, code) => {
    expect(parseText(text).map((f) => f.code)).toEqual([code])
  })
})
