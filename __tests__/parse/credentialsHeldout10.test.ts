// Credential failures heldout10 missed (issue 10): STS's expired or invalid token retold inside a
// writer's sentence (WD734/WD735); the Ruby SDK that will not sign without credentials and the JS
// SDK v3's instance role provider answered with an error status (WD742). Sources in the titles;
// `own` cases are ours.
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
