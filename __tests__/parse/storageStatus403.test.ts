// A bare HTTP 403 whose request went to S3 or ECR (WD790, issue 10 round 7): the status, and the
// target printed on its line or just above. Sources in the titles; `own` cases are ours.
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.service, f.code])
}

describe('a 403 answered by an S3 or ECR endpoint is an S3/ECR denial', () => {
  it.each<[string, string, string]>([
    [
      'Aptoide/aptoide-client-v8#1733 (Gradle, a Maven repository in an S3 bucket)',
      "Could not GET 'https://s3.amazonaws.com/moat-sdk-builds/com/appnext/sdk/adapters/mopub-ads/2.4.8.472/mopub-ads-2.4.8.472.pom'. Received status code 403 from server: Forbidden\nDisable Gradle 'offline mode' and sync project",
      's3'
    ],
    [
      'fg91/DeViSE-zero-shot-classification#5 (wget: the URL three lines above the status)',
      [
        '--2022-11-03 18:03:40-- https://s3-us-west-1.amazonaws.com/fasttext-vectors/wiki.en.zip',
        'Resolving s3-us-west-1.amazonaws.com (s3-us-west-1.amazonaws.com)... 52.219.116.192',
        'Connecting to s3-us-west-1.amazonaws.com (s3-us-west-1.amazonaws.com)|52.219.116.192|:443... connected.',
        'HTTP request sent, awaiting response... 403 Forbidden',
        '2022-11-03 18:03:41 ERROR 403: Forbidden.'
      ].join('\n'),
      's3'
    ],
    [
      'hashicorp/terraform-provider-helm#978 (helm logging in to a private ECR registry)',
      'could not login to OCI registry "myaccount.dkr.ecr.us-east-1.amazonaws.com": login attempt to https://myaccount.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 403 Forbidden',
      'ecr'
    ],
    [
      'own: a Rust client naming its S3 module, no URL (sccache-like trace)',
      'TRACE 2024-01-02T03:04:05Z: mycache::backend::s3: PUT failed with HTTP status: 403 Forbidden',
      's3'
    ],
    [
      'duckdb/duckdb-httpfs#95 (DuckDB: a scheme-less S3 Tables host, its status enum in parentheses)',
      "Request to 's3tables.us-east-1.amazonaws.com/iceberg/v1/config?warehouse=<arn>' returned a non-200 status code (Forbidden_403), with reason:",
      's3tables'
    ],
    [
      's3fs-fuse/s3fs-fuse#635 (s3fs in syslog: each trace line behind the logger prefix, S3 named by its header)',
      [
        'Sep  8 19:53:50 ip-172-31-13-98 s3fs[17213]: > Date: Fri, 08 Sep 2017 19:53:50 GMT',
        'Sep  8 19:53:50 ip-172-31-13-98 s3fs[17213]: > ',
        'Sep  8 19:53:50 ip-172-31-13-98 s3fs[17213]: < HTTP/1.1 403 Forbidden',
        'Sep  8 19:53:50 ip-172-31-13-98 s3fs[17213]: < x-amz-bucket-region: us-east-1'
      ].join('\n'),
      's3'
    ],
    [
      'own: a prefixed trace whose seconds tick between lines, Server last',
      [
        '12:00:59 app[9]: < HTTP/1.1 403 Forbidden',
        '12:01:00 app[9]: < x-amz-request-id: 1A2B',
        '12:01:00 app[9]: < Server: AmazonS3'
      ].join('\n'),
      's3'
    ],
    [
      'own: a virtual-hosted bucket URL with a masked bucket, status in parentheses',
      'PUT https://***.s3.eu-central-1.amazonaws.com/build/cache.tgz -> Forbidden (403)',
      's3'
    ]
  ])('%s', (_title, text, service) => {
    expect(fields(text)).toEqual([['denial', 'http-403-storage-target', service, null]])
  })
})

