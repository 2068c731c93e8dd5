// WD926: the refused bucket is someone else's (src/model/foreignBuckets.ts): AWS's Quick Start
// or sample bucket, a public dataset, a sample author's bucket behind a "Launch Stack" button. An
// Allow in the caller's account cannot open another account's object, so the owner's side and
// the key lead, and no statement is drafted (heldout13 review: h13-017, h13-045, h13-046).
import type { Trap, TrapInput } from '../Trap.js'
import { foreignBucketKind } from '../../model/foreignBuckets.js'

function foreign({ inferred }: TrapInput) {
  const [kind, bucket] = (inferred?.signals?.['foreign-bucket']?.value ?? '').split(/:(.*)/s)
  const row = foreignBucketKind(kind ?? '')
  // A bucket the writer calls public, or says is requester-pays (boto/boto3#4138), may go unnamed.
  return row && (bucket || row.kind === 'said-public' || row.kind === 'requester-pays')
    ? { row, bucket: bucket ?? '' }
    : null
}

// The reads a missing key explains. Another call on the owner's object (GetObjectTagging of a
// sync's source, h8-082) has a fix of its own on the caller's side.
const READS = /^(?:s3:)?(?:GetObject|HeadObject|ListObjects(?:V2)?|ListBucket)$/i

function isRead({ d, inferred }: TrapInput): boolean {
  const call = d.action ?? d.operation ?? inferred?.action?.value
  return !call || READS.test(call)
}

export const anotherPartyBucket: Trap = {
  id: 'another-party-bucket',
  lead: true,
  noPolicy: true,
  applies: (x) =>
    x.d.kind === 'denial' &&
    x.d.deny !== 'explicit' &&
    // A template's own Launch Stack link and an unsigned download have their traps.
    !x.inferred?.publishedSample &&
    !x.inferred?.thirdPartyDownload &&
    // A function's code zip in it: lambda-code-source-bucket (WD935) says the same, more precisely;
    // one lead per finding.
    !x.inferred?.codeSource &&
    // A pre-signed link used after it expired says what happened (a GitHub release's, h20-084).
    !x.inferred?.signals?.['presigned-expired'] &&
    isRead(x) &&
    foreign(x) !== null,
  advice: (x) => {
    const { row, bucket } = foreign(x)!
    return (
      `The bucket${bucket ? ` \`${bucket}\`` : ''} is ${row.owner}, not yours: no policy of your account decides what its owner lets you read, so an identity Allow cannot fix this. ` +
      `Check ${row.check}. A HEAD or download (HeadObject, GetObject, Read-S3Object, \`aws s3 cp\`) is authorized as \`s3:GetObject\`; your identity needs it only for a signed request, and it does not help while the object is gone or not shared.`
    )
  }
}
