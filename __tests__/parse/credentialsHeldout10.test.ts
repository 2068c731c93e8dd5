// Credential failures heldout10 missed (issue 10): STS's expired or invalid token retold inside a
// writer's sentence (WD734/WD735); the Ruby SDK that will not sign without credentials and the JS
// SDK v3's instance role provider answered with an error status, a web identity token file no
// SDK could read (WD742); EC2's malformed-request
// AuthFailure message without its code (WD740). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause, f.code])
}

describe('the security token message retold mid-sentence', () => {
  it.each<[string, string, string, string]>([
    [
      'heldout10 h10-151 (aws/aws-sdk-php#1307, lowercase after `It says that`)',
      corpusText('heldout10.jsonl', 'h10-151'),
      'security-token-expired',
      'expired'
    ],
    [
      'cloud-custodian/cloud-custodian#4689 (`the Security token`, capitalised mid-sentence)',
      'I configured aws credentials like "aws_access_key_id" , "aws_secret_access_key" and "default region" etc. Even then its saying that the Security token included in the request is invalid.',
      'security-token-invalid',
      'invalid'
    ]
  ])('%s', (_title, text, grammar, cause) => {
    expect(fields(text)).toEqual([['credentials', grammar, cause, null]])
  })

  it.each<[string, string]>([
    [
      'own: a word glued on (`expiredAt`)',
      'the security token included in the request is expiredAt: 2024-01-01'
    ],
    ['own: `is valid`', 'Checks whether the security token included in the request is valid.'],
    [
      'own: a guide naming the message for any reader',
      'When you see the error "the security token included in the request is expired", refresh your session.'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('SDKs left without credentials to sign with (WD742)', () => {
  it.each<[string, string]>([
    [
      'heldout10 h10-023 (helm/charts#5810, fluentd retry line of Ruby aws-sdk-core 2)',
      corpusText('heldout10.jsonl', 'h10-023')
    ],
    [
      'aws/aws-sdk-ruby#707 (Logger line, the class after the message)',
      [
        '    E, [2015-02-15T23:01:16.804771 #39322] ERROR -- : unable to sign request without credentials set (Aws::Errors::MissingCredentialsError)',
        "    /usr/local/var/rbenv/versions/2.1.2/lib/ruby/gems/2.1.0/gems/aws-sdk-core-2.0.24/lib/aws-sdk-core/plugins/request_signer.rb:91:in `require_credentials'"
      ].join('\n')
    ],
    [
      'aws/aws-sdk-ruby#1951 (the exception inspected)',
      [
        '"Loading ENV vars from AWS secrets manager"',
        '#<Aws::Errors::MissingCredentialsError: unable to sign request without credentials set>'
      ].join('\n')
    ]
  ])('Ruby: %s', (_title, text) => {
    expect(fields(text)).toEqual([['credentials', 'no-credentials-sdk', 'missing', null]])
  })

  it.each<[string, string]>([
    [
      'heldout10 h10-051 (renovatebot/renovate#9766, a JSON log line with statusCode 504)',
      corpusText('heldout10.jsonl', 'h10-051')
    ],
    [
      'aws/aws-sdk-js-v3#3913 (a timestamped ProviderError, its stack below)',
      [
        '2022-09-09T02:05:48:  ProviderError: Error response received from instance metadata service',
        '    at ClientRequest.<anonymous> (/usr/src/app/node_modules/@aws-sdk/credential-provider-imds/dist-cjs/remoteProvider/httpRequest.js:26:38)',
        '    at ClientRequest.emit (node:events:394:28)'
      ].join('\n')
    ],
    [
      'aws/aws-sdk-js-v3#4491 (Node prints the throwing source line above the error: read once)',
      [
        '/node_modules/@aws-sdk/credential-providers/node_modules/@aws-sdk/credential-provider-imds/dist-cjs/remoteProvider/httpRequest.js:26',
        '                reject(Object.assign(new property_provider_1.ProviderError("Error response received from instance metadata service"), { statusCode }));',
        '                                     ^',
        '',
        'ProviderError: Error response received from instance metadata service',
        '    at ClientRequest.<anonymous> (/node_modules/@aws-sdk/credential-providers/node_modules/@aws-sdk/credential-provider-imds/dist-cjs/remoteProvider/httpRequest.js:26:38)'
      ].join('\n')
    ]
  ])('instance metadata: %s', (_title, text) => {
    expect(fields(text)).toEqual([['credentials', 'no-credentials-sdk', 'imds-error', null]])
  })

  it('advises the instance role and the IMDSv2 hop limit for an IMDS error', () => {
    const [f] = parseText(corpusText('heldout10.jsonl', 'h10-051'))
    expect(f!.title).toMatch(/instance metadata service/i)
    expect(f!.explanation).toMatch(/hop limit/)
  })

  it.each<[string, string]>([
    [
      'own: an rspec example naming the message',
      [
        '  it "raises when unable to sign request without credentials set" do',
        '    expect { client.get_object(bucket: "b", key: "k") }.to raise_error(Aws::Errors::MissingCredentialsError)'
      ].join('\n')
    ],
    [
      'own: the SDK source raising it',
      [
        '        raise Errors::MissingCredentialsError,',
        "          'unable to sign request without credentials set'"
      ].join('\n')
    ],
    [
      'own: the provider source alone, no error printed',
      '                reject(Object.assign(new property_provider_1.ProviderError("Error response received from instance metadata service"), { statusCode }));'
    ],
    [
      'own: a longer word (`credentials settings`)',
      'It is unable to sign request without credentials settings loaded from the profile.'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("EC2's AuthFailure for a malformed signed request (WD740)", () => {
  it.each<[string, string, string | null]>([
    [
      'heldout10 h10-166 (docker-archive-public/docker.machine#2739, the amazonec2 driver prints the HTTP status in its code slot)',
      corpusText('heldout10.jsonl', 'h10-166'),
      '401'
    ],
    [
      'StreisandEffect/discussions#181 (Ansible ec2_group over boto3, the code beside it)',
      [
        'An exception occurred during task execution. To see the full traceback, use -vvv. The error was: ClientError: An error occurred (AuthFailure) when calling the DescribeSecurityGroups operation: Authorization header or parameters are not formatted correctly.',
        'fatal: [localhost]: FAILED! => {"boto3_version": "1.9.139", "botocore_version": "1.12.139", "changed": false, "error": {"code": "AuthFailure", "message": "Authorization header or parameters are not formatted correctly."}, "msg": "Error in describe_security_groups: An error occurred (AuthFailure) when calling the DescribeSecurityGroups operation: Authorization header or parameters are not formatted correctly.", "response_metadata": {"http_headers": {"date": "Wed, 01 May 2019 09:46:32 GMT", "server": "AmazonEC2", "transfer-encoding": "chunked"}, "http_status_code": 401, "request_id": "3b118fed-bf8f-4ea3-9dda-4f31baba4382", "retry_attempts": 0}}'
      ].join('\n'),
      'AuthFailure'
    ]
  ])('%s', (_title, text, code) => {
    expect(fields(text)).toEqual([['credentials', 'ec2-auth-failure', 'invalid', code]])
  })

  it.each<[string, string]>([
    [
      'own: a word glued on',
      'Error: Authorization header or parameters are not formatted correctlyy'
    ],
    [
      "aws-samples/amazon-elasticsearch-service-with-authentication#4 (API Gateway's missing-parameter message)",
      `{"message":"Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization="}`
    ]
  ])('%s: not this rule', (_title, text) => {
    expect(fields(text).filter((f) => f[1] === 'ec2-auth-failure')).toEqual([])
  })
})

describe('a web identity token file the SDK could not read (WD742)', () => {
  // The Go SDK v1 prints its error's code before the message (`WebIdentityErr: …`): the code, as
  // `NoCredentialProviders` is (heldout18 h18-061 labels it so); other SDKs print none.
  it.each<[string, string, string | null]>([
    [
      'heldout10 h10-005 (crossplane-contrib/provider-aws#402, a managed resource status, the path empty)',
      corpusText('heldout10.jsonl', 'h10-005'),
      null
    ],
    [
      'aws/amazon-eks-pod-identity-webhook#8 (Go SDK v1 in a logfmt line: permission denied)',
      'time="2019-09-11T07:31:53Z" level=error msg="WebIdentityErr: unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token\\ncaused by: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: permission denied"',
      'WebIdentityErr'
    ],
    [
      'mumoshu/aws-secret-operator#37 (Go SDK v1, the cause chain over lines)',
      [
        'failed to compute secret for cr: failed to get json secret as map: WebIdentityErr: failed fetching WebIdentity token: ',
        'caused by: WebIdentityErr: unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        'caused by: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: permission denied'
      ].join('\n'),
      'WebIdentityErr'
    ],
    [
      "Soluto/kamus#588 (.NET SDK, quoted; .NET's own exception class is no AWS code)",
      [
        '> System.InvalidOperationException: A token could not be loaded from the WebIdentityTokenFile.',
        "> ---> System.UnauthorizedAccessException: Access to the path '/var/run/secrets/eks.amazonaws.com/serviceaccount/token' is denied.",
        '> ---> System.IO.IOException: Permission denied'
      ].join('\n'),
      null
    ]
  ])('%s', (_title, text, code) => {
    expect(fields(text)).toEqual([
      ['credentials', 'no-credentials-sdk', 'web-identity-token-file', code]
    ])
  })

  it('advises the service account annotation and fsGroup', () => {
    const [f] = parseText(corpusText('heldout10.jsonl', 'h10-005'))
    expect(f!.title).toMatch(/web identity token file/i)
    expect(f!.explanation).toMatch(/eks\.amazonaws\.com\/role-arn/)
    expect(f!.explanation).toMatch(/fsGroup/)
  })

  it.each<[string, string]>([
    [
      'own: Go source wrapping the message',
      [
        '\tif _, err := os.ReadFile(path); err != nil {',
        '\t\treturn nil, errors.Wrap(err, "unable to read web identity token file in pod")'
      ].join('\n')
    ],
    [
      'own: a longer word (`files`)',
      'warning: unable to read web identity token files list, skipping'
    ],
    [
      'own: the Go SDK failing after it read the token (AssumeRoleWithWebIdentity refused)',
      'WebIdentityErr: failed to retrieve credentials'
    ]
  ])('%s: not this rule', (_title, text) => {
    expect(fields(text).filter((f) => f[2] === 'web-identity-token-file')).toEqual([])
  })
})
