// S3 buckets that are someone else's by their name or by where the log says the link came from:
// AWS's own Quick Start and sample buckets, the public datasets of the Registry of Open Data on
// AWS, a sample author's bucket behind a README's "Launch Stack" button. No policy of the caller's
// account can open another account's object, so an identity Allow is not the fix (heldout13
// review: h13-017, h13-045, h13-046). One row per kind; bounded quantifiers: untrusted text.

export type ForeignBucketKind =
  | 'requester-pays'
  | 'aws-owned'
  | 'open-data'
  | 'published-sample'
  | 'said-public'
  | 'platform-storage'

export interface ForeignBucket {
  kind: ForeignBucketKind
  /** The bucket's name says whose it is; absent for a kind the words around must say. */
  name?: RegExp
  /** Whose bucket it is, in words. */
  owner: string
  /** What to check first, after "the bucket is not yours". */
  check: string
}

/** `us-east-1`, `eu-west-2`, `us-gov-west-1`: a Region as buckets' names end with. */
const REGION = String.raw`(?:[a-z]{2}(?:-gov)?-[a-z]{4,9}-\d)`

export const FOREIGN_BUCKETS: readonly ForeignBucket[] = [
  {
    kind: 'requester-pays',
    // Datasets whose owners make the reader pay: arXiv's bulk PDFs and sources (aws/aws-cli#2557,
    // heldout30 review h30-003), NAIP imagery, the Sentinel-1/2 archives, USGS Landsat. Before
    // the open-data row, which names some of the same providers.
    name: /^(?:arxiv|naip-(?:analytic|source|visualization)|sentinel-s1-l1c|sentinel-s2-l1c|sentinel-s2-l2a|usgs-landsat)$/,
    owner:
      'a requester-pays dataset (its owner makes every reader pay for the requests and the transfer)',
    check:
      "that every request says the requester pays: `--request-payer requester` on `aws s3 ls`, `cp` and `sync` (`aws s3api … --request-payer requester`), `RequestPayer='requester'` in the SDKs, the `x-amz-request-payer: requester` header. " +
      'S3 answers 403 to any request without it, listing included, and an unsigned (`--no-sign-request`) request never works there. ' +
      'With the flag, the signing identity needs `s3:GetObject` (and `s3:ListBucket` to list) in its own policy, and its account is billed for what it downloads'
  },
  {
    kind: 'open-data',
    // https://registry.opendata.aws: NOAA, NASA, the Met Office (aws-earth-mo-*, met-office-*),
    // Copernicus Sentinel, Landsat, ERA5, NREL, Common Crawl, 1000 Genomes, GDELT, OpenAQ.
    name: /^(?:noaa-[a-z0-9.-]{2,60}|nasa-[a-z0-9.-]{2,60}|aws-earth-[a-z0-9.-]{2,60}|met-office-[a-z0-9.-]{2,60}|sentinel-[a-z0-9.-]{2,60}|landsat-pds|usgs-landsat|copernicus-[a-z0-9.-]{2,60}|era5-pds|nrel-pds-[a-z0-9.-]{2,60}|commoncrawl|1000genomes|gdelt-open-data|openaq-[a-z0-9.-]{2,60})$/,
    owner: 'a public dataset of the Registry of Open Data on AWS, kept in its provider’s account',
    check:
      'the key first: datasets rotate, move and delete their files, and S3 answers 403 (Forbidden for HeadObject), not 404, for a key that does not exist when the caller may not list the bucket. ' +
      'Read it without credentials (`aws s3 cp --no-sign-request`, an unsigned or anonymous client in SDKs), or with `--request-payer requester` for a requester-pays dataset; the dataset’s registry page says which. ' +
      '`aws s3 ls --no-sign-request s3://BUCKET/PREFIX/` shows what is there now'
  },
  {
    kind: 'platform-storage',
    // GitHub's own buckets behind release assets (`Error uploading to
    // https://github-production-release-asset-2e65be.s3.amazonaws.com: 403`, marvinpinto/actions#50;
    // session 52 review h155-028): GitHub signs the URL it hands the uploader, no AWS identity of
    // the user's is involved.
    name: /^github-(?:production-release-asset|production-repository-file|cloud)[a-z0-9-]{0,40}$/,
    owner: "GitHub's (it stores release assets and attachments there, behind URLs it signs itself)",
    check:
      'the GitHub side: a retry (GitHub signs each upload URL for a short time, and a slow or repeated upload outlives it), GitHub’s status page, and the token the step uses (`contents: write` for release assets). No AWS policy of yours is involved'
  },
  {
    kind: 'aws-owned',
    // AWS Quick Starts (aws-quickstart, its Regional copies, the retired quickstart-reference) and
    // AWS's sample and blog buckets (the Redshift Spectrum blog's datasets, aws-samples/
    // aws-redshift-spectrum-poc#1; heldout161 review h164-035).
    name: new RegExp(
      String.raw`^(?:aws-quickstart(?:-${REGION})?|quickstart-reference|aws-bigdata-blog|aws-ml-blog|redshift-spectrum-bigdata-blog-datasets|redshift-downloads|sagemaker-sample-(?:files|data-${REGION}))$`
    ),
    owner: 'AWS’s own (Quick Start and sample assets)',
    check:
      'that the key still exists there: AWS moves and retires these assets (the Quick Starts moved from quickstart-reference to aws-quickstart, with new key prefixes), and S3 answers 403, not 404, for a key that does not exist when the caller may not list the bucket. ' +
      'Use the path the current template or README gives, or copy the files into a bucket of your own'
  },
  {
    // The writer says it is a public bucket of someone else's (`I tried to list the contents of the
    // public S3 bucket`, a dataset's discussion page, heldout22 review h22-035).
    kind: 'said-public',
    owner: 'a public bucket of another account (the text says so)',
    check:
      "what its owner made public: listing it (ListObjectsV2, `aws s3 ls`) needs `s3:ListBucket` granted to everyone in the owner's bucket policy, which a public dataset often leaves out while its objects stay readable by key. " +
      'Read it without credentials (`aws s3 ls --no-sign-request s3://BUCKET/`, an unsigned client), or ask the owner for the list of keys or to allow listing'
  },
  {
    kind: 'published-sample',
    owner: 'the sample author’s (the log says it comes from a "Launch Stack" link)',
    check:
      'that the object is still there and public: the author may have moved or removed it, or keeps a copy per Region (a bucket name ending in a Region serves only that Region: Lambda reads its code from a bucket in the function’s own Region), so launch the stack in that Region. ' +
      'Otherwise copy the artifact into a bucket of your own in your Region and point the template at it, or ask the author'
  }
]

export const foreignBucketKind = (kind: string): ForeignBucket | undefined =>
  FOREIGN_BUCKETS.find((b) => b.kind === kind)

/** The row whose name matches the bucket, if any. */
export const foreignBucketNamed = (bucket: string): ForeignBucket | undefined =>
  FOREIGN_BUCKETS.find((b) => b.name?.test(bucket.toLowerCase()))

/** The kind a `foreign-bucket` signal's value (`KIND:BUCKET`) names, if any. */
export const foreignKindOf = (signal: string | undefined): string | undefined =>
  signal?.split(':', 1)[0]
