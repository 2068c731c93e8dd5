// A public bucket read without credentials (heldout6 review: h6-065): --no-sign-request.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'public-bucket-no-sign-request'

// pollardlab/MIDAS#59: the author's download of a public reference database, before the flag.
const MIDAS_59 = `Here's the minimum-viable patch to iggtools that allows me to download with \`aws s3 cp --only-show-errors --no-sign-request s3://microbiome-igg/<SOME-FILE-PATH>\`.

When the new flag is excluded I get download failures like the following:

\`\`\`
1629844368.0:  'aws s3 cp --only-show-errors s3://microbiome-igg/2.0/pangenomes/100022/centroids.ffn.lz4 - | lz4 -dc > ref/IGGdb2.0/pangenomes/100022/centroi
ds.ffn'
download failed: s3://microbiome-igg/2.0/pangenomes/100022/centroids.ffn.lz4 to - Unable to locate credentials
\`\`\``

describe(TRAP, () => {
  it('the log shows the bucket is public: --no-sign-request leads (review h6-065, nch-cloud/snvstory#4)', () => {
    const { f, notes } = analysedOne(reviewed('h6-065'))
    expect(f.traps).toContain(TRAP)
    expect(
      f.explanation.startsWith(
        'The command reads s3://igm-public-dropbox, which the log shows as public'
      )
    ).toBe(true)
    expect(f.explanation).toContain('`--no-sign-request`')
    // No GitHub Action advice on a workstation.
    expect(f.explanation).not.toContain('configure-aws-credentials')
    expect(notes).not.toContain('configure-aws-credentials')
  })

  it('a read the log does not call public: --no-sign-request only if it is (pollardlab/MIDAS#59)', () => {
    const { f } = analysedOne(MIDAS_59)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The command reads s3:\/\/microbiome-igg \(/)
    expect(f.explanation).toContain('If the bucket is public')
    expect(f.explanation).toContain('Otherwise the machine needs credentials')
  })

  it('not for an upload, nor for a run that is not the AWS CLI reading a bucket (own cases)', () => {
    const up = analysedOne(
      'aws s3 cp ./site s3://acme-public-site/ --recursive\nupload failed: ./site/index.html to s3://acme-public-site/index.html Unable to locate credentials'
    )
    expect(up.f.traps).not.toContain(TRAP)
    const other = analysedOne('terraform plan\nError: Unable to locate credentials')
    expect(other.f.traps).not.toContain(TRAP)
  })
})

// awslabs/open-data-registry#1913: an open-data bucket whose policy was broken, listed unsigned.
const OPEN_DATA_1913 = `$ aws s3 ls --no-sign-request s3://smithsonian-open-access/

An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied`

// near-lake-indexer#59: the same refusal from a signed (profile) request: the caller's own.
const NEAR_LAKE_59 = `AWS_PROFILE=prod aws s3 ls --region eu-central-1 s3://near-lake-data-testnet

An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied`

describe('unsigned-request-refused', () => {
  const UNSIGNED = 'unsigned-request-refused'

  it('an unsigned sync refused: anonymous, the bucket owner decides, no identity draft (review h8-079)', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout8.jsonl', 'h8-079'))
    expect(f.traps).toContain(UNSIGNED)
    expect(f.traps).not.toContain(TRAP)
    expect(f.fixTarget.principalType).toBe('anonymous')
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.explanation).toMatch(
      /^The request was sent unsigned \(`--no-sign-request` on the aws command\)[^]*anonymous access to s3:\/\/cryoet-data-portal-staging was refused by the bucket owner/
    )
    expect(f.explanation).not.toContain('simulate-principal-policy')
    expect(statements).toEqual([])
    expect(notes).toContain('The request was not signed (anonymous)')
    expect(notes).not.toContain('<CALLER_NAME>')
  })

  it('the same shape elsewhere, option before the URL (awslabs/open-data-registry#1913)', () => {
    const { f, statements } = analysedOne(OPEN_DATA_1913)
    expect(f.traps).toContain(UNSIGNED)
    expect(f.explanation).toContain('s3://smithsonian-open-access')
    expect(statements).toEqual([])
  })

  it('a signed request keeps its identity statement (near/near-lake-indexer#59)', () => {
    const { f, statements } = analysedOne(NEAR_LAKE_59)
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.fixTarget.principalType).not.toBe('anonymous')
    expect(statements.map((s) => s.Action)).toContainEqual('s3:ListBucket')
  })

  it('the option only in prose, not on a command, does not make the caller anonymous (own case)', () => {
    const { f } = analysedOne(
      'I no longer pass --no-sign-request since the bucket is private now.\naws s3 ls s3://acme-private-data\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.fixTarget.principalType).not.toBe('anonymous')
  })

  it('boto3 with signature_version=UNSIGNED is unsigned too (own case)', () => {
    const { f, statements } = analysedOne(
      "s3 = boto3.client('s3', config=Config(signature_version=UNSIGNED))\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"
    )
    expect(f.traps).toContain(UNSIGNED)
    expect(statements).toEqual([])
  })
})
