// heldout54–55's refusals the engine missed or misread on their unseen score (issue 10, session
// 37): git's bare 403 from CodeCommit and its credential helper, a deploy action's status alone,
// a split Authorization header, codes printed in their own places, SES's SMTP login, MSK's SASL
// refusal under EKS Pod Identity, the Java SDK's metadata path, a moto test beside a real queue;
// each with a counter-case.
import { parseText } from './parseText.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const h54 = (id: string) => corpusText('heldout54.jsonl', id)
const h55 = (id: string) => corpusText('heldout55.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])
const findings = (text: string) =>
  analyzeText(text).findings.map((f) => [f.kind, f.code, f.service])

describe("git's bare 403 from CodeCommit", () => {
  it.each([
    ['h54-024', 'aws/git-remote-codecommit#61: the `codecommit://` URL'],
    ['h54-025', 'aws-amplify/amplify-hosting#2249: the HTTPS endpoint, in Amplify’s build log']
  ])('%s (%s)', (id) => {
    expect(read(h54(id))).toEqual([['denial', 'http-403-storage-target', null, 'codecommit', null]])
  })

  it('h54-027 (git-ecosystem/git-credential-manager#697): the credential helper could not run', () => {
    expect(read(h54('h54-027'))).toEqual([
      ['credentials', 'http-403-storage-target', null, 'codecommit', 'git-credential-helper']
    ])
    const [f] = analyzeText(h54('h54-027')).findings
    expect(f?.explanation).toContain('could not run')
  })

  it.each([
    [
      'another Git host',
      "fatal: unable to access 'https://github.com/o/r.git/': The requested URL returned error: 403"
    ],
    [
      'a host that only ends like an AWS one',
      "fatal: unable to access 'https://git-codecommit.us-east-1.amazonaws.com.example.org/v1/repos/r/': The requested URL returned error: 403"
    ]
  ])('not AWS: %s', (_title, text) => {
    expect(read(text)).toEqual([])
  })

  it('own: a helper that ran, then 403: a refusal, not a credentials failure', () => {
    const text = [
      'git clone https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app',
      "fatal: unable to access 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app/': The requested URL returned error: 403"
    ].join('\n')
    expect(read(text)).toEqual([['denial', 'http-403-storage-target', null, 'codecommit', null]])
  })
})

describe('tools’ own wording', () => {
  it('h54-033 (einaregilsson/beanstalk-deploy#1): the deploy action’s status alone', () => {
    expect(read(h54('h54-033'))).toEqual([
      ['denial', 'beanstalk-deploy-status-403', null, null, null]
    ])
  })

  it('h54-032 (einaregilsson/beanstalk-deploy#49): a code after the status is the finding', () => {
    expect(read(h54('h54-032')).map((f) => [f[0], f[2]])).toEqual([
      ['credentials', 'SignatureDoesNotMatch']
    ])
  })

  it('h54-035 (aws/aws-elastic-beanstalk-cli-setup#18): a key ID holding a space splits the header', () => {
    expect(read(h54('h54-035'))).toEqual([
      [
        'credentials',
        'authorization-header-key-space',
        null,
        'elasticbeanstalk',
        'header-key-empty'
      ]
    ])
  })

  it('h54-015 (meemalabs/laravel-text-to-speech#39): the PHP SDK’s code on its own line below the body', () => {
    expect(findings(h54('h54-015'))).toEqual([
      ['credentials', 'UnrecognizedClientException', 'polly']
    ])
  })

  it('own: the PHP SDK’s 403 with an authorisation code below stays a refusal', () => {
    const text = [
      'Error executing "GetObject" on "https://b.s3.eu-west-1.amazonaws.com/k"; AWS HTTP error: Client error: `GET https://b.s3.eu-west-1.amazonaws.com/k` resulted in a `403 Forbidden` response:',
      ' AccessDenied (client): Access Denied'
    ].join('\n')
    expect(findings(text).map((f) => f[0])).toEqual(['denial'])
  })

  it('h55-005 (aws/aws-sdk-kotlin#1640): the status in the Kotlin SDK’s code slot', () => {
    expect(read(h55('h55-005'))).toEqual([['denial', 'http-403-storage-target', '403', 's3', null]])
  })

  it('h55-020 (longhorn/longhorn#1786): the Go SDK’s code without its colon', () => {
    expect(read(h55('h55-020')).map((f) => [f[0], f[1], f[2]])[0]).toEqual([
      'credentials',
      'no-credentials-go',
      'NoCredentialProviders'
    ])
  })

  it('h55-033 (airbytehq/airbyte#10940): the Java SDK found no role under the metadata path', () => {
    expect(read(h55('h55-033'))).toEqual([
      ['credentials', 'no-credentials-java-imds-path', null, null, 'imds-error']
    ])
  })

  it('own: the metadata path of another service is not the role path', () => {
    expect(
      read(
        'The requested metadata is not found at http://169.254.169.254/latest/meta-data/placement/region'
      )
    ).toEqual([])
  })
})

describe("SES's SMTP interface", () => {
  it('h55-012 (mautic/mautic#3704): 535 from email-smtp.amazonaws.com', () => {
    expect(read(h55('h55-012'))).toEqual([
      ['credentials', 'ses-smtp-credentials', null, 'ses', 'ses-smtp']
    ])
    const [f] = analyzeText(h55('h55-012')).findings
    expect(f?.explanation).toContain('derived from its secret access key')
  })

  it.each([
    ['h55-017 (swiftmailer/swiftmailer#1083): Gmail’s 535', () => h55('h55-017')],
    [
      'own: the same RFC words from another mail server',
      () =>
        '<< 220 smtp.mail.example.net ESMTP\n>> AUTH LOGIN\n<< 535 Authentication credentials invalid'
    ]
  ])('not SES: %s', (_title, text) => {
    expect(read(text())).toEqual([])
  })
})

describe("MSK's SASL refusal", () => {
  it.each([
    ['h55-031', 'streamthoughts/jikkou#731: the Java client, Pod Identity below'],
    ['h55-032', 'Mongey/terraform-provider-kafka#500: sarama, eks pod identity above']
  ])('%s (%s)', (id) => {
    expect(read(h55(id)).map((f) => [f[0], f[1]])[0]).toEqual(['denial', 'msk-iam-sasl-denied'])
  })

  it.each([
    [
      'no AWS identity named',
      'ERROR o.apache.kafka.clients.NetworkClient - Connection to node -1 failed authentication due to: Access denied'
    ],
    [
      "Azure's AAD Pod Identity",
      'Using AAD Pod Identity for the broker login\nSaslAuthenticationException: Access denied'
    ]
  ])('not MSK: %s', (_title, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('a test mock beside a real refusal', () => {
  it('h55-002 (ruby-shoryuken/shoryuken#489): moto worked locally, the deployed queue of another account refused', () => {
    expect(read(h55('h55-002')).map((f) => [f[0], f[2], f[3]])).toEqual([
      ['denial', 'AccessDenied', 'sqs']
    ])
  })

  it('own: moto answering for its own account stays moto’s', () => {
    const text = [
      'running the suite against moto',
      'Aws::SQS::Errors::AccessDenied: Access to the resource https://sqs.us-east-1.amazonaws.com/123456789012/jobs is denied.'
    ].join('\n')
    expect(read(text)).toEqual([])
  })
})

describe("a writer's summary above the error it restates", () => {
  it('h54-031 (trailofbits/algo#14438): one finding, the full one', () => {
    const found = analyzeText(h54('h54-031')).findings
    expect(found.map((f) => [f.action, f.resource, f.layer])).toEqual([
      ['cloudformation:UpdateStack', 'arn:aws:cloudformation:eu-north-1:XXX', 'identity']
    ])
  })

  it('own: a summary naming another caller is a finding of its own', () => {
    const text = [
      '1. User alice is not authorized to perform: `cloudformation:UpdateStack`.',
      'An error occurred (AccessDenied) when calling the UpdateStack operation: User: bob is not authorized to perform: cloudformation:UpdateStack on resource: arn:aws:cloudformation:eu-north-1:111122223333:stack/app/* because no identity-based policy allows the cloudformation:UpdateStack action'
    ].join('\n')
    expect(analyzeText(text).findings).toHaveLength(2)
  })
})
