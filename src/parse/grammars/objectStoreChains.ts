// S3's refusal as the minio-go client relays it: the error's message and nothing else, at the end
// of a Go error chain (`download meta.json: get file: Access Denied`, `unable to determine if
// bucket "velero" exists: Access Denied.`). Thanos, Velero/Kopia, Argo Workflows, Loki and every
// other tool built on minio-go print it this way; the trailing period is minio-go's own message for
// a refused HEAD request, which has no body to quote. The rule is about the client's shape, not
// any one tool: S3's exact words `Access Denied` (capital D: GCS says `Access denied.`, Windows
// `Access is denied.`) after a lower-case Go context, the value then ending. A store that is not
// AWS (MinIO, Ceph, R2…) prints the same words: parseRecord drops the finding when the log names
// one (see s3Compatible.ts).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/**
 * A Go method in the chain, named as the client calls it: restic's `client.BucketExists: ` and
 * `unable to open config file: Stat: `. Only after a chain's `: ` or a `client.` receiver, and never
 * an error code (`AccessDenied: Access Denied` is S3's code, another grammar's).
 */
const GO_CALL = String.raw`(?<=: |client\.)(?!\w*(?:Denied|Forbidden|Error|Exception)\b)[A-Z][a-z]+(?:[A-Z][a-z]+){0,3}`

/**
 * A Go caller that appends the client's error after its own words instead of a colon: restic's
 * `create key in repository at s3:https://s3.eu-west-3.amazonaws.com/… failed: wrote 0 bytes
 * instead of the expected 455 bytes with error Access Denied` (restic/restic#3351). The words
 * start lower-case, as a Go error does.
 */
const GO_WITH_ERROR = String.raw`[a-z][^\n:"'()\\]{0,160} with error `

/**
 * A logfmt error field holding the client's message alone, the tool's words in `msg` beside it
 * (`msg="failed to synchronize Pyroscope blocks" err="Access Denied"`, grafana/pyroscope#4050).
 * logrus on a terminal prints it unquoted, to the line's end (`failed to upload: /a.css
 * err=Access Denied`, travis-ci/artifacts#74).
 */
const LOGFMT_ERR = String.raw`\berr(?:or)?=(?:\\?")?`

/**
 * The Go context just before: a lower-case segment after a chain's colon, a quote (`err="`, a JSON
 * `"msg": "`), an equals sign or a line start. The CLI's `… operation: Access Denied` is another
 * grammar's (WD800), and so is a code (`AccessDenied: Access Denied`: upper case). A segment
 * holds no bare quote or parenthesis: code that builds an exception around the words
 * (`new Exception("…S3Exception: Access Denied")`) is not a chain.
 */
const GO_CONTEXT = String.raw`(?:(?:(?:^|[:="'\s])[ \t]*[a-z](?:[^\n:"'()\\]|\\["']){0,160}|${GO_CALL}): |${GO_WITH_ERROR}|${LOGFMT_ERR})`

/**
 * The value ends: a closing quote (escaped in JSON), a bracket, an escaped newline (a logfmt or
 * JSON string holding the chain: `Access Denied.\n\n: exit status 1`), the line's end, a `|` cell,
 * or the path the tool appends in parentheses (SlideRule's `failed to read S3 data: Access Denied
 * (/orbit_info/sc_orient)`, SlideRuleEarth/sliderule#131).
 */
const VALUE_END = String.raw`(?=\\?["'\x60)\]]|\\n|[ \t]*(?:\||\r?$)|[ \t]\(\/)`

/** What an object-store call names: a chain that names none is another system's refusal (ssh, a database). */
// minio-go's client methods all name an object or a bucket (`client.PutObject`, restic's lock
// write in netinvent/npbackup#155; `client.RemoveObject`, `client.ListBuckets`).
// An S3 operation named by the tool (Tempo's `unexpected error from ListObjects on tempo-traces-foo:
// Access Denied`, grafana/tempo#2489) names one too.
const STORAGE_WORDS =
  /\b(?:(?:List|Get|Put|Head|Delete|Copy|Create)(?:Objects?|Buckets?|MultipartUploads?)(?:V2)?|buckets?|objects?|s3|artifacts?|uploads?|downloads?|uploader|blobs?|backups?|snapshots?|blocks?|chunks?|files?|outputs?|meta\.json|repository|repo|(?:client\.)?(?:BucketExists|MakeBucket|StatObject)|client\.[A-Z]\w{0,30}(?:Object|Bucket)\w{0,20})\b/i

export const objectStoreChainRules: PhraseRule[] = [
  {
    // The PHP SDK's S3 stream wrapper (`s3://` paths under copy(), fopen()) turns S3's refusal into a
    // PHP warning raised in its own file (`PHP Warning:  Access Denied in …/Aws/S3/StreamWrapper.php
    // on line 759`, WordPress's S3-Uploads, humanmade/S3-Uploads#286): S3's message, no code.
    id: 'php-s3-stream-wrapper',
    rule: 'WD7002',
    kind: 'denial',
    priority: PRIORITY.bareCode,
    needs: ['StreamWrapper.php'],
    re: /\bWarning:[ \t]+(?:Access Denied|Forbidden) in \S*\/Aws\/S3\/StreamWrapper\.php on line \d+/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // The minio-js client's error class around S3's message (Kubeflow Pipelines' UI: `Failed to get
    // object in bucket <bucket> at path test.md: S3Error: Access Denied`, kubeflow/pipelines#4843).
    // Another store's answer is dropped when the log names it (s3Compatible.ts).
    id: 'minio-js-s3-error',
    rule: 'WD7191',
    kind: 'denial',
    priority: PRIORITY.bareCode - 2,
    needs: ['S3Error: Access Denied'],
    re: /\bS3Error: Access Denied\.?(?=[\s"'\x60)]|$)/g
  },
  {
    id: 'go-chain-access-denied',
    rule: 'WD801',
    kind: 'denial',
    priority: PRIORITY.bareCode - 2,
    needs: ['Access Denied'],
    // The look-behind stands after the words, so it is tried only where they are (in front of
    // them it would run at every position of the record).
    re: new RegExp(
      String.raw`Access Denied(?<=${GO_CONTEXT}Access Denied)(?<!operation: Access Denied)\.?${VALUE_END}`,
      'gm'
    ),
    accept: (m) => {
      const lineStart = m.input.lastIndexOf('\n', m.index - 1) + 1
      return STORAGE_WORDS.test(m.input.slice(lineStart, m.index))
    }
  }
]
