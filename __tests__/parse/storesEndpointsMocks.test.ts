// heldout12's look-alikes from stores, endpoints and mocks that are not AWS (issue 10): each class
// with a second real excerpt, and beside it the AWS refusal of the same shape that must still be
// found.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { s3CompatibleIn } from '../../src/parse/s3Compatible.js'

const kinds = (text: string) => parseText(text).map((f) => [f.kind, f.code])
const h12 = (id: string) => corpusText('heldout12.jsonl', id)

describe('S3-compatible stores the text names', () => {
  it.each([
    ['h12-146 (rclone, Linode Object Storage)', h12('h12-146')],
    ['h12-147 (CloudKilat deployment notes)', h12('h12-147')],
    ['h12-106 (rclone to an `aruba:` remote)', h12('h12-106')],
    ['h12-097 (WAL-G, title "non-amazon S3", Swift request ids)', h12('h12-097')],
    // linode/linode-cli#451
    [
      'linode-cli#451 (its own client)',
      '### Command\n\nlinode-cli obj get mesh-state-tf /qa/MDPL042611/mesh_vault/terraform.tfstate FooFile\n\n### Output\n\nError: An error occurred (403) when calling the HeadObject operation: Forbidden'
    ],
    // moby/buildkit#5804: OpenStack Swift's S3 layer, nothing but its request id names it
    [
      'buildkit#5804 (Swift request id)',
      '#4 ERROR: error writing manifest: REDACTED: operation error S3: PutObject, https response error StatusCode: 403, RequestID: txb2669c58fce04c8893d80-0067c5dc0c, HostID: txb2669c58fce04c8893d80-0067c5dc0c, api error SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    ]
  ])('%s gives no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('names each store', () => {
    // railwayapp-templates/postgres-s3-backups#2
    expect(
      s3CompatibleIn(
        'I am running this app in production and backing up my data to Linode Object Storage. Any attempt to open or download the backup file results in an error `Error retrieving object ACL: SignatureDoesNotMatch`'
      )
    ).toBe('Linode Object Storage')
    expect(
      s3CompatibleIn('Root Cause: rclone config incompatible with Linode Object Storage')
    ).toBe('Linode Object Storage')
    expect(s3CompatibleIn('1. Re-check bucket name di CloudKilat (typo?)')).toBe('CloudKilat')
    expect(s3CompatibleIn('CLOUDKILAT_S3_ENDPOINT=https://s3-id-jkt-1.kilatstorage.id')).toBe(
      'CloudKilat'
    )
    expect(s3CompatibleIn('# Backup to non-amazon S3 Store not working')).toBe('a non-AWS S3 store')
    expect(s3CompatibleIn('request id: tx39da02f033524b81a17a6-005de10769')).toBe('OpenStack Swift')
  })

  it('leaves look-alike words alone', () => {
    // A file system's inodes, a non-AWS resource that is no store, AWS's own request ids.
    expect(s3CompatibleIn('No space left on device (inode limit reached)')).toBeNull()
    expect(s3CompatibleIn('Terraform will not manage non-AWS resources here')).toBeNull()
    expect(s3CompatibleIn('request id: 6TX3RZ1WQ8K2M4PA, host id: txabc')).toBeNull()
  })

  it('still finds the AWS refusals of the same shapes', () => {
    // h12-097's WAL-G line under a title naming Amazon S3, with AWS's request id.
    expect(
      kinds(
        "# Backup to Amazon S3 not working\n\nERROR: 2019/11/29 11:56:25.804218 failed to upload 'basebackups_005/part_001.tar.lz4' to bucket 'test': SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.\n\tstatus code: 403, request id: 6TX3RZ1WQ8K2M4PA, host id: 5XHbQXDzKzJvZ1ZbUgu0bm0xS8K4gEfCnqYLHSsLXQfVTXyDwCiLydnEtBXrbV1Z"
      )
    ).toEqual([['credentials', 'SignatureDoesNotMatch']])
    // h12-106's rclone body sent to a remote whose name says nothing of another store.
    expect(
      kinds(
        'Command failed: rclone copy /srv/l_ac/dbs/ backup:s3-backup/l_ac\n2019/12/30 07:02:45 ERROR : 201912300700.7z: Failed to copy: s3 upload: 403 Forbidden: <?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n<BucketName>s3-backup</BucketName>\n</Error>'
      )
    ).toEqual([['denial', 'AccessDenied']])
    // An IAM sentence naming an AWS principal stays AWS's beside a store's name.
    expect(
      parseText(
        'Moving the backups from Linode to S3:\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::210987654321:user/backup is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::backups/db.tar"'
      ).map((f) => f.action)
    ).toEqual(['s3:PutObject'])
  })
})

