// Answers that read like AWS refusals but came from another store, another cloud, an emulator or a
// test's expectation (issue 10, heldout9's look-alikes), each beside the AWS refusal of the same
// tool and shape that must still be found.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { emulatorAccount, hasOwnIam, s3CompatibleIn } from '../../src/parse/s3Compatible.js'
import { looksLikeRefusal } from '../../src/parse/codes.js'

const kinds = (text: string) => parseText(text).map((f) => [f.kind, f.code])

describe('Oracle Cloud and HTTP reason phrases in the code slot', () => {
  it.each([
    // hitrov/oci-arm-host-capacity#72
    ['h9-084 (OCI PHP script)', corpusText('heldout9.jsonl', 'h9-084')],
    // oracle/oci-cli#485, as the Python SDK prints it
    [
      'oracle/oci-cli#485',
      "{'opc-request-id': 'F50A80586E8845FAAA6568116DFD82AD/6DD1F2219DCF9C63FE1F261EA5D5797F/439A95D063BFAFFED5ACCB41E0047715', 'code': 'NotAuthorizedOrNotFound', 'message': 'Authorization failed or requested resource not found.', 'status': 404}"
    ],
    // AlistGo/alist#1214: Cloudflare R2's XML body
    ['h9-023 (R2 XML)', corpusText('heldout9.jsonl', 'h9-023')],
    // OpenListTeam/OpenList#1477: R2 through the Go SDK
    [
      'OpenListTeam/OpenList#1477',
      'failed get objs: failed to list objs: Unauthorized: Unauthorized status code: 401, request id: , host id:'
    ]
  ])('%s gives no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('keeps reading codes whose words say refusal', () => {
    expect(looksLikeRefusal('NotAuthorizedOrNotFound')).toBe(false)
    expect(looksLikeRefusal('Unauthorized')).toBe(false)
    expect(looksLikeRefusal('Client.NotAuthorized')).toBe(true)
    expect(looksLikeRefusal('OrganizationAccessDeniedException')).toBe(true)
  })

  it('still finds EC2 UnauthorizedOperation', () => {
    expect(
      kinds(
        'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.'
      )
    ).toEqual([['denial', 'UnauthorizedOperation']])
  })
})

describe('stores that name themselves', () => {
  it.each([
    // google-github-actions/setup-gcloud#49
    [
      'h9-066 (gcloud builds submit)',
      corpusText('heldout9.jsonl', 'h9-066'),
      'Google Cloud Storage'
    ],
    // biofer76/gce-disks-export#6
    [
      'biofer76/gce-disks-export#6',
      `ERROR: (gcloud.alpha.compute.images.export) HTTPError 403: <?xml version='1.0' encoding='UTF-8'?><Error><Code>AccessDenied</Code><Message>Access denied.</Message><Details>"My Account"  does not have storage.objects.get access to the Google Cloud Storage object.</Details></Error>`,
      'Google Cloud Storage'
    ],
    // openshift/cluster-image-registry-operator#724
    [
      'h9-174 (OSS in a status condition)',
      corpusText('heldout9.jsonl', 'h9-174'),
      'Alibaba Cloud OSS'
    ],
    // aliyun/ossutil#59
    [
      'aliyun/ossutil#59',
      'Error: oss: service returned error: StatusCode=403, ErrorCode=AccessDenied, ErrorMessage=The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint., RequestId=5B8E81775CC26B5BBA097D54, Bucket=test!',
      'Alibaba Cloud OSS'
    ],
    // twonote/radosgw-admin4j#36
    ['h9-088 (radosgw admin client)', corpusText('heldout9.jsonl', 'h9-088'), 'Ceph']
  ])('%s gives no finding', (_, text, store) => {
    expect(s3CompatibleIn(text)).toBe(store)
    expect(parseText(text)).toEqual([])
  })

  it.each([
    // An S3 refusal in AWS's XML, no other store named.
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>T7RZH9R6QAK5F8CH</RequestId></Error>',
    // Words near the new names that are not them.
    'ERROR: the role does not have access to the bucket: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    'oss upload skipped; An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
  ])('still finds AWS S3 refusals: %s', (text) => {
    expect(s3CompatibleIn(text)).toBeNull()
    expect(kinds(text)).toEqual([['denial', 'AccessDenied']])
  })
})

