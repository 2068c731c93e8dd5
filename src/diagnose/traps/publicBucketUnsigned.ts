// A public bucket read from a machine without credentials (heldout6 review: h6-065): the AWS CLI
// signs every request and stops when it has nothing to sign with; a public dataset needs no
// credentials at all, only `--no-sign-request`.
import type { Trap, TrapInput } from '../Trap.js'
import { FOUND_NONE } from '../../model/unsignedFallback.js'
import { S3_DOCUMENT_ALONE } from '../../model/s3ErrorDocument.js'

const read = ({ inferred }: TrapInput) => inferred?.signals?.['public-bucket-read']

export const publicBucketUnsigned: Trap = {
  id: 'public-bucket-no-sign-request',
  lead: true,
  applies: (input) =>
    input.d.kind === 'credentials' &&
    input.d.detail.cause === 'missing' &&
    read(input) !== undefined,
  advice: (input) => {
    const [kind, name] = read(input)!.value.split(/:(.*)/s)
    const bucket = (name ?? '').replace(/`/g, '')
    const from = read(input)!.from.replace(/`/g, "'")
    return kind === 'public'
      ? `The command reads s3://${bucket}, which the log shows as public (${from}): the AWS CLI signs every request and stops when it finds no credentials, although a public bucket needs none. ` +
          'Add `--no-sign-request` to the `aws s3` command (SDKs: an unsigned or anonymous client) rather than configuring credentials. ' +
          'If the bucket is not public after all, the machine needs credentials (an instance role, `aws configure`, or OIDC in CI).'
      : `The command reads s3://${bucket} (${from}) and the AWS CLI found no credentials to sign with. ` +
          "If the bucket is public (an open dataset, a vendor's download bucket), add `--no-sign-request`: a public bucket needs no credentials at all. " +
          'Otherwise the machine needs credentials that may read it (an instance role, `aws configure`, or OIDC in CI).'
  }
}

/**
 * S3's error document with nothing around it (a browser, a download link): nobody signed it, and
 * the likely causes are the object's, not a policy (heldout9 review: h9-046).
 */
function errorPageAdvice(from: string, where: string): string {
  // The document alone (a file a download saved, heldout35 review h35-020) is what a browser or a
  // plain download gets, but a signed request refused by a policy gets the same body.
  if (from === S3_DOCUMENT_ALONE) {
    return (
      `The refusal is ${from}: most likely the request carried no AWS credentials (a browser, curl, or a download tool that saved the answer as the file and went on), so S3 saw an anonymous caller. ` +
      'The likely causes, most likely first: (1) the key does not exist (a typo, an encoded space, a file removed or renamed): an anonymous caller may not list the bucket, so S3 answers 403, not 404; ' +
      `(2) the object is not public: only ${where === 'the bucket' ? "the bucket owner's" : `${where}'s`} bucket policy can allow anonymous reads (S3 Block Public Access may forbid it), or the link should be a pre-signed URL. ` +
      'If the program that fetched it signs its requests, the same body answers a signed request that a policy refuses: then the identity policy of its credentials (s3:GetObject on the object) comes first. Check why the program kept a 403 answer as the file.'
    )
  }
  return (
    `The refusal is ${from}: the request carried no AWS credentials, so S3 saw an anonymous caller and no identity policy was consulted. ` +
    'The likely causes, most likely first: (1) the key does not exist (a typo, an encoded space, a file removed or renamed): an anonymous caller may not list the bucket, so S3 answers 403, not 404; ' +
    `(2) the object is not public: only ${where === 'the bucket' ? "the bucket owner's" : `${where}'s`} bucket policy can allow anonymous reads (S3 Block Public Access may forbid it), or the link should be a pre-signed URL; ` +
    "(3) the link is someone else's: ask its owner. No statement in your account's identity policies changes this."
  )
}

