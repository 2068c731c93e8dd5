// SignatureDoesNotMatch whose text shows the signer, not the key pair, is at fault: the same keys
// work elsewhere, the StringToSign names a hostname as the bucket, or the bucket's name has dots or
// capitals (heldout8 review, h8-053/054/057). "Check the key pair" would point the wrong way, so
// this opens the explanation (src/infer/signerEvidence.ts finds the evidence).
import type { Trap, TrapInput } from '../Trap.js'

const evidence = ({ inferred }: TrapInput) => inferred?.signals?.['signer-evidence']

/** Inline code of an untrusted name: no backticks, bounded. */
const code = (s: string) => `\`${s.replace(/`/g, "'").slice(0, 80)}\``

const SIGNER_CHECKS =
  'Compare what the client signs with the StringToSign AWS returns in the error body, then check, in this order: ' +
  'a Signature Version 2 client against a Region that accepts only SigV4 (every Region opened since 2014, such as eu-central-1 or ap-south-1); ' +
  'a bucket name with dots or capital letters under virtual-hosted-style addressing (`BUCKET.s3.amazonaws.com`), which wants path-style or a DNS-compatible name; ' +
  'a full hostname or `s3://` URL configured where the bare bucket name goes; ' +
  'headers, the path or query encoding changed after signing (a proxy, or the library itself); ' +
  "and the machine's clock."

const LEAD: Record<string, (name: string | null, from: string) => string> = {
  'hostname-as-bucket': (name, from) =>
    `The StringToSign AWS sent back signs the resource ${code(`/${name ?? 'HOST'}/`)} (${from}): the client put a hostname where the bucket name goes, so it signed a request for a bucket of that name. ` +
    'Configure the bucket as its bare name (`mybucket`, not `mybucket.s3.amazonaws.com` or an `s3://` URL) and the endpoint or Region separately; the key pair is probably not what is wrong.',
  'bucket-name-shape': (name, from) =>
    `The bucket's name has dots or capital letters${name ? ` (${code(name)})` : ''} (${from}): under virtual-hosted-style addressing the host is lower-cased and dots break the TLS name, so clients switch style or sign another path than the one sent. ` +
    "Use path-style addressing with a Signature Version 4 client set to the bucket's Region, or move the data to a bucket with a DNS-compatible name (lower case, hyphens, no dots); the key pair is probably fine.",
  'signature-plus-decoded': () =>
    "The signature S3 received has a space in it, which a signature never has: a `+` of the URL's Signature was read as a space, because the URL was pasted, built or passed on without URL-encoding its query values (`+` must travel as `%2B`, `/` as `%2F`, `=` as `%3D`). " +
    'Use the URL exactly as the SDK returned it, or encode each query value once when building it; the key pair is probably fine.',
  'presigned-url': (expiry) =>
    `The StringToSign AWS sent back is a presigned URL's${expiry ? ` (its date line is the expiry, ${code(expiry)} in epoch seconds)` : ''}: the request must send exactly what the URL was signed with. ` +
    'Compare it line by line with the failing request: the same method, a `Content-Type` header equal to its Content-Type line (an empty line means none may be sent), every `x-amz-` header it lists with the same value, and the URL as generated, its query values URL-encoded once. The key pair is probably fine.',
  'works-elsewhere': (_name, from) =>
    `The text says the same credentials work elsewhere (${from}): the key pair is probably right, and what differs is how this client signs.`
}

export const signatureClientSigner: Trap = {
  id: 'signature-client-signer',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' &&
    input.d.detail.cause === 'signature' &&
    evidence(input) !== undefined,
  advice: (input) => {
    const found = evidence(input)!
    const [kind, ...rest] = found.value.split(' ')
    const name = rest.length > 0 ? rest.join(' ') : null
    const from = found.from.replace(/`/g, "'")
    return `${(LEAD[kind!] ?? LEAD['works-elsewhere']!)(name, from)} ${SIGNER_CHECKS} Suspect the key pair only if none of these fits.`
  }
}
