// WD926: an S3 refusal on someone else's bucket. heldout13 review: h13-017 (AWS's Quick Start
// bucket), h13-045 (a README's "Launch Stack" sample reading its Lambda code from the author's
// Regional bucket), h13-046 (the Met Office's open dataset) were told to add an identity Allow, or
// not told the key may be gone. The key and the owner's side lead; no statement is drafted.
import { analysedOne } from './analysed.js'
import { foreignBucketIn } from '../../../src/infer/foreignBucket.js'
import { corpusText } from '../../support/corpusRecords.js'
import { anotherPartyBucket } from '../../../src/diagnose/traps/anotherPartyBucket.js'
import { lambdaCodeSourceBucket } from '../../../src/diagnose/traps/lambdaCodeSourceBucket.js'
import { emptyDenial } from '../../../src/model/Denial.js'
import type { Inferred } from '../../../src/model/Inferred.js'

// ARM-DOE/pyart#1352, as printed (a NEXRAD file of NOAA's open dataset read through s3fs)
const PYART_1352 = `ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden

The above exception was the direct cause of the following exception:

PermissionError                           Traceback (most recent call last)
Input In [15], in <cell line: 85>()
     81 scans = conn.get_avail_scans_in_range(start_dt,end_dt,nexrad_site)
     83 scan = str(scans[int(np.floor(round(len(scans)-1)/2))]).split('- ')[1][0:-1]
---> 85 radar = pyart.io.read_nexrad_archive("s3://noaa-nexrad-level2/"+str(scan))`

// aws-quickstart/quickstart-confluent-kafka#98, as printed: cfn-init fetching a script from the
// Quick Starts' retired bucket.
const KAFKA_98 = `" Error encountered during build of config: Failed to retrieve https://quickstart-reference.s3.amazonaws.com/confluent/kafka/latest/scripts/compute-heap-opts: HTTP Error 403 : <?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>201FD21F7F4F040C</RequestId><HostId>hOQrqnRvMBTsrkvpuL+3efo3uGhHGAIZZQssEvJyA9+BDDv9dOLu8qCngEhs0E1sle3nQ2gBOjY=</HostId></Error>
Traceback (most recent call last):"

The command is "cfn-init -v       --stack kafka-test-BrokerStack-O9RYXITMAE8N         --resource NodeLaunchConfig          --region us-east-1"`