describe('look-alikes: the 403 answered something else', () => {
  it.each<[string, string]>([
    [
      'gradle/gradle#9319 (a Maven repository on the user’s own host, CloudFront in front of S3)',
      "            > Could not GET 'https://artifacts.my.tld/tld/my/accuryn-monitor-2.1-data/0.3.2/accuryn-monitor-2.1-data-0.3.2.module'. Received status code 403 from server: Forbidden"
    ],
    [
      'gradle/gradle-build-action#741 (a vendor’s repository)',
      "`Could not GET 'https://releases.groupdocs.cloud/java/repo/com/groupdocs/groupdocs-conversion-cloud/23.4/groupdocs-conversion-cloud-23.4.pom'. Received status code 403 from server: Forbidden`"
    ],
    [
      'medic/medic-os#9 (curl 403 with no target printed anywhere near)',
      "[4/57] Downloading source code for package 'bladox-tools'...\n\ncurl: (22) The requested URL returned error: 403 Forbidden\nFatal: Error occurred while downloading 'bladox-tools'"
    ],
    [
      'own: the S3 download succeeded; the 403 is the next request, to GitHub',
      [
        'Downloading https://s3.amazonaws.com/my-bucket/tool.tgz',
        '######################################################################## 100.0%',
        'Downloading https://api.github.com/repos/o/r/releases/latest',
        'curl: (22) The requested URL returned error: 403 Forbidden'
      ].join('\n')
    ],
    [
      'own: the S3 URL is further above than a client prints its request',
      [
        'Fetched https://s3.amazonaws.com/my-bucket/a.pom',
        'step 2',
        'step 3',
        'step 4',
        'step 5',
        'curl: (22) The requested URL returned error: 403 Forbidden'
      ].join('\n')
    ],
    [
      'own: an S3-compatible store (DigitalOcean Spaces) answering Gradle',
      "Could not GET 'https://s3.amazonaws.com/x/y.pom' via proxy nyc3.digitaloceanspaces.com. Received status code 403 from server: Forbidden"
    ],
    [
      'own: a prefixed trace answered by MinIO (its Server header)',
      [
        'Sep  8 19:53:50 host s3fs[1]: < HTTP/1.1 403 Forbidden',
        'Sep  8 19:53:50 host s3fs[1]: < x-amz-bucket-region: us-east-1',
        'Sep  8 19:53:50 host s3fs[1]: < Server: MinIO'
      ].join('\n')
    ],
    [
      'own: S3 headers below the status, but from another logger than the status line',
      [
        'Sep  8 19:53:50 host proxy[1]: < HTTP/1.1 403 Forbidden',
        'x-amz-bucket-region: us-east-1'
      ].join('\n')
    ],
    [
      'own: only a request id, which every S3-like API sends',
      ['< HTTP/1.1 403 Forbidden', '< x-amz-request-id: 1A2B', '< Content-Length: 0'].join('\n')
    ],
    [
      "own: DuckDB's status enum against a host that is not AWS",
      "Request to 'storage.example.com/iceberg/v1/config' returned a non-200 status code (Forbidden_403), with reason:"
    ],
    [
      'own: a host that only contains an AWS-looking label',
      "Could not GET 'https://s3.amazonaws.com.evil.example/x.pom'. Received status code 403 from server: Forbidden"
    ]
  ])('%s', (_title, text) => {
    expect(fields(text).filter((f) => f[1] === 'http-403-storage-target')).toEqual([])
    expect(parseText(text)).toEqual([])
  })

  it('the response body a client prints with the status is the finding, not the status', () => {
    // ddollar/forego#6: curl -v shows the status line, then S3's XML body.
    const text = [
      '< HTTP/1.1 403 Forbidden',
      '< x-amz-request-id: 6C6D5E496615CD05',
      '< Server: AmazonS3',
      '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>6C6D5E496615CD05</RequestId></Error>'
    ].join('\n')
    const found = fields('> Host: forego.s3.amazonaws.com\n' + text)
    expect(found.some((f) => f[1] === 'http-403-storage-target')).toBe(false)
  })
})
