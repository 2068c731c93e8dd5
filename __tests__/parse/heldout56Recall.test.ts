// heldout56–57's refusals the engine missed or misread on their unseen score (issue 10, session
// 37): tools' own words for a refused call (Kinesis Video's producer, EFS mounts with IAM, FSx's
// data repository check, SageMaker's image pull, a service assuming the role it was handed, a
// feature not offered to the account, a mobile SDK's Coral exception) and for credentials not
// found (efs-utils, its watchdog, Kubeflow's artifact reader, the .NET tools' profile role);
// each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h56 = (id: string) => corpusText('heldout56.jsonl', id)
const h57 = (id: string) => corpusText('heldout57.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('tools’ own words for a refused call', () => {
  it('h57-037 (awslabs/amazon-kinesis-video-streams-producer-sdk-cpp#419): the producer SDK’s curl 403', () => {
    expect(read(h57('h57-037'))).toEqual([
      ['denial', 'kvs-producer-http-403', null, 'kinesisvideo', null]
    ])
  })

  it('own: the IoT credentials provider’s 403 stays that rule’s', () => {
    const text = [
      '2020-04-22 06:59:39 WARN    blockingCurlCall(): Curl call response failed with http status 403',
      '2020-04-22 06:59:39 ERROR   Unable to create Iot Credential provider. Error status: 0x15000026'
    ].join('\n')
    expect(read(text).map((f) => f[1])).toEqual(['iot-credential-provider-403'])
  })

  it('h56-026 (terraform-aws-modules/terraform-aws-iam#388): an EFS mount with IAM authentication', () => {
    expect(read(h56('h56-026')).map((f) => [f[0], f[1]])).toEqual([
      ['denial', 'efs-mount-access-denied']
    ])
  })

  it('own: another NFS server’s refusal is no AWS finding', () => {
    expect(
      read(
        'Executing: "/sbin/mount.nfs4 10.0.0.5:/export /mnt -o rw,nfsvers=4.1"\nmount.nfs4: access denied by server while mounting 10.0.0.5:/export'
      )
    ).toEqual([])
  })

  // Session 39: EFS refusing a mount without the `iam` option is still EFS's answer (a file system
  // policy refusing anonymous mounts), as h12-009 and heldout73's three mounts are labelled.
  it('own: an EFS mount refused without IAM in the mount is EFS’s refusal', () => {
    expect(
      read(
        'Executing: "/sbin/mount.nfs4 fs-0123abcd.efs.us-east-1.amazonaws.com:/ /mnt -o rw,nfsvers=4.1"\nmount.nfs4: access denied by server while mounting fs-0123abcd.efs.us-east-1.amazonaws.com:/'
      ).map((f) => [f[0], f[1]])
    ).toEqual([['denial', 'efs-mount-access-denied']])
  })

  it('h56-025 (…-kubeflow#91): FSx for Lustre could not validate its repository bucket', () => {
    expect(read(h56('h56-025'))).toEqual([
      ['denial', 'fsx-repository-s3-access', 'BadRequest', null, null]
    ])
  })

  it('h57-027 (huggingface/notebooks#385): SageMaker names the role, the ECR action and the image', () => {
    const [f] = parseText(h57('h57-027'))
    expect([f?.grammar, f?.action, f?.principal, f?.service]).toEqual([
      'sagemaker-role-image-permission',
      'ecr:BatchGetImage',
      'arn:aws:iam::MY_ACCOUNT:role/MyTestRole',
      'ecr'
    ])
  })

  it('h56-003 (awsdocs/aws-greengrass-developer-guide#14): a service assuming the role it was handed, the quote wrapped', () => {
    const [f] = parseText(h56('h56-003'))
    expect([f?.grammar, f?.code, f?.resource]).toEqual([
      'service-assume-role-permission-denied',
      'InvalidRequestException',
      'arn:aws:iam::MYACCOUNTID:role/GreenGrassUpdateRole'
    ])
  })

  it('h57-035 (awslabs/amazon-kinesis-video-streams-webrtc-sdk-c#1714): the account itself refused, the service from the ARN passed', () => {
    expect(read(h57('h57-035'))).toEqual([
      ['denial', 'account-not-allowed', 'AccessDeniedException', 'kinesisvideo', null]
    ])
  })

  it('h57-034 (awslabs/amazon-kinesis-video-streams-webrtc-sdk-ios#4): the Coral exception as the reason, the service from the error domain', () => {
    expect(read(h57('h57-034'))).toEqual([
      ['denial', 'coral-exception-reason', 'AccessDeniedException', 'kinesisvideo', null]
    ])
  })

  it('own: a Coral name that is no AWS code is not read', () => {
    expect(
      read(
        'NSLocalizedFailureReason=ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/'
      )
    ).toEqual([])
  })
})

describe('credentials not found, in tools’ own words', () => {
  it.each([
    ['h56-027', 'aws/efs-utils#80', 'no-credentials-efs-utils', 'missing'],
    ['h56-028', 'aws/efs-utils#83', 'efs-utils-credentials-lookup', 'imds-error']
  ])('%s (%s)', (id, _source, grammar, cause) => {
    expect(read(h56(id)).map((f) => [f[0], f[1], f[4]])[0]).toEqual(['credentials', grammar, cause])
  })

  it('h57-023 (argoflow/argoflow-aws#134): Kubeflow’s artifact reader found no instance role', () => {
    expect(read(h57('h57-023')).map((f) => [f[0], f[1], f[4]])[0]).toEqual([
      'credentials',
      'no-credentials-metadata-store',
      'imds-error'
    ])
  })

  it('h56-016 (aws/aws-lambda-dotnet#505): the .NET tools could not assume the profile’s role', () => {
    const [f] = parseText(h56('h56-016'))
    expect([f?.kind, f?.grammar, f?.detail.profileRole]).toEqual([
      'credentials',
      'dotnet-profile-assume-role',
      'arn:aws:iam::123456789012:role/Organisation-role'
    ])
  })
})
