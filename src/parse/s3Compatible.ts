// S3-compatible services that are not AWS answer with S3's own error codes (`AccessDenied`,
// `403 Forbidden`): when the log names one, those answers are not AWS authorization failures.

export interface S3Compatible {
  name: string
  re: RegExp
  /** The expression is matched with its case (every other one ignores case). */
  caseSensitive?: boolean
}

/**
 * Cloudflare R2 as users write it: `upload to R2`, `R2/S3 backend`, `R2_ACCESS_KEY`, `create r2
 * bucket`. Capital `R2` alone is a release name too: never after a year (`Windows Server 2012 R2`)
 * or inside a longer token (`R2D2`, `AR2`, `v1.R2`).
 */
const R2_NAMED = String.raw`(?<![\w.$]|\b(?:19|20)\d\d[\s-])R2(?:_[A-Z]|(?![\w.-]\w))|\br2[ _-]bucket`

export const S3_COMPATIBLE: S3Compatible[] = [
  // Hosts, and the names users call them by in the text around (`uploading to digitalocean`).
  // DigitalOcean names its product alone too (`creating new Spaces bucket policy: Forbidden`).
  {
    name: 'DigitalOcean Spaces',
    re: /\bdigitaloceanspaces\.com\b|\bdigital ?ocean\b|\bSpaces (?:bucket|key|access key|object)s?\b/i
  },
  { name: 'Wasabi', re: /\bwasabisys\.com\b/i },
  { name: 'Cloudflare R2', re: /\br2\.cloudflarestorage\.com\b|\bcloudflare[ -]?r2\b/i },
  { name: 'Cloudflare R2', re: new RegExp(R2_NAMED), caseSensitive: true },
  // Naver Cloud Object Storage (`kr.object.ncloudstorage.com`).
  { name: 'Naver Cloud Object Storage', re: /\bncloudstorage\.com\b|\bnaver ?cloud\b/i },
  { name: 'Wasabi', re: /\bwasabi\b/i },
  { name: 'Backblaze B2', re: /\bbackblaze\b/i },
  { name: 'Storj', re: /\bstorjshare\.io\b|\bstorj\b/i },
  { name: 'Ceph', re: /\bradosgw\b|\bceph[ -]?(?:rgw|object gateway)\b/i },
  // Ceph's gateway (behind IONOS, DigitalOcean Spaces, OpenShift Data Foundation) numbers each
  // request `tx`, 21 hex digits, its hex time, its instance and its zone
  // (`tx0000000000000030889ce-00604bbb8a-9db4ea4-fra1b`), even where nothing else names it. AWS's
  // request ids are 16 upper-case hex characters or a UUID.
  { name: 'Ceph', re: /\btx[0-9a-f]{21}-[0-9a-f]{8,10}-[0-9a-f]+-[\w-]+/i },
  { name: 'Backblaze B2', re: /\bbackblazeb2\.com\b/i },
  { name: 'Linode Object Storage', re: /\blinodeobjects\.com\b/i },
  { name: 'Scaleway Object Storage', re: /\bs3\.[\w-]+\.scw\.cloud\b/i },
  { name: 'Google Cloud Storage', re: /\bstorage\.googleapis\.com\b/i },
  {
    name: 'Alibaba Cloud OSS',
    re: /\boss-[\w-]+\.aliyuncs\.com\b|\baliyun\b|阿里云|You have no right to access this object/i
  },
  { name: 'Oracle Object Storage', re: /\bcompat\.objectstorage\.[\w-]+\.oraclecloud\.com\b/i },
  { name: 'IDrive e2', re: /\bidrivee2-\d+\.com\b/i },
  // MinIO's error bodies carry its fixed host id `3L137` even where nothing else names it.
  { name: 'MinIO', re: /\bminio\b|<HostId>\s*3L137\s*<\/HostId>/i },
  // Amazon Marketplace Web Service (the seller API, not an AWS service) signs its requests as AWS
  // does and answers a bad signature in AWS's words; its keys are no IAM identity. Its host, its
  // name, its response headers (`x-mws-…`) and the Scratchpad sellers test their keys in.
  {
    name: 'Amazon MWS',
    re: /\bmws(?:-[a-z]{2})?\.amazonservices\.[a-z.]{2,8}\b|\bAmazon ?MWS\b|\bMarketplace Web Service\b|\bMWS ?(?:API|Scratchpad|client)\b|\bAmazon ?Mws\w{0,12}(?:Error|Exception|Client)\b|\bx-mws-[a-z-]{2,20}\b|\bAmazon Scratchpad\b/i
  },
  // Local AWS emulators answer with AWS's words; their refusals are the emulator's.
  { name: 'LocalStack', re: /\blocalstack\b/i },
  { name: 'MiniStack', re: /\bministack\b/i },
  // A client configured with an endpoint of its own (`endpoint_url='http://localhost:4566'`,
  // `AWS_ENDPOINT_URL=https://…`): AWS needs none, unless it is one of AWS's own hosts.
  {
    name: 'a custom S3 endpoint',
    re: /(?<![a-z])endpoint[_-]?url["']?\s*[=:]\s*["']?https?:\/\/(?![^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))/i
  }
]

// Every record is asked, and almost none names another service: one pass over it with all the
// expressions as one alternation, instead of one pass per service (half the time on CI text).
// Names whose case tells them from ordinary words (`R2`) are one more pass, of their own.
function anyOf(cased: boolean): RegExp {
  const res = S3_COMPATIBLE.filter((s) => Boolean(s.caseSensitive) === cased)
  return new RegExp(res.map((s) => `(?:${s.re.source})`).join('|'), cased ? '' : 'i')
}
const ANY_S3_COMPATIBLE = [anyOf(false), anyOf(true)]

/** The S3-compatible service a text names, or null. */
export function s3CompatibleIn(text: string): string | null {
  if (!ANY_S3_COMPATIBLE.some((re) => re.test(text))) return null
  for (const s of S3_COMPATIBLE) if (s.re.test(text)) return s.name
  return null
}

/** Fixed strings whose presence in a line makes the scanner look for a service name near them. */
export const S3_COMPATIBLE_HOSTS = [
  'digitaloceanspaces.com',
  'wasabisys.com',
  'r2.cloudflarestorage.com',
  'backblazeb2.com',
  'linodeobjects.com',
  'storage.googleapis.com',
  'storjshare.io',
  'digitalocean',
  'DigitalOcean',
  // MinIO as users and its own tools name it: a server, a host, an image.
  ' Minio',
  ' MinIO',
  ' minio',
  '.minio.',
  '>3L137<',
  'minio/',
  'localstack',
  'LocalStack',
  'ministack',
  'MiniStack',
  // Amazon MWS: its host, its name, its headers, its Scratchpad.
  'amazonservices.',
  ' MWS',
  'mazonMws',
  'x-mws-',
  'Scratchpad',
  // Names the text around spells out (`Cloudflare R2`, `R2_ACCESS_KEY`), Naver's host, endpoints.
  'loudflare',
  'R2_ACCESS',
  'ncloudstorage',
  'Wasabi',
  'wasabi',
  'ackblaze',
  'ndpoint_url',
  'NDPOINT_URL'
]
