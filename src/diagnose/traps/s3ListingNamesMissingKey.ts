import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

// S3 checks s3:ListBucket on a call for one object only when the key is not there: the listing
// decides between 404 NoSuchKey and 403. A refusal naming s3:ListBucket under an object call
// (`when calling the GetObjectTagging operation: … not authorized to perform: s3:ListBucket`,
// heldout118 review h118-002) therefore says the key does not exist; the object action was never
// refused. The statement still grants the listing (it turns the 403 into a 404), but the key
// comes first.

/** Calls on one object that S3 answers 404 or 403 for a missing key (reads, and a copy's source). */
const OBJECT_CALL =
  /^(?:Get|Head)Object(?:Tagging|Acl|Attributes|Retention|LegalHold|Torrent)?$|^CopyObject$/i

export const s3ListingNamesMissingKey: Trap = {
  id: 's3-listbucket-names-missing-key',
  lead: true,
  applies: ({ d }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    actionIs(d, 's3:ListBucket') &&
    d.operation !== null &&
    OBJECT_CALL.test(d.operation),
  advice: ({ d }) =>
    `The call was ${d.operation}, on one object, yet S3 names \`s3:ListBucket\`: S3 checks the listing for such a call only when the key does not exist (it decides between 404 NoSuchKey and 403). ` +
    'Check the key (and the version, if the tool asks for one) first: the object is most likely not there, often a path built wrong or one a previous step did not write. ' +
    'Allowing `s3:ListBucket` on the bucket (not `bucket/*`) makes the same call answer 404 NoSuchKey, which is what a tool that tolerates a missing key expects.'
}
