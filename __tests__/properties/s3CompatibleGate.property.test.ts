// Property: the one-pass gate over all S3-compatible services' expressions (src/parse/
// s3Compatible.ts) answers what asking each service's expression in turn answers, on text made
// of the services' own names and hosts, near misses and noise, in any letter case.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import {
  S3_COMPATIBLE,
  S3_COMPATIBLE_HOSTS,
  mayNameS3Compatible,
  namesS3CompatibleAcrossLines,
  s3CompatibleIn
} from '../../src/parse/s3Compatible.js'

/** The reference: every service's expression in turn, as the code read before the gate. */
function eachInTurn(text: string): string | null {
  for (const s of S3_COMPATIBLE) if (s.re.test(text)) return s.name
  return null
}

const PIECES = [
  ...S3_COMPATIBLE_HOSTS,
  'digital ocean',
  'Spaces bucket',
  'cloudflare-r2',
  'storj',
  'radosgw',
  'ceph object gateway',
  's3.fr-par.scw.cloud',
  'oss-cn-hangzhou.aliyuncs.com',
  '阿里云',
  'You have no right to access this object',
  'compat.objectstorage.eu-1.oraclecloud.com',
  'idrivee2-12.com',
  '<HostId> 3L137 </HostId>',
  '<HostId>',
  'x-amz-id-2: ',
  '0'.repeat(64),
  'Error executing "PutObject" on "http://',
  'store.local:9000/b"',
  'R2',
  'R2_ACCESS_KEY',
  'r2 bucket',
  'ncloudstorage.com',
  "endpoint_url='http://localhost:4566'",
  'AWS_ENDPOINT_URL=https://s3.us-east-1.amazonaws.com',
  // Near misses: a word boundary or a letter short.
  '2012 R2',
  'R2D2',
  'xminio',
  'minios',
  'localstacks',
  'storage.googleapis.co',
  'idrivee2-.com',
  'AccessDenied: Access Denied',
  's3.amazonaws.com'
]

const cased = (s: string, flips: readonly boolean[]) =>
  [...s].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('')

const text = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...PIECES), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 })),
      fc.tuple(fc.string({ maxLength: 12 }), fc.constant([false]))
    ),
    { maxLength: 8 }
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom('', ' ', '.', '/', '\n', '-', '_'), {
        minLength: parts.length,
        maxLength: parts.length
      })
      .map((seps) => parts.map(([p, flips], i) => seps[i] + cased(p, flips)).join(''))
  )

test('the gate answers what each expression in turn answers', () => {
  fc.assert(
    fc.property(text, (t) => {
      expect(s3CompatibleIn(t)).toBe(eachInTurn(t))
    }),
    { numRuns: 3000 }
  )
})

test('the gate is two alternations (case-insensitive, cased) of stateless expressions', () => {
  // Each combined expression carries only its case flag: another flag on one service's
  // expression (`g`, `y`, `u`, `s`) would be lost in it.
  for (const s of S3_COMPATIBLE) expect(s.re.flags).toBe(s.caseSensitive ? '' : 'i')
  expect(s3CompatibleIn('upload to R2 failed')).toBe('Cloudflare R2')
  expect(s3CompatibleIn('Windows Server 2012 R2 Base')).toBeNull()
  expect(s3CompatibleIn('uploading to MinIO at play.min.io')).toBe('MinIO')
  expect(s3CompatibleIn('https://bucket.s3.amazonaws.com AccessDenied')).toBeNull()
})

// The scanner asks each line once (with its line break) and the whole record only the expressions
// marked `acrossLines` (src/scan/Scanner.ts): a text the one-line gate names must have a line it
// names.
const lineGateMisses = (t: string) =>
  mayNameS3Compatible(t) && !t.split('\n').some((line) => mayNameS3Compatible(`${line}\n`))

test('the one-line gate reads no name across a line break', () => {
  for (const a of PIECES)
    for (const b of PIECES) {
      const t = `${a}\n${b}`
      expect([t, lineGateMisses(t)]).toEqual([t, false])
    }
  fc.assert(
    fc.property(text, (t) => {
      expect(lineGateMisses(t)).toBe(false)
    }),
    { numRuns: 3000 }
  )
})

test('a name read across lines is found', () => {
  const body =
    '<Error><Code>AccessDenied</Code><Key>a.txt</Key>\n<BucketName>b</BucketName></Error>'
  expect(mayNameS3Compatible(body)).toBe(false)
  expect(namesS3CompatibleAcrossLines(body)).toBe(true)
  expect(s3CompatibleIn(body.replace('<Key>a.txt</Key>', '<Key>a.txt</Key>  '))).toBe('MinIO')
})