describe('another-party-bucket', () => {
  it.each([
    ['h13-017', 'aws-quickstart', /is AWS’s own \(Quick Start and sample assets\)/],
    ['h13-045', 'ianmckay-eu-west-2', /is the sample author’s/],
    ['h13-046', 'aws-earth-mo-atmospheric-mogreps-uk-prd', /Registry of Open Data on AWS/]
  ])('%s: the bucket is not yours, no statement', (id, bucket, owner) => {
    const { f, statements, notes } = analysedOne(corpusText('heldout13.jsonl', id))
    expect(f.traps).toContain('another-party-bucket')
    expect(f.explanation.startsWith(`The bucket \`${bucket}\``)).toBe(true)
    expect(f.explanation).toMatch(owner)
    expect(statements).toEqual([])
    expect(notes).toMatch(/No statement is proposed: `[\w.-]+` is someone else's/)
  })

  it('h13-046: the missing key and --no-sign-request first, HeadObject read as s3:GetObject', () => {
    const { f } = analysedOne(corpusText('heldout13.jsonl', 'h13-046'))
    expect(f.explanation).toMatch(
      /403 \(Forbidden for HeadObject\), not 404, for a key that does not exist/
    )
    expect(f.explanation).toMatch(/--no-sign-request/)
    expect(f.explanation).toMatch(/authorized as `s3:GetObject`/)
  })

  it("ARM-DOE/pyart#1352: NOAA's NEXRAD bucket named below the refusal", () => {
    const { f, statements } = analysedOne(PYART_1352)
    expect(f.traps).toContain('another-party-bucket')
    expect(f.explanation).toMatch(/^The bucket `noaa-nexrad-level2` is a public dataset/)
    expect(statements).toEqual([])
  })

  it("aws-quickstart/quickstart-confluent-kafka#98: the Quick Starts' retired bucket", () => {
    const { f, statements } = analysedOne(KAFKA_98)
    expect(f.traps).toContain('another-party-bucket')
    expect(f.explanation).toMatch(/^The bucket `quickstart-reference` is AWS’s own/)
    expect(f.explanation).toMatch(/moved from quickstart-reference to aws-quickstart/)
    expect(statements).toEqual([])
  })

  it.each([
    // counter-cases: look-alike names of one's own, an own bucket with no README or Launch Stack
    // words, README words beside one's own bucket, an explicit deny.
    [
      'a bucket of your own whose name holds noaa',
      'aws s3 cp s3://acme-noaa-mirror/data.nc .\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
    ],
    [
      'a bucket of your own starting with aws-quickstart',
      'aws s3 cp s3://aws-quickstart-acme-templates/main.yaml .\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
    ],
    [
      'your own Regional code bucket, no README',
      'Your access has been denied by S3, please make sure your request credentials have permission to GetObject for acme-lambdas-eu-west-2/app.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied'
    ],
    [
      'README words beside your own bucket',
      'Following the README I ran\naws s3 cp s3://acme-build/app.zip .\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
    ]
  ])('not for %s', (_, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain('another-party-bucket')
  })

  it("h8-082: not for a sync's GetObjectTagging on AWS's bucket (not a missing key)", () => {
    const { f } = analysedOne(corpusText('heldout8.jsonl', 'h8-082'))
    expect(f.traps).not.toContain('another-party-bucket')
  })

  it('not for an explicit deny on an open dataset', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::noaa-goes16/ABI-L1b-RadF/x.nc" with an explicit deny in an identity-based policy'
    )
    expect(f.traps).not.toContain('another-party-bucket')
  })

  it('reads the bucket from PowerShell, URL and ARN forms, and only whole names', () => {
    expect(foreignBucketIn('Read-S3Object -BucketName "aws-quickstart" -Key x', null)?.value).toBe(
      'aws-owned:aws-quickstart'
    )
    expect(
      foreignBucketIn('GET https://quickstart-reference.s3.amazonaws.com/confluent/x', null)?.value
    ).toBe('aws-owned:quickstart-reference')
    expect(foreignBucketIn('', 'arn:aws:s3:::sentinel-cogs/tiles/x.tif')?.value).toBe(
      'open-data:sentinel-cogs'
    )
    expect(foreignBucketIn('s3://noaa-goes16-backup-of-acme-x', null)?.value).toBe(
      'open-data:noaa-goes16-backup-of-acme-x'
    )
    expect(foreignBucketIn('s3://my-landsat-pds/x', null)).toBeNull()
  })
})

describe('another-party-bucket beside lambda-code-source-bucket', () => {
  // Both say the bucket is not yours; the function's code zip is the more specific: one lead.
  const d = {
    ...emptyDenial('denial', 's3-bare'),
    code: 'AccessDenied',
    service: 's3'
  }
  const signals = {
    'foreign-bucket': {
      value: 'published-sample:ianmckay-releases-eu-west-2',
      from: 'Launch Stack'
    }
  }
  const input = (codeSource: boolean) => ({
    d,
    principal: null,
    crossAccount: null,
    inferred: {
      signals,
      ...(codeSource
        ? { codeSource: { value: 'ianmckay-releases-eu-west-2/app.zip', from: 'Lambda' } }
        : {})
    } as unknown as Inferred
  })

  it('yields to the code-source trap, which applies alone', () => {
    expect(anotherPartyBucket.applies(input(false))).toBe(true)
    expect(anotherPartyBucket.applies(input(true))).toBe(false)
    expect(lambdaCodeSourceBucket.applies(input(true))).toBe(true)
  })
})
