// Tools that catch an AWS refusal or credential failure and report it in their own words.
import { credentialCause } from '../../model/credentialCauses.js'
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const toolReportRules: PhraseRule[] = [
  {
    // Cloud Custodian's c7n-org on a ClientError whose code is AccessDenied: `Access denied
    // api:AssumeRole policy:<policy> account:<name in accounts.yml> region:<region>`. `api` is the
    // refused operation (AssumeRole: the runner may not assume the account's role, or that role's
    // trust refuses it); `account` is the file's name for the account, not its ID.
    id: 'c7n-org-access-denied',
    rule: 'WD806',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied api:'],
    re: /\bAccess denied api:(\w+) policy:(\S+) account:(\S+) region:([\w-]+)/g,
    facts: (m, d) => {
      d.operation = m[1]!
      if (/^AssumeRole/.test(m[1]!)) d.service = 'sts'
      d.detail.policy = m[2]!
      d.detail.accountName = m[3]!
      d.detail.region = m[4]!
    }
  },
  {
    // s3-deploy (import-io/s3-deploy and its GitHub Action fork Reggionick/s3-deploy) prints the
    // JS SDK v2 error as `(code) message` and gives the file up: `Unexpected error: (Forbidden)
    // null, aborting upload for index.html`. Its HEAD of the object came back 403 with no body to
    // carry a code or message; the tool talks to S3 only, so the status is S3's refusal. Other
    // statuses (`(BadRequest) null`, a Region mismatch) are not refusals.
    id: 's3-deploy-forbidden',
    rule: 'WD841',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['(Forbidden) null, aborting upload'],
    re: /\bUnexpected error: \((Forbidden)\) null, aborting upload for\b/g,
    facts: (m, d) => {
      d.code = m[1]!
    }
  },
  {
    // A tool that catches the failed call and names its credential error after `failed with`,
    // then says why in a sentence of its own: CloudMapper and its forks (`ERROR:
    // sts.get_caller_identity failed with InvalidClientTokenId. Likely cause is no AWS credentials
    // are set.`), Fn's Lambda extension (`Function call failed with ExpiredTokenException. The
    // provided security token …`). The word names the failure, in no code slot of the SDK's: the
    // code stays unset. Prose retelling (`failed with ExpiredToken errors`, `…, and then`) puts no
    // full stop and sentence right after the code.
    id: 'tool-failed-with-credential-code',
    rule: 'WD842',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['failed with '],
    re: /\bfailed with (InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId|ExpiredToken(?:Exception)?|RequestExpired|SignatureDoesNotMatch|InvalidSignatureException)\.[ \t]+(?=[A-Z])/g,
    facts: (m, d) => {
      const cause = credentialCause(undefined, m[1]!)
      if (cause) d.detail.cause = cause
    },
    settled: (d) => {
      d.code = null
    }
  }
]
