// A build tool, curl or a browser fetching another party's S3-hosted artifact without credentials
// (src/infer/thirdPartyDownload.ts reads the evidence): no policy of the user's account is even
// consulted, so the answer is on the host's side (heldout5 review, h5-025).
import type { Trap } from '../Trap.js'

export const s3ThirdPartyDownload: Trap = {
  id: 's3-third-party-download',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' && d.deny !== 'explicit' && Boolean(inferred?.thirdPartyDownload),
  advice: ({ inferred }) =>
    `The refused request is an unsigned download of \`${inferred!.thirdPartyDownload!.value}\` (${inferred!.thirdPartyDownload!.from}): it carries no AWS credentials, so no policy of your account is consulted and none can fix it. The host's bucket answered 403 because the file is gone (a bucket that does not let anonymous callers list it answers 403, not 404, for a missing key) or is no longer public. Check the URL (version, path), switch to a repository or mirror that still serves the artifact, or ask the host's owner.`
}
