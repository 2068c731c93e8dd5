// heldout49–50's refusals the engine missed or misread on their unseen score (issue 10, session
// 36): credential failures in tools' own words, a logfmt code, S3's refusal as Python's
// PermissionError, a stray quote before a reason and a sentence cut after `not authorized`, each
// with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h49 = (id: string) => corpusText('heldout49.jsonl', id)
const h50 = (id: string) => corpusText('heldout50.jsonl', id)
const h51 = (id: string) => corpusText('heldout51.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('credential failures in tools’ own words', () => {
  it('h49-001 (docker/docs#12219): the awslogs driver’s logfmt `errorCode=NoCredentialProviders`', () => {
    expect(parseText(h49('h49-001')).map((f) => f.code)).toEqual(['NoCredentialProviders'])
  })

  it('h49-004 (elastic/integrations#465): the Go SDK v1’s `EC2RoleRequestError: no EC2 instance role found`', () => {
    expect(read(h49('h49-004'))[0]).toEqual([
      'credentials',
      'no-credentials-sdk',
      'EC2RoleRequestError',
      null,
      'imds-error'
    ])
  })

  it('h49-013 (OctopusDeploy/Issues#6923): Calamari could not read the instance role', () => {
    expect(read(h49('h49-013'))).toEqual([
      ['credentials', 'no-credentials-sdk', null, null, 'imds-error']
    ])
  })

  it('h49-024 (tensorflow/tensorflow#44564): TensorFlow’s S3 file system with no credentials', () => {
    expect(read(h49('h49-024'))[0]).toEqual([
      'credentials',
      'no-credentials-sdk',
      null,
      null,
      'missing'
    ])
  })

  it('h50-025 (hashicorp/nomad#5453): the ECR credential helper found no AWS credentials', () => {
    expect(read(h50('h50-025'))).toEqual([
      ['credentials', 'ecr-login-helper-no-credentials', null, 'ecr', 'missing']
    ])
  })

  it('h50-027 (hashicorp/packer#8066): a profile with a credential source and no role_arn', () => {
    expect(read(h50('h50-027'))).toEqual([
      [
        'credentials',
        'credential-source-without-role',
        'CredentialRequiresARNError',
        null,
        'credential-source-no-role'
      ]
    ])
  })

  it('own: another registry’s helper without credentials is not ECR’s', () => {
    expect(
      read(
        'error getting credentials - err: exit status 1, out: `docker-credential-desktop: credentials not found in native keychain`'
      )
    ).toEqual([])
  })
})

describe('refusals as Python and writers print them', () => {
  it('h49-022 (fsspec/s3fs#218): a Lambda error JSON’s `"errorMessage": "Access Denied"` over an s3:// read', () => {
    expect(read(h49('h49-022'))).toEqual([['denial', 'lambda-error-json-denied', null, 's3', null]])
  })

  it('own: Windows’ own PermissionError is no S3 refusal', () => {
    expect(read("PermissionError: [WinError 5] Access is denied: 'C:\\\\build\\\\out'")).toEqual([])
  })

  it('h50-012 (deepfence/ThreatMapper#1427): a stray quote before `with an explicit deny`', () => {
    expect(parseText(h50('h50-012')).map((f) => [f.action, f.deny])).toEqual([
      ['eks:ListClusters', 'explicit']
    ])
  })

  it('h50-018 (aquasecurity/cloudsploit#1708): a sentence cut right after `is not authorized"` still names who', () => {
    expect(parseText(h50('h50-018')).map((f) => f.principal)).toEqual([
      'arn:aws:iam::9XXXXXXXXX840:user/new_user'
    ])
  })

  it('own: prose that ends on “not authorized” with no ARN before it is no finding', () => {
    expect(read('The deploy user is not authorized\nso we asked the admins.')).toEqual([])
  })
})

describe('boto 2’s service error classes', () => {
  it('h51-005 (DataBiosphere/toil#1221): `SDBResponseError: 403 Forbidden` names SimpleDB', () => {
    expect(read(h51('h51-005'))).toEqual([
      ['denial', 'boto2-response-error', 'SDBResponseError', 'sdb', null]
    ])
  })

  it('own: another status in the same class is no refusal', () => {
    expect(read('boto.exception.SDBResponseError: SDBResponseError: 404 Not Found')).toEqual([])
    expect(read('boto.exception.EC2ResponseError: EC2ResponseError: 403 Forbidden')).toEqual([])
  })
})
