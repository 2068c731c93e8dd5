// Look-alikes recognised by the shape of their own line (issue 10): patterns that match error
// text, exception classes in code, seed-data rows, test-table elements, questions. Each shape has
// a real excerpt that must give no finding, and the real failure next to it that still must.
import { LISTING_SHAPES, listingShapeAt } from '../../src/parse/listingShapes.js'
import { parseText } from './parseText.js'
import { corpusRecords, corpusText } from '../support/corpusRecords.js'

const DENIED_UPLOAD =
  'upload failed: ./build.zip to s3://artifacts/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'

describe('each shape gives no finding on a real excerpt', () => {
  it.each<[string, string]>([
    [
      // github-file:find_string#63192748393 (a capacity watcher's shell script)
      'shell-case-pattern',
      [
        '        *UnauthorizedOperation*|*AccessDenied*)',
        '          log "NOT AUTHORIZED to create capacity reservations: $ERRTXT"',
        '          status "STOPPED $(date -u +%Y-%m-%dT%H:%M:%SZ): not authorized"',
        '          exit 3 ;;'
      ].join('\n')
    ],
    [
      // github-file:find_string#62239007003 (labels for aws-cli errors against R2)
      'shell-case-pattern',
      [
        '    case "$err_blob" in',
        '        *NoSuchBucket*)        echo "bucket \'${R2_BUCKET}\' not found at ${R2_S3_ENDPOINT}" ;;',
        '        *AccessDenied*)        echo "access denied — token may lack write/list scope on bucket" ;;',
        '        *SignatureDoesNotMatch*) echo "invalid R2 access key / secret pair" ;;',
        '        *InvalidAccessKeyId*)  echo "invalid R2 access key id" ;;'
      ].join('\n')
    ],
    [
      // github-file:find_string#68741625558 (a backup script's preflight)
      'pattern-literal',
      [
        "  elif printf '%s' \"$out\" | grep -qiE 'AccessDenied|Forbidden'; then",
        '    err "Credentials are valid but lack permission on this bucket. Re-run s3-backup-setup-aws --apply to reattach the IAM policy."'
      ].join('\n')
    ],
    [
      // github-file:find_string#65728202673 (a PowerShell inventory script)
      'pattern-literal',
      "            'AccessDenied|UnauthorizedOperation|not authorized|AuthorizationError' { 'coverage-gap'; break }"
    ],
    [
      // github-file:find_string#2408230820 (an RSpec stub and its assertions)
      'exception-reference / regex-literal',
      [
        "    it 'throws an exception when access is denied' do",
        '      allow(s3_client).to receive(:delete_object)',
        "        .and_raise(Aws::S3::Errors::AccessDenied.new(nil, 'AccessDenied'))",
        '',
        '      expect(logger).to receive(:error).with(/AccessDenied/)',
        '      expect do',
        '        Vye::SundownSweep::DeleteProcessedS3Files.new.perform',
        '      end.to raise_error(Aws::S3::Errors::AccessDenied)',
        '    end'
      ].join('\n')
    ],
    [
      // github-file:find_string#28262277409 (Ruby rescuing a handled not-found and a denial)
      'exception-reference',
      [
        '    rescue Aws::S3::Errors::NoSuchBucket => e',
        '      Rails.logger.error("❌ Bucket \'#{bucket_name}\' does not exist: #{e.message}")',
        '      { count: 0, total_size: 0 }',
        '    rescue Aws::S3::Errors::AccessDenied => e',
        '      Rails.logger.error("❌ Access denied to bucket \'#{bucket_name}\': #{e.message}")',
        '      { count: 0, total_size: 0 }'
      ].join('\n')
    ],
    [
      // github-file:find_string#61072966295 (a Go test table of Secrets Manager errors)
      'composite-element / struct field',
      [
        '\t\t{',
        '\t\t\tname:    "AccessDeniedException",',
        '\t\t\terrMsg:  "AccessDeniedException: Access denied",',
        '\t\t\twantErr: secrets.ErrAccessDenied,',
        '\t\t},'
      ].join('\n')
    ],
    [
      // github-file:find_string#54079555 (MinIO's S3 error table)
      'error table of an S3-compatible server',
      [
        '\tErrAccessDenied: {',
        '\t\tCode:           "AccessDenied",',
        '\t\tDescription:    "Access Denied.",',
        '\t\tHTTPStatusCode: http.StatusForbidden,',
        '\t},'
      ].join('\n')
    ],
    [
      // github-file:find_string#60828001546 (a pytest stub's fake aws-cli failure)
      'f-strings of a fake log line',
      [
        '        failures={',
        '            failing_call: (',
        '                254,',
        '                (',
        '                    f"An error occurred (AccessDenied) when calling the {operation} "',
        '                    f"operation: User: arn:aws:iam::{ACCOUNT_ID}:user/somebody is not authorized"',
        '                ),',
        '            )',
        '        },'
      ].join('\n')
    ],
    [
      // github-file:find_string#21746747357 (a test's rejected-credentials object literal)
      'object literal of an error',
      [
        '      const credentialsProviderErr = {',
        '        name: "CredentialsProviderError",',
        '        message: "Could not load credentials from any providers.",',
        '      };'
      ].join('\n')
    ],
    [
      // github-file:find_string#39444729064 (a CLI prompting after the SDK found no credentials)
      'object literal passed to an awaited call',
      [
        '\t\t\tif (error.name == "CredentialsProviderError") {',
        '',
        '\t\t\t\tconst listProfiles = await prompts({',
        "\t\t\t\t\ttype: 'select',",
        "\t\t\t\t\tname: 'shouldListProfiles',",
        '\t\t\t\t\tmessage: "Could not load credentials from any providers. Would you like to specify an AWS profile to use?",'
      ].join('\n')
    ],
    // Own cases: the shapes as other languages and files write them.
    [
      'own: SQL seed rows',
      [
        'INSERT INTO incidents (service, line) VALUES',
        "    ('uploads', 'ERROR An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'),",
        "    ('billing', 'WARN slow query');"
      ].join('\n')
    ],
    [
      'own: a question quoting an error',
      '# 4. Why would "An error occurred (ExpiredToken) when calling the GetCallerIdentity operation" appear after one hour?'
    ],
    [
      'own: a one-line case',
      'case "$(aws sts get-caller-identity 2>&1)" in *ExpiredToken*) echo renew ;; *) echo ok ;; esac'
    ],
    [
      'own: Python except and pytest.raises',
      [
        '    except botocore.exceptions.NoCredentialsError:',
        '        return None',
        '    with pytest.raises(NoCredentialsError):'
      ].join('\n')
    ],
    [
      'own: JS calls after await and an earlier statement',
      [
        "      await sleep(200); line('upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied', 'err');",
        "      await type('User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k');"
      ].join('\n')
    ],
    [
      'own: a literal holding an escaped newline, in a fixture',
      [
        'export const deniedStory = {',
        '  args: {',
        '    errorMessage:',
        '      "FAILED:\\nUser: arn:aws:sts::123456789012:assumed-role/Installer/OCM is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Target",',
        '  },',
        '};'
      ].join('\n')
    ],
    [
      'own: Rust assert_eq! with the message as an argument',
      [
        '        assert_eq!(',
        '            classify(',
        '                "The security token included in the request is expired"',
        '            ),',
        '            Status::Expired',
        '        );'
      ].join('\n')
    ],
    [
      // github-file:find_string#68836504331 (a fake `aws` executable for tests, heldout4 h4-022)
      'shell-print-literal',
      [
        '  boundary)',
        "    printf '%s\\n' 'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111111111111:assumed-role/DataEngineer/example-session is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::prod-data/x.csv because no permissions boundary allows the s3:PutObject action' >&2",
        '    exit 254',
        '    ;;',
        '  expired)',
        "    printf '%s\\n' 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired' >&2",
        '    exit 254',
        '    ;;'
      ].join('\n')
    ],
    [
      // own: the same stub with echo and double quotes, one arm a line
      'shell-print-literal',
      '  denied) echo "denied: User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: ecr:InitiateLayerUpload" >&2; exit 1 ;;'
    ],
    [
      // github-file:find_string#27221740293 (a retry branch matching ECR login expiry, h4-108)
      'membership-test',
      [
        '        except Exception as inst_error:',
        '            repr_inst_err = repr(inst_error)',
        '            if "no basic auth credentials" in repr_inst_err or \\',
        '                    "Your authorization token has expired. Reauthenticate and try again" in repr_inst_err:',
        '                ecr_repository_region = tags[0].split(".")[3]'
      ].join('\n')
    ],
    [
      // github-file:find_string#52155674208 (NUnit cases of a Terraform init retry classifier, h4-142)
      'attribute-argument',
      [
        '        [TestCase("Error configuring backend: 502 Bad Gateway", true)]',
        '        [TestCase("Error: Invalid backend configuration", false)]',
        '        [TestCase("Error: No valid credential sources found", false)]',
        '        [TestCase("", false)]',
        '        [TestCase(null, false)]'
      ].join('\n')
    ],
    [
      // github-file:find_string#19050221879 (install-failure matchers, h4-191)
      'yaml-pattern-list',
      [
        '    - name: AWSInsufficientPermissions',
        '      searchRegexStrings:',
        '      - "current credentials insufficient for performing cluster installation"',
        '      - "UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message"',
        '      installFailingReason: AWSInsufficientPermissions',
        '      installFailingMessage: AWS credentials are insufficient for performing cluster installation'
      ].join('\n')
    ]
  ])('%s', (_shape, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('catalogue-field: errorcanon.top (heldout7 h7-023), a catalogue record with its signature and regex', () => {
    const text = corpusText('heldout7.jsonl', 'h7-023')
    const at = text.indexOf('AccessDenied')
    expect(listingShapeAt(text, at)).toBe('catalogue-field')
    expect(parseText(text)).toEqual([])
  })
})

describe('the real failure next to each shape still counts', () => {
  it.each<[string, string, string]>([
    [
      'a case statement traced, then the error it matched',
      ['+ case "$out" in', DENIED_UPLOAD].join('\n'),
      'AccessDenied'
    ],
    [
      'a grep pattern in the script, then the output it searched',
      ["+ grep -qiE 'AccessDenied|Forbidden' out.txt", DENIED_UPLOAD].join('\n'),
      'AccessDenied'
    ],
    [
      // The Ruby SDK's backtrace names the class in parentheses, not after `rescue`.
      'a Ruby backtrace naming the error class',
      "/usr/local/bundle/gems/aws-sdk-core-3.191.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call': Access Denied (Aws::S3::Errors::AccessDenied)",
      'AccessDenied'
    ],
    [
      'an RSpec failure printing the raised error',
      [
        '  1) Uploader stores the report',
        '     Failure/Error: s3.put_object(bucket: bucket, key: key, body: body)',
        '',
        '     Aws::S3::Errors::AccessDenied:',
        '       Access Denied'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      'a go test log line under a test table',
      [
        '\t\t{',
        '\t\t\terrMsg:  "AccessDeniedException: Access denied",',
        '\t\t},',
        '--- FAIL: TestUpload (0.42s)',
        '    upload_test.go:41: operation error S3: PutObject, https response error StatusCode: 403, RequestID: 4Y2Z, HostID: abc=, api error AccessDenied: Access Denied'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      // Ansible prints a command's output as a JSON array of strings: not a code listing.
      'a JSON array of output lines',
      ['    "stdout_lines": [', `        "${DENIED_UPLOAD}",`, '        "exit 1"', '    ]'].join(
        '\n'
      ),
      'AccessDenied'
    ],
    [
      'pretty-printed JSON under a lone brace',
      [
        '{',
        '    "ResourceStatusReason": "Resource handler returned message: \\"User: arn:aws:sts::123456789012:assumed-role/cfn/x is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:us-east-1:123456789012:log-group:/app\\"",',
        '    "ResourceStatus": "CREATE_FAILED"',
        '}'
      ].join('\n'),
      'logs:CreateLogGroup'
    ],
    [
      'a question in the log, then the error unquoted',
      [
        'Does the role trust GitHub?',
        'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      ].join('\n'),
      'sts:AssumeRoleWithWebIdentity'
    ],
    [
      'a CI log holding a code listing and a real failure',
      [
        '+ cat internal/errors_test.go',
        '\t\t{',
        '\t\t\tname:    "AccessDeniedException",',
        '\t\t\terrMsg:  "AccessDeniedException: Access denied",',
        '\t\t\twantErr: secrets.ErrAccessDenied,',
        '\t\t},',
        '+ aws s3 cp build.zip s3://artifacts/build.zip',
        DENIED_UPLOAD
      ].join('\n'),
      'AccessDenied'
    ],
    [
      // `set -x` shows the echo with its argument expanded, then the line it printed.
      'a traced echo of a captured error, then its output',
      [
        "+ echo 'upload failed: ./build.zip to s3://artifacts/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'",
        DENIED_UPLOAD
      ].join('\n'),
      'AccessDenied'
    ],
    [
      'a script printing its own words, then the real refusal',
      ['+ echo "Uploading build.zip"', 'Uploading build.zip', DENIED_UPLOAD].join('\n'),
      'AccessDenied'
    ],
    [
      'a runbook sentence quoting the error "in" the output',
      'The deploy job printed "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied" in the upload step.',
      'AccessDenied'
    ],
    [
      // kubectl prints a failed object's status as YAML: its list is of messages, not patterns.
      'a YAML list of messages under a key that is not about patterns',
      [
        '    errors:',
        '    - "AccessDenied: User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k"'
      ].join('\n'),
      's3:GetObject'
    ],
    [
      // A structured log names its fields msg/error: not a catalogue's signature or pattern.
      'a JSON log line whose error field holds the refusal',
      '{"level":"error","msg":"upload failed","error":"AccessDenied: Access Denied","pattern":"nightly"}',
      'AccessDenied'
    ],
    [
      'a bracketed log prefix before a quoted error',
      '[Deploy("prod")] "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k"',
      's3:PutObject'
    ]
  ])('%s', (_title, text, expected) => {
    const found = parseText(text)
    expect(found).toHaveLength(1)
    expect([found[0]!.code, found[0]!.action]).toContain(expected)
  })
})

describe('listingShapeAt', () => {
  it('names the shape that holds a position, and nothing outside it', () => {
    const line = '    *AccessDenied*|*ExpiredToken*) echo "AccessDenied" ;;'
    expect(listingShapeAt(line, line.indexOf('Expired'))).toBe('shell-case-pattern')
    // The command after the pattern is not part of it: its canned text is a shape of its own.
    expect(listingShapeAt(line, line.lastIndexOf('AccessDenied'))).toBe('shell-print-literal')
    expect(listingShapeAt(line, line.indexOf(';;'))).toBeNull()
  })

  it('reads a regex literal only when code hands it on', () => {
    const code = '  expect(logger).to receive(:error).with(/AccessDenied/)'
    expect(listingShapeAt(code, code.indexOf('Access'))).toBe('regex-literal')
    const path = 'denied at /srv/AccessDenied/ today'
    expect(listingShapeAt(path, path.indexOf('Access'))).toBeNull()
  })

  it('takes a tuple row only when every value is a plain value', () => {
    const row = "    ('uploads', 'AccessDenied: Access Denied', 3),"
    expect(listingShapeAt(row, row.indexOf('AccessDenied'))).toBe('tuple-row')
    const call = "    (retry('uploads'), 'AccessDenied: Access Denied'),"
    expect(listingShapeAt(call, call.indexOf('AccessDenied'))).toBeNull()
  })

  it('reads a printf literal that an escaped newline in its format cut in two', () => {
    const text =
      "    printf '%s\n' 'An error occurred (AccessDenied) when calling the GetObject operation' >&2"
    expect(listingShapeAt(text, text.indexOf('An error'))).toBe('shell-print-literal')
    expect(listingShapeAt(text, text.indexOf('>&2'))).toBeNull()
  })

  it('takes a YAML item as a pattern only under a pattern key', () => {
    const list = '  ignorePatterns:\n  - "x"\n  - "AccessDenied"'
    expect(listingShapeAt(list, list.indexOf('AccessDenied'))).toBe('yaml-pattern-list')
    const other = '  messages:\n  - "x"\n  - "AccessDenied"'
    expect(listingShapeAt(other, other.indexOf('AccessDenied'))).toBeNull()
  })

  it('gives on every corpus text the shapes it gives with no needs checked (needs hide none)', () => {
    const saved = LISTING_SHAPES.map((s) => s.needs)
    const judge = (ungated: boolean) =>
      corpusRecords().flatMap(({ text }) => {
        if (ungated) LISTING_SHAPES.forEach((s) => (s.needs = []))
        try {
          // Where refusals and look-alikes start: each word of the text.
          const at = [...text.matchAll(/\b\w/g)].map((m) => m.index)
          return at.map((i) => listingShapeAt(text, i))
        } finally {
          LISTING_SHAPES.forEach((s, k) => (s.needs = saved[k]!))
        }
      })
    const gated = judge(false)
    expect(gated.filter((id) => id !== null).length).toBeGreaterThan(50)
    expect(gated).toEqual(judge(true))
  })

  it('has one rule object per shape, each with an id', () => {
    const ids = LISTING_SHAPES.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining(['shell-case-pattern', 'pattern-literal', 'exception-reference'])
    )
  })
})