describe('an endpoint that is not AWS', () => {
  it('h12-098: barman-cloud handed `--endpoint-url https://192.168.25.55:6443`', () => {
    expect(parseText(h12('h12-098'))).toEqual([])
  })

  it('reads endpoint settings at private or loopback hosts', () => {
    // moby/buildkit#5804: the registry's S3 driver aimed at a local Swift.
    expect(s3CompatibleIn('            "regionEndpoint": "http://127.0.0.1:8090",')).toBe(
      'a private S3 endpoint'
    )
    expect(s3CompatibleIn('S3_ENDPOINT=10.0.3.12:9000')).toBe('a private S3 endpoint')
    expect(s3CompatibleIn("s3_endpoint = 'https://objects.example.org'")).toBe(
      'a custom S3 endpoint'
    )
    expect(s3CompatibleIn('AWS_ENDPOINT_URL_S3=http://storage.internal:9000')).toBe(
      'a custom S3 endpoint'
    )
  })

  it('leaves AWS hosts, the metadata service and command lines alone', () => {
    expect(s3CompatibleIn('"options":["--endpoint-url","https://s3.amazonaws.com"')).toBeNull()
    expect(s3CompatibleIn('endpoint_url = "https://s3.eu-west-1.api.aws"')).toBeNull()
    expect(s3CompatibleIn('metadata endpoint: http://169.254.169.254/latest/api/token')).toBeNull()
    expect(s3CompatibleIn('endpoint: 172.32.0.10')).toBeNull()
    // The CLI's flag is one command's (parse/foreignTargets).
    expect(s3CompatibleIn('aws s3 ls --endpoint-url http://localhost:4566')).toBeNull()
  })

  it('still finds the refusal when the argument list names an AWS endpoint', () => {
    // h12-098's first line, then the argument list of github-file:find_string#12201712775.
    const text = [
      h12('h12-098').split('\n')[0],
      '{"level":"error","ts":"2024-10-01T23:21:58-04:00","msg":"Error invoking barman-cloud-check-wal-archive","logging_pod":"postgres16-1-full-recovery","currentPrimary":"","targetPrimary":"postgres16-1","options":["--endpoint-url","https://s3.amazonaws.com","--cloud-provider","aws-s3","s3://s3-cnpg/","postgres16-v1"],'
    ].join('\n')
    expect(kinds(text)).toEqual([['denial', '403']])
  })
})

describe('emulators and mocks', () => {
  it('h12-109: a client aimed at LocalStack through `LOCALSTACK_HOST`', () => {
    expect(parseText(h12('h12-109'))).toEqual([])
  })

  it('localstack/localstack#6912: the SDK v3 client given `LOCALSTACK_ENDPOINT`', () => {
    const text =
      'When I use the AWS SDK v3 client:\n```js\nconst client = new DynamoDBClient({ region: LOCALSTACK_REGION, endpoint: LOCALSTACK_ENDPOINT });\n\nawait client.send(command);\n```\n=> I have the following exception: `CredentialsProviderError: Could not load credentials from any providers`'
    expect(parseText(text)).toEqual([])
  })

  it('h12-116: moto named as what the test ran against, under pytest', () => {
    expect(parseText(h12('h12-116'))).toEqual([])
  })

  it('an install, an import or AWS answering keeps the refusal AWS’s', () => {
    // h12-117 (getmoto/moto#1033): the call escaped the mock; S3 answered with its own ids.
    expect(kinds(h12('h12-117'))).toEqual([['credentials', 'InvalidAccessKeyId']])
    // getmoto/moto#1796: moto named, but the client found no credentials, which moto supplies.
    expect(
      s3CompatibleIn(
        'I am using a Boto3 in a project of mine, I was trying to do my testing using moto but then while trying to do the basic test presented in the documentation  I am having the following error:\n`E           botocore.exceptions.NoCredentialsError: Unable to locate credentials`.\nIt seems like moto is not mocking anything'
      )
    ).toBeNull()
    expect(
      kinds(
        'Successfully installed boto3-1.34.0 moto-5.0.11\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      )
    ).toEqual([['denial', 'AccessDenied']])
    expect(
      kinds(
        'from moto import mock_s3\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      )
    ).toEqual([['denial', 'AccessDenied']])
    // Named, but S3's own request id says AWS answered.
    expect(
      kinds(
        'the test ran without moto\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>B04B70FEBB10B9B7</RequestId><HostId>ZlQqWyrZYShVsOBxo6BRZQZIlWB2SiiD7H8q7mQVwHVoW72WJIKjBEOeRarHAolQNynCKOaJCwg=</HostId></Error>'
      )
    ).toEqual([['denial', 'AccessDenied']])
  })

  it('a text whose first line names moto does not make the run below moto’s', () => {
    const text = [
      'the unit tests use moto',
      ...Array.from({ length: 30 }, (_, i) => `step ${i}: deploying`),
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(kinds(text)).toEqual([['denial', 'AccessDenied']])
  })

  it('a moto mention far above a real refusal does not reach it', () => {
    const text = [
      'Run pytest tests/',
      'the unit tests use moto',
      ...Array.from({ length: 30 }, (_, i) => `step ${i}: deploying`),
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(kinds(text)).toEqual([['denial', 'AccessDenied']])
  })
})
