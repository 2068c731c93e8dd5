// S3-compatible services that are not AWS answer with S3's own error codes (`AccessDenied`,
// `403 Forbidden`): when the log names one, those answers are not AWS authorization failures.

export interface S3Compatible {
  name: string
  re: RegExp
}

export const S3_COMPATIBLE: S3Compatible[] = [
  // Hosts, and the names users call them by in the text around (`uploading to digitalocean`).
  // DigitalOcean names its product alone too (`creating new Spaces bucket policy: Forbidden`).
  {
    name: 'DigitalOcean Spaces',
    re: /\bdigitaloceanspaces\.com\b|\bdigital ?ocean\b|\bSpaces (?:bucket|key|access key|object)s?\b/i
  },
  { name: 'Wasabi', re: /\bwasabisys\.com\b/i },
  { name: 'Cloudflare R2', re: /\br2\.cloudflarestorage\.com\b|\bcloudflare[ -]?r2\b/i },
  { name: 'Storj', re: /\bstorjshare\.io\b|\bstorj\b/i },
  { name: 'Ceph', re: /\bradosgw\b|\bceph[ -]?(?:rgw|object gateway)\b/i },
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
  // Local AWS emulators answer with AWS's words; their refusals are the emulator's.
  { name: 'LocalStack', re: /\blocalstack\b/i },
  { name: 'MiniStack', re: /\bministack\b/i }
]

// Every record is asked, and almost none names another service: one pass over it with all the
// expressions as one alternation, instead of one pass per service (half the time on CI text).
const ANY_S3_COMPATIBLE = new RegExp(S3_COMPATIBLE.map((s) => `(?:${s.re.source})`).join('|'), 'i')

/** The S3-compatible service a text names, or null. */
export function s3CompatibleIn(text: string): string | null {
  if (!ANY_S3_COMPATIBLE.test(text)) return null
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
  'MiniStack'
]