describe('a custom endpoint configured or requested', () => {
  it('h9-017: DVC with its own endpointurl (treeverse/dvc#10256)', () => {
    expect(parseText(corpusText('heldout9.jsonl', 'h9-017'))).toEqual([])
  })

  it('treeverse/dvc#7238: an institutional S3-like endpoint in the DVC config', () => {
    const text = [
      '[core]',
      '    remote = storage',
      `['remote "storage"']`,
      '    url = s3://bucket-poc-juliendavid',
      '    endpointurl = https://s3.valeria.science',
      '$ dvc pull',
      'ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('treeverse/dvc#10905: `dvc remote modify … endpointurl URL` names the store too', () => {
    expect(
      s3CompatibleIn(
        'uv run dvc remote modify b2_remote endpointurl https://s3.us-west-001.backblazeb2.com'
      )
    ).not.toBeNull()
    expect(
      s3CompatibleIn('dvc remote modify storage endpointurl https://objects.example.org')
    ).toBe('a custom S3 endpoint')
  })

  it('an endpointurl at an AWS host is still AWS', () => {
    const text = [
      `['remote "storage"']`,
      '    url = s3://bucket',
      '    endpointurl = https://s3.eu-west-1.amazonaws.com',
      'ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden'
    ].join('\n')
    expect(kinds(text)).toEqual([['denial', '403']])
  })

  it('h9-028: the PHP SDK sending to a self-hosted store (lsky-org/lsky-pro#683)', () => {
    expect(s3CompatibleIn(corpusText('heldout9.jsonl', 'h9-028'))).toBe('a custom S3 endpoint')
    expect(parseText(corpusText('heldout9.jsonl', 'h9-028'))).toEqual([])
  })

  it('coollabsio/coolify#4806 shape at a bare host: not AWS', () => {
    const text =
      'Error executing "ListObjectsV2" on "http://192.168.1.20:9000/backups?list-type=2"; AWS HTTP error: Client error: `GET http://192.168.1.20:9000/backups?list-type=2` resulted in a `403 Forbidden` response:\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>'
    expect(parseText(text)).toEqual([])
  })

  it.each([
    // catalyst/moodle-tool_objectfs#557 and thaiphan/magento2-s3#91: the same shape at AWS
    ['real-b.jsonl', 'b093'],
    ['real-b.jsonl', 'b097']
  ])('the PHP SDK sending to AWS is still found (%s %s)', (file, id) => {
    expect(kinds(corpusText(file, id))).toEqual([['denial', 'AccessDenied']])
  })

  it('a host cut short by a window is not read as another store', () => {
    expect(
      s3CompatibleIn(
        'Error executing "PutObject" on "https://sitedata-moodle.s3.ap-southeast-2.amazonaw'
      )
    ).toBeNull()
  })
})

describe('an emulator printing whole IAM sentences', () => {
  it('h9-063: LocalStack refusing in its own account 000000000000 (localstack/localstack#11927)', () => {
    expect(emulatorAccount('LocalStack')).toBe('000000000000')
    expect(parseText(corpusText('heldout9.jsonl', 'h9-063'))).toEqual([])
  })

  it('a real account beside a LocalStack mention is still AWS (h9-064 after a LocalStack step)', () => {
    const text = [
      'Integration tests against localstack passed',
      corpusText('heldout9.jsonl', 'h9-064')
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.action, f.principal])).toEqual([
      [
        'denial',
        'lambda:InvokeFunction',
        'arn:aws:sts::012345678910:assumed-role/StepFunctionExecutionRoleForImageProcessing/ahHmwmWNKuHXeWtEOlzRZuOFiwpoCyKH'
      ]
    ])
  })

  it('account 000000000000 with no emulator named is still read', () => {
    const text =
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::000000000000:user/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k"'
    expect(parseText(text).map((f) => [f.kind, f.principal])).toEqual([
      ['denial', 'arn:aws:iam::000000000000:user/ci']
    ])
  })

  it('stores have no account of their own', () => {
    expect(emulatorAccount('MinIO')).toBeNull()
    expect(emulatorAccount(null)).toBeNull()
  })
})