// The other way round (heldout8 review: h8-079): the request WAS unsigned (`--no-sign-request`)
// and S3 refused it. An anonymous caller has no identity policy, so no Allow of the caller's can
// help: only the bucket owner's policy decides what anonymous callers may do.
export const unsignedRequestRefused: Trap = {
  id: 'unsigned-request-refused',
  lead: true,
  noPolicy: true,
  // The principal is the one src/infer/unsignedRequest.ts inferred, never a printed one.
  applies: ({ d, principal, inferred }) =>
    // Also S3's "Anonymous users cannot …" (credentials): infer names its caller anonymous only
    // where a switch sent it unsigned (h137-014).
    (d.kind === 'denial' || d.kind === 'credentials') &&
    principal?.type === 'anonymous' &&
    inferred?.principal?.value === 'anonymous' &&
    // A tool's update check answered by its vendor (toolUpdateCheck.ts): not the user's request.
    inferred.signals?.['tool-update-check'] === undefined &&
    // A plain HTTP client's download the log names is explained by s3-third-party-download (one lead).
    !(inferred.thirdPartyDownload && /\bsigns no request\b/.test(inferred.principal.from)),
  advice: ({ d, inferred }) => {
    if (d.kind === 'credentials') return unsignedWriteAdvice(d.operation, inferred!.principal!.from)
    const bucket = /^arn:aws[\w-]*:s3:::([^/]+)/.exec(d.resource ?? '')?.[1]
    const where = bucket ? `s3://${bucket}` : 'the bucket'
    if (inferred?.s3ErrorPage) return errorPageAdvice(inferred.s3ErrorPage.from, where)
    // No unsigned option to drop: the client found no credentials and went on without them.
    if (inferred!.principal!.from === FOUND_NONE)
      return (
        `The request was sent unsigned (${FOUND_NONE}), so AWS saw an anonymous caller, and ${where} refused it: no identity policy is consulted for an unsigned request, so no statement in your account can change this. ` +
        `Give the client credentials it can find where it runs (an instance or task role on the compute nodes, the environment, or the tool's own credential setting), then grant that identity what it needs on ${where}.`
      )
    // A plain HTTP client's download (curl, wget, apt: session 52 review, h155-011, h155-051): it
    // has no unsigned option to drop, and a key that is not there answers 403 to it as well.
    if (/\bsigns no request\b/.test(inferred!.principal!.from))
      return (
        `The download was sent unsigned (${inferred!.principal!.from}), so AWS saw an anonymous caller, and ${where} refused it. ` +
        'S3 answers an anonymous read of a key that does not exist with 403, not 404 (anonymous callers may not list the bucket): check the URL first (the version, file name and path the tool built, and whether that file was ever published). ' +
        "If the file is there, its bucket's owner has not made it public (or withdrew it): only that owner's bucket policy can allow anonymous reads, and no statement in your account changes this. Use the mirror or URL the project documents, or ask its maintainers."
      )
    return (
      `The request was sent unsigned (${inferred!.principal!.from}), so AWS saw an anonymous caller: anonymous access to ${where} was refused by the bucket owner. ` +
      'No identity policy is consulted for an unsigned request, so no statement in your account can change this. ' +
      `Sign the request instead (drop the unsigned option and use credentials that ${where} grants), or ask the bucket's owner whether it is meant to be public (a public dataset may live in another bucket); only the owner's bucket policy can allow anonymous access.`
    )
  }
}

/** S3 calls that write: an anonymous caller may make them only where a bucket is open to everyone. */
const WRITE_CALL = /^(?:Put|Create|Upload|Copy|Complete|Abort|Delete|Restore)[A-Z]/
/** Multipart uploads: S3 never lets an anonymous caller start or continue one. */
const MULTIPART_CALL =
  /^(?:CreateMultipartUpload|UploadPart|UploadPartCopy|CompleteMultipartUpload)$/

// heldout137 review, h137-014: `--no-sign-request` on an `aws s3 cp` from a public bucket into
// the user's own makes the write unsigned too, and S3 takes no anonymous multipart upload.
function unsignedWriteAdvice(operation: string | null, from: string): string {
  const call = operation ? `\`${operation}\`` : 'the call'
  const refusal = `The request was sent unsigned (${from}), and S3 refused ${call} from an anonymous caller. `
  if (operation === null || !WRITE_CALL.test(operation))
    return (
      refusal +
      "Drop the unsigned option and sign the request with credentials the bucket grants; only its owner's bucket policy could open it to anonymous callers."
    )
  return (
    refusal +
    'The option covers every request the command sends, so the write to the destination was unsigned too' +
    (MULTIPART_CALL.test(operation)
      ? ' (S3 never lets an anonymous caller start a multipart upload). '
      : ' (only a bucket open to anonymous writes would take it, which whydenied does not propose). ') +
    "Drop the option and run with credentials: a public source still answers a signed caller, which then needs s3:GetObject and s3:ListBucket on the source (its owner's public policy grants them) and s3:PutObject on the destination's keys. Or copy in two steps: download without signing, then upload signed."
  )
}
