// Backup tools that keep their repository in an S3 bucket and report a refused request with its
// HTTP status alone. pgBackRest: `ERROR: [039]: S3 request failed with 403: Forbidden` (2.2x),
// `HTTP request failed with 403 (Forbidden)` (2.3x on), then the request's URI and headers. It
// speaks to any S3-compatible store the same way, so the status is AWS's only where the text puts
// the repository on AWS: its configured endpoint (`--repo1-s3-endpoint=s3.us-west-1.amazonaws.com`
// in the command's options, `pgbackrest.conf` or the environment) or S3's own response header
// (`server: AmazonS3`).
// An endpoint of anyone else's (`s3.cls.fr`, a MinIO service) keeps it silent.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/**
 * The repository endpoint pgBackRest was given (group 1: its host): as option or config line
 * (`repo1-s3-endpoint=…`), environment variable (`PGBACKREST_REPO1_S3_ENDPOINT=…`) or the Crunchy
 * operator's flag (`--pgbackrest-s3-endpoint=…`). A placeholder (`<endpoint>`) names no host.
 */
const REPO_ENDPOINT =
  /(?<![A-Za-z0-9])(?:repo\d*|pgbackrest)[-_]s3[-_]endpoint[ \t]*[=:][ \t]*["']?([\w.-]+)/gi
/** AWS's S3 endpoints: `s3.amazonaws.com`, `s3.<region>.amazonaws.com`, `s3-fips.…`, China's. */
const AWS_S3_HOST = /^(?:[\w-]+\.)*s3[\w.-]*\.amazonaws\.com(?:\.cn)?$/i
/** S3's own answer in the response headers pgBackRest prints. */
const AMAZON_S3_SERVER = /\bserver:[ \t]*AmazonS3\b/i

/**
 * The writer's words putting the repository on AWS's S3 (`backups to S3 Amazon instance`,
 * CrunchyData/postgres-operator#2631), with no endpoint of anyone's printed.
 */
const AWS_S3_WORDS = /\b(?:Amazon|AWS)[ \t]+S3\b|\bS3[ \t]+Amazon\b/i

/** Whether the text places the repository on AWS and on nothing else. */
function onAws(text: string): boolean {
  const hosts = [...text.matchAll(REPO_ENDPOINT)].map((m) => m[1]!.replace(/\.$/, ''))
  if (hosts.length) return hosts.every((host) => AWS_S3_HOST.test(host))
  return AMAZON_S3_SERVER.test(text) || AWS_S3_WORDS.test(text)
}

export const backupRepositoryRules: PhraseRule[] = [
  {
    id: 'pgbackrest-s3-403',
    rule: 'WD843',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['request failed with 403'],
    re: /\b(?:S3|HTTP) request failed with 403(?::[ \t]*Forbidden\b|[ \t]*\(Forbidden\))/g,
    when: (text, ctx) => !ctx.s3Compatible && onAws(text),
    facts: (_m, d) => {
      d.service = 's3'
    }
  }
]