// heldout10 (issue 10): a MinIO answer known by its elements' order; Wasabi's own IAM.
describe('a store its answer or its title names', () => {
  it.each([
    // minio/minio#9037 (h10-060): `mc cp --debug` against MinIO, the body cut in `<RequestId>`
    ['h10-060', corpusText('heldout10.jsonl', 'h10-060')],
    // minio/minio#12940: the body MinIO sent curl, alone
    [
      'minio/minio#12940',
      '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Key>avatar/2021/8/11/20210811_191457.jpg</Key><BucketName>user</BucketName><Resource>/user/avatar/2021/8/11/20210811_191457.jpg</Resource><Region>cn-north-1</Region><RequestId>169A87DB05883A7D</RequestId><HostId>635db145-ab13-48a7-8083-ec96e693cae1</HostId></Error>'
    ]
  ])('%s: MinIO orders its elements Key, BucketName, Resource', (_id, text) => {
    expect(s3CompatibleIn(text)).toBe('MinIO')
    expect(parseText(text)).toEqual([])
  })

  it.each([
    // own, in the shape of the S3 API Reference's error response: `<Resource>` after the message
    '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>/mybucket/myfoto.jpg</Resource><RequestId>4442587FB7D0A2F9</RequestId></Error>',
    // own: S3 names the bucket, then its request id
    '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><BucketName>b</BucketName><RequestId>4442587FB7D0A2F9</RequestId></Error>'
  ])('an S3 body with a resource or a bucket alone is still AWS: %s', (text) => {
    expect(s3CompatibleIn(text)).toBeNull()
    expect(kinds(text)).toEqual([['denial', 'AccessDenied']])
  })

  it('h10-132: Wasabi refusing in IAM words under a title naming it (rclone/rclone#4913)', () => {
    expect(parseText(corpusText('heldout10.jsonl', 'h10-132'))).toEqual([])
  })

  it("rclone/rclone#4913, a later attempt: every sentence under the name is Wasabi's", () => {
    const text = [
      '1.53.2+ fails to upload file to Wasabi S3 - works with 1.47.0',
      '',
      '2021/01/08 14:03:31 DEBUG : REDACTED.zip: Need to transfer - File not found at Destination',
      '2021/01/08 14:03:31 ERROR : REDACTED.zip: Failed to copy: AccessDenied: User: arn:aws:iam::100000025565:user/REDACTED-backups/REDACTED is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::REDACTED-backups',
      '\tstatus code: 403, request id: B612B2E836075112, host id: Qdwf50Rkv/sN/fegTSVNODcQGjCMMQWrbHVtnsQb0My38mWSMFMceL6kkIcd9EBH9mWbVioEUKGL'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('only Wasabi runs an IAM of its own among the stores', () => {
    expect(hasOwnIam('Wasabi')).toBe(true)
    expect(hasOwnIam('MinIO')).toBe(false)
    expect(hasOwnIam('LocalStack')).toBe(false)
    expect(hasOwnIam(null)).toBe(false)
  })

  it('the same sentence under a store without an IAM names an AWS principal: kept', () => {
    const text = [
      '1.53.2+ fails to upload file to Backblaze B2 - works with 1.47.0',
      '',
      '2021/01/08 14:03:16 ERROR : REDACTED.zip: Failed to copy: AccessDenied: User: arn:aws:iam::100000025565:user/REDACTED-backups/REDACTED is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::REDACTED-backups'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:CreateBucket'])
  })
})
