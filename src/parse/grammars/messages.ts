// Denials that arrive as a service's own sentence rather than the IAM one.
import { PRIVATE_HOST } from '../s3Compatible.js'
import { s3ObjectDirection } from '../../model/sseKms.js'
import type { Denial } from '../../model/Denial.js'
import { PRIORITY } from '../Candidate.js'
import { POLICY_TYPE_SOURCE, layerOf } from '../PolicyLayerPhrases.js'
import { classifyCode, looksLikeRefusal } from '../codes.js'
import { codeFromFirstGroup, type PhraseRule } from '../phraseRule.js'
import { truncatedBlob } from '../blobCut.js'
import { policyRefAt } from './iamSentence.js'
import { VALUE_TOKEN, readBlob, trimValue } from '../tokens.js'
import {
  PROVIDED_ROLE_SOURCE,
  providedRoleAssumer,
  serviceOfAction,
  serviceOfLabel
} from '../serviceHints.js'
import { prefixOfHost } from '../../model/endpointPrefix.js'

/** The grammar id of a reason clause read on its own (parseRecord lets a message borrow it). */
export const REASON_CLAUSE = 'reason-clause'

/**
 * S3's own marks on the answer, right where a message ends: the Java SDK's `(Service: Amazon S3;`
 * label, or the XML body's extended request ID (`</Message><RequestId>…</RequestId><HostId>…`),
 * which only S3 sends.
 */
const S3_ANSWER_AFTER =
  /^\s{0,3}(?:\(Service: (?:Amazon ?)?S3[;,]|<\/Message>\s{0,3}<RequestId>[^<\n]{0,64}<\/RequestId>\s{0,3}<HostId>[A-Za-z0-9+/]{40,}={0,2}<\/HostId>)/

/** s3fs named in the record: Python's fsspec client or the FUSE file system, both S3's. */
const S3FS = /\bs3fs\b/

/** An S3 endpoint URL (path style, virtual-hosted, Regional, dual-stack). */
const S3_URL = /^https?:\/\/(?:[\w.-]{1,255}\.)?s3[\w.-]{0,40}\.amazonaws\.com(?:\.cn)?(?:[/?:]|$)/i

/** Between two words of a message: a space, or a wrap (a shell line continuation's `\\` too). */
const WRAP = String.raw`(?:[ \t]*\\)?\s{1,40}`
/** An error's code as an SDK prints it first in its line's message: `InvalidAccessKeyId: The AWS…`. */
const ANSWER_CODE = /(?:^|[\s:])([A-Z][A-Za-z]{3,60}): [A-Z]/g

/** WRAP, or a line break with the gutter a tool wraps its message under (`      | `, `│ `). */
// The gutter may also stand inside a line a reporter joined (`The ciphertext | refers to …`,
// helm-secrets quoting sops, jkroepke/helm-secrets#334).
const GUTTER_WRAP = String.raw`(?:[ \t]*\\)?\s{1,40}(?:(?<=\n[ \t]{0,40}|[ \t])[|│][ \t]{0,3})?`

/**
 * What shows a CDK deployment failed after it could not assume a bootstrap role: the warning
 * alone is not a failure (CDK goes on with the caller's credentials and often succeeds). A denial
 * that follows is a finding of its own, and says more (corpus dev d061). A reporter's `the pipeline
 * fails in the Build stage` above the warning is a failure too (aws/aws-cdk#16105), and so is
 * cdk-assets' progress line `[100%] fail: Bucket named '…' exists, but not in account …`
 * (aws/aws-cdk#21172: the caller's own credentials cannot see the bootstrap bucket).
 */
const CDK_FAILED =
  /SSM parameter \/cdk-bootstrap\/\S+ not found|Has the environment been bootstrapped|❌|\bfail(?:s|ed|ure)\b|\[\s{0,2}\d{1,3}%\] fail:|ROLLBACK|\brol(?:ls?|led|ling) ?back\b/i

/**
 * What must stand before a bare reason clause: a refusal code or the message's words, on its line
 * or on the line above when the clause opens its own (the error block goes on: `…You are not
 * authorized to perform this operation` / `with an explicit deny in a service control policy`).
 */
const BEFORE_CLAUSE = String.raw`(?:\b(?:AccessDenied\w*|UnauthorizedOperation|Forbidden)\b|\bnot authorized\b|\bperform\b)[^\n]{0,300}(?:\n[ \t]*)?`
/**
 * The same on the line above, the clause's line opening with an elision mark; also after a
 * controller's `unauthorized to call ACTION` (aws-samples/eks-workshop-v2#1859).
 */
const BEFORE_NEXT_LINE = String.raw`(?:\b(?:AccessDenied\w*|UnauthorizedOperation|Forbidden)\b|\bnot authorized\b|\b[Uu]nauthorized to call\b)[^\n]{0,300}\n[ \t]*(?:\.{3}|…)[ \t]*(?:with\s+an\s+)?`

/**
 * A sentence of advice a relaying service puts between the refusal and the EC2 marker (AWS
 * Backup: `… this operation. Please consult the permissions associated with your AWS Backup
 * role(s), and refer to the AWS Backup documentation for more details. Encoded authorization…`).
 */
/** A Region of the China or GovCloud (US) partitions, as a word. */
const PARTITION_REGION = /(?<![\w-])((?:cn|us-gov)-[a-z]{2,12}-\d)(?![\w-])/

const SERVICE_ADVICE = String.raw`[ \t]+Please consult [^\n]{1,300}?for more details\.`

/** EC2's marker before its encoded message, after a wrap or a shell line continuation. */
// Markdown emphasis a writer closed after the marker (`…failure message:** BLOB`, an issue that
// bolded the event, h19-020) stands between it and the blob.
const ENCODED_MARKER = String.raw`(?:[ \t]*\\)?[ \t\n]*Encoded authorization${WRAP}failure message:?(?:\*{1,2}|_{1,2})?[ \t\n]*`

/** Image registries that are not ECR: a 403 from them is theirs (see `ecs-pull-403`). */
const OTHER_REGISTRY =
  /^(?:[\w.-]+\.)?(?:docker\.io|ghcr\.io|quay\.io|gcr\.io|pkg\.dev|azurecr\.io|gitlab\.com|registry\.gitlab\.[\w.]+|jfrog\.io|docker\.pkg\.github\.com)(?:[:/]|$)/i

/** A registry on this machine or a private network: a cache or mirror, never ECR. */
const LOCAL_REGISTRY = new RegExp(String.raw`^${PRIVATE_HOST}(?::\d{1,5})?\/`)

/** A request's URL at an AWS endpoint: group 1 its host, group 2 its path and query. */
const AWS_ENDPOINT_URL = String.raw`https?:\/\/([\w.-]{1,253}\.amazonaws\.com(?:\.cn)?)((?:[/?][^\s]*)?)`

/**
 * What a refused request's URL says: the service its host names (not S3's: a bucket's host is
 * S3's own rules'), and a Query API call's operation (`?Action=PutMetricData`).
 */
function endpointFacts(host: string, path: string, d: Denial): void {
  const prefix = prefixOfHost(host)
  // S3's hosts (a bucket's, `s3-eu-west-1`) are S3's own rules' to read.
  if (!prefix || prefix === 's3' || /(?:^|[.-])s3[.-]/.test(host)) return
  d.service = prefix
  const operation = /[?&]Action=([A-Z][A-Za-z0-9]{2,80})(?=&|$)/.exec(path)?.[1]
  if (operation) d.operation = operation
}

/** An AWS error body or message near a request line (see `http-403-aws-endpoint`). */
const RESPONSE_BODY =
  /An error occurred \(|<Code>|\bAccessDenied|Access Denied|not authorized|signature we calculated|security token|Access Key Id you provided|Request has expired/i

/**
 * Reads the blob after an `Encoded authorization failure message:` marker that ends a match, and
 * returns the new end (the match's own end when the marker is not there).
 */
function encodedTail(text: string, end: number, d: Denial): number {
  if (
    !/Encoded authorization(?:[ \t]*\\)?\s+failure message:?(?:\*{1,2}|_{1,2})?\s*$/.test(
      text.slice(Math.max(0, end - 60), end)
    )
  )
    return end
  const { blob, end: blobEnd } = readBlob(text, end)
  // The marker with no usable blob: the log or the reporter cut it (`…`, `(truncated`),
  // masked it (`****`) or left nothing. The action stays hidden either way; a marker with
  // nothing after it is no encoded message (the corpus rule), a cut or masked one still is.
  const cut = truncatedBlob(blob, text.slice(blobEnd, blobEnd + 96))
  if (cut) d.detail.encodedTruncated = cut
  if (cut !== 'missing') d.kind = 'encoded'
  if (!cut) d.encodedMessage = blob
  return blobEnd
}

/** A 403's message that names no cause (`null`, `Forbidden`); `Access Denied` has rules of its own. */
const SAYS_NOTHING = /^\s*(?:null|Forbidden)?\.?\s*$/i

/** The message between a Java SDK v2 class and its `(Service: …` suffix. */
function sdkMessage(m: RegExpExecArray): string {
  const start = m.index + m[0].length
  const end = m.input.indexOf('(Service: ', start)
  return end < 0 ? '' : m.input.slice(start, end)
}

/** The Java SDK v1 suffix's code (`(Service: Amazon S3; Status Code: 403; Error Code: X;`). */
const JAVA_SUFFIX_CODE =
  /\(Service: [^;()\n]{1,60}; Status Code: \d{3}; Error Code: ([^;)\n]+?)\s*[;)]/

/** Where a Java exception's message ends: its stack trace's first frame, as printed or escaped. */
const S3A_TRACE = /\n\s+at [\w$.]+\(|\\n\\tat [\w$.]+\(/

/** The end of the message of an S3A exception starting at `end`: its trace, else `reach` on. */
function s3aMessageEnd(text: string, end: number, reach: number): number {
  const trace = text.slice(end, end + 4000).search(S3A_TRACE)
  return trace === -1 ? end + reach : end + trace
}

/** S3A's own words for finding no credentials to sign with (as WD830 reads them). */
const S3A_NO_CREDENTIALS =
  /\bNoAwsCredentialsException\b|\bNoAuthWithAWSException\b|\bNo AWS Credentials provided by\b/

/** Services' words for a role they were handed and could not use (groups 1–9, see its rule). */
const SERVICE_ROLE_WORDS =
  /\b[A-Z][A-Za-z]* (?:was|is) unable to assume (?:the )?(?:configured [\w ]{1,40}? )?[Rr]ole '?((?<=')[^'\n]*(?=')|arn:aws[\w-]*:iam::[^\s'"]{1,2048})'?|\bRole (arn:\S+|\[[\w -]{1,40}\]|<[\w -]{1,40}>) is invalid or cannot be assumed|The provided execution role does not have permissions to call (\w+) on (\w+)|\bThe ([\w+=,.@-]{3,64}) is unable to assume the ([\w+=,.@-]{3,64}) role\b|\bProvided role '(arn:[^'\s]{1,2048})' cannot be assumed by principal '([\w.-]{1,128})'|\bAccess denied while assuming the role (arn:[^\s'"`,]{1,2048})/
/** Step Functions naming itself, not the role: group 1 (12 in the rule) the service principal. */
const STATES_PRINCIPAL =
  /\bThe principal ([a-z0-9-]{2,40}\.amazonaws\.com) is not authorized to assume the provided role\b/

/** A service naming its principal and the role it could not assume: group 1 (13 in the rule) the principal, 2 the role. */
const PRINCIPAL_UNABLE =
  /\(([a-z0-9-]{2,40}\.amazonaws\.com)\) is unable to assume role \(sts:AssumeRole\) on resource: (arn:aws[\w-]*:iam::[^\s:]{0,20}:role\/[^\s]{1,512})/

/**
 * A service checking, when the resource is made, that the role it is handed trusts it (EventBridge
 * Scheduler: `ValidationException: The execution role you provide must allow AWS EventBridge
 * Scheduler to assume the role.`, aws/aws-sdk-js-v3#6494): group 1 (15 in the rule) its name.
 */
const MUST_ALLOW_ASSUME =
  /\bThe execution role you provide must allow (AWS [A-Z][A-Za-z]{1,30}(?: [A-Z][A-Za-z]{1,30}){0,3}) to assume the role\b/

/** A hapi (Boom) error body up to its message: a Node server's answer, never API Gateway's. */
const HAPI_BOOM_BODY =
  /"statusCode"\s*:\s*403\s*,\s*"error"\s*:\s*"Forbidden"\s*,\s*"message"\s*:\s*"$/

/** An Amazon Location command, and its API key when the call is made with one. */
const LOCATION_CALL =
  /\baws[ \t]+(geo-places|geo-maps|geo-routes)[ \t]+[a-z-]{2,40}\b([^\n]{0,800})/

export const messageRules: PhraseRule[] = [
  {
    // `current credentials could not be used to assume '<cdk-…-role arn>', but are for the right
    // account. Proceeding anyway.`, then a failure: the bootstrap role's trust or the caller's
    // sts:AssumeRole is the root cause (the later error comes from the caller's own credentials).
    id: 'cdk-could-not-assume',
    rule: 'WD703',
    // CDK's error when it may not assume the bootstrap role of another account (CDK Pipelines'
    // self-mutation, a lookup at synth): `Could not assume role in target account using current
    // credentials`, earlier `… (did you bootstrap the environment with the right '--trust's?)`.
    // The IAM sentence after it, when printed, is the iam-sentence grammar's; alone it is still a
    // refusal of sts:AssumeRole, an error in itself, failed or not.
    needs: ['could not be used to assume ', 'Could not assume role in target account'],
    kind: 'denial',
    priority: PRIORITY.message - 2,
    re: /could not be used to assume '([^'\n]{1,2048})'(?:, but are for the right account\. Proceeding anyway\.)?|\bCould not assume role in target account(?= using current credentials\b| \(did you bootstrap)/g,
    accept: (m) => !m[1] || CDK_FAILED.test(m.input),
    facts: (m, d) => {
      if (m[1]) d.detail.role = m[1]
    }
  },
  {
    // EC2 and services relaying it; the IAM sentence, when it follows, is the iam-sentence grammar's.
    id: 'ec2-unauthorized',
    rule: 'WD704',
    // Wrapped anywhere after `to` (`You are not authorized to` / `perform this operation`).
    needs: ['You are not authorized', "You aren't authorized", 'You aren’t authorized'],
    kind: 'denial',
    priority: PRIORITY.message,
    // The marker's colon is optional: a reporter's copy may end right after `message`.
    // A wrap may fall between any two words, after a shell line continuation too (`…operation. Encoded authorization\`).
    // Services relaying EC2's refusal may contract it (SSM Automation: `You aren't authorized to
    // perform this operation. Encoded authorization failure message: …`); the contraction is
    // anyone's words (web apps print `You aren't authorized to perform this operation!`), so it
    // holds only with EC2's marker after it.
    re: new RegExp(
      String.raw`(?:API: ([A-Za-z0-9-]+:[A-Za-z0-9]+) )?(?:You are not authorized to${WRAP}perform this${WRAP}operation\.?(?![ \t]*(?:User:?\s|\S+ is not authorized))(?:${SERVICE_ADVICE})?(?:${ENCODED_MARKER})?|(?:You aren't authorized|You aren’t authorized) to${WRAP}perform this${WRAP}operation\.?${ENCODED_MARKER})`,
      'g'
    ),
    facts: (m, d) => {
      if (m[1]) {
        d.action = m[1]
        d.service = serviceOfAction(m[1])
      }
    },
    extend: encodedTail
  },
  {
    // EC2's refusal of a launch template, relayed by the service that launches for the caller:
    // EKS (`InvalidRequestException: You are not authorized to launch instances with this launch
    // template. Encoded authorization failure message: …`) or Auto Scaling (`API:
    // autoscaling:CreateAutoScalingGroup You are not authorized to use launch template: NAME`).
    id: 'launch-template-unauthorized',
    rule: 'WD832',
    needs: ['You are not authorized'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: new RegExp(
      String.raw`(?:API: ([A-Za-z0-9-]+:[A-Za-z0-9]+) )?You are not authorized to${WRAP}(?:launch${WRAP}instances${WRAP}with${WRAP}this${WRAP}launch${WRAP}template|(use)${WRAP}launch${WRAP}template:(?:[ \t]*([\w.-]+))?)\.?(?:(?:[ \t]*\\)?[ \t\n]*Encoded authorization${WRAP}failure message:?[ \t\n]*)?`,
      'g'
    ),
    facts: (m, d) => {
      if (m[1]) {
        d.action = m[1]
        d.service = serviceOfAction(m[1])
      }
      // Auto Scaling checked that the caller may launch from the template (its own call was
      // allowed): what was refused is EC2's RunInstances, which the remedy drafts instead of the
      // printed Auto Scaling call (src/remedy/replacedNeed.ts, trap autoscaling-launch-template;
      // ansible-collections/community.aws#831, eksctl-io/eksctl#834).
      if (m[2]) d.detail.launchTemplate = m[3] ?? ''
    },
    extend: encodedTail
  },
  {
    // IAM's reason clause printed without the sentence before it (a reporter elided it: `AccessDenied
    // ... because no permissions boundary allows the s3:ListAllMyBuckets action`, or the action is
    // left out: `allows the action`). No other service words a refusal this way, so it is one on its
    // own; next to the sentence or message it completes, that reading takes its layer instead
    // (see parseRecord).
    id: REASON_CLAUSE,
    rule: 'WD774',
    needs: ['because', 'explicit'],
    kind: 'denial',
    priority: PRIORITY.message - 3,
    re: new RegExp(
      // A refusal code or the message's own words earlier on the line: prose that explains the
      // clause (`the error names the policy (\`...with an explicit deny in a …\`)`) has neither.
      // Each look-behind stands after the clause's first word, so it is tried only where that word
      // is (one in front of the match ran at every position of the record: quadratic in effect).
      String.raw`\bbecause(?<=${BEFORE_CLAUSE}because)\s+(?:no|the)\s+(${POLICY_TYPE_SOURCE})\s+allows\s+the\s+(?:([A-Za-z0-9-]+:[A-Za-z0-9*]+)\s+)?action` +
        String.raw`|\bwith(?<=${BEFORE_CLAUSE}with)\s+an\s+explicit\s+deny\s+in\s+(?:an?|the)\s+(${POLICY_TYPE_SOURCE})` +
        // Or the clause on the next line behind the reporter's elision mark, its `with an` cut:
        // `UnauthorizedOperation: …` / `... explicit deny in a service control policy`.
        String.raw`|\bexplicit(?<=${BEFORE_NEXT_LINE}explicit)\s+deny\s+in\s+(?:an?|the)\s+(${POLICY_TYPE_SOURCE})` +
        // Or the clause opening its line, the sentence's subject elided on the line above, and the
        // Java SDK's fields after it naming the refusal (`because no identity-based policy allows the
        // secretsmanager:GetSecretValue action (Service: …; Error Code: AccessDeniedException; …)`).
        String.raw`|\bbecause(?<=(?:^|\n)[ \t]*(?:(?:\.{3}|…)[ \t]*)?because)\s+(?:no|the)\s+(${POLICY_TYPE_SOURCE})\s+allows\s+the\s+(?:([A-Za-z0-9-]+:[A-Za-z0-9*]+)\s+)?action(?=[ \t]*\((?:Service|Status Code)\b[^\n]{0,200}\b(?:AccessDenied\w*|UnauthorizedOperation|Forbidden)\b)`,
      'gi'
    ),
    facts: (m, d) => {
      d.deny = m[1] || m[5] ? 'implicit' : 'explicit'
      d.layer = layerOf(m[1] ?? m[5] ?? m[3] ?? m[4]!)
      const action = m[2] ?? m[6]
      if (action) {
        d.action = action
        d.service = serviceOfAction(action)
      }
    },
    // The denying policy's ARN after an explicit deny, as the full sentence appends it, also with
    // the reporter's elisions in it (`…identity-based policy: arn:aws:iam::...:policy/P`, h15-074).
    extend: (text, end, d) => {
      if (d.deny !== 'explicit') return end
      const ref = policyRefAt(text, end)
      if (!ref) return end
      d.policyArn = ref.arn
      if (ref.name) d.policyName = ref.name
      return ref.end
    }
  },
  {
    id: 'sqs-access-to-resource',
    rule: 'WD705',
    needs: ['Access to the resource '],
    kind: 'denial',
    priority: PRIORITY.message,
    // CloudFormation's event names the call first (`SendEmailQueue - API: sqs:CreateQueue Access to
    // the resource https://sqs.us-east-1.amazonaws.com/ is denied..`, a Serverless deploy).
    re: /(?:\bAPI: (sqs:[A-Za-z]{3,40}) )?Access to the resource (https?:\/\/[^\s]+?) is denied\.?/g,
    facts: (m, d) => {
      if (m[1]) d.action = m[1]
      d.detail.url = m[2]!
      if (m[1] || /\bsqs\.|\.queue\.amazonaws\.com/.test(m[2]!)) d.service = 'sqs'
    }
  },
  // The IAM sentence's second half alone, the caller left out in a writer's words (`a permission
  // error occurs (ssm:GetParameters on resource: arn:aws:ssm:… because no identity-based policy
  // allows the ssm:GetParameters action)`, middyjs/middy#748): the action named twice, the reason
  // clause whole; an ARN may hold a space a page put in its template (`{ {region}}`).
  {
    id: 'iam-sentence-without-caller',
    rule: 'WD7062',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: [' on resource: '],
    re: new RegExp(
      String.raw`(?<![\w:-]|perform: |perform )([a-z0-9-]{2,30}:[A-Za-z*]{2,80}) on resource: (arn:[^()\n]{1,400}?|\S{1,400}?) because (no|an explicit deny in an?) (${POLICY_TYPE_SOURCE})(?: allows the \1 action)?\b`,
      'g'
    ),
    facts: (m, d) => {
      d.action = m[1]!
      d.resource = m[2]!
      d.service = m[1]!.split(':')[0]!
      d.layer = layerOf(m[4]!)
      d.deny = m[3] === 'no' ? 'implicit' : 'explicit'
    }
  },
  // SimpleDB's refusal, in its own XML (`<Code>AuthorizationFailure</Code><Message>Session does not
  // have permission to perform (sdb:CreateDomain) on resource (arn:aws:sdb:…:domain/kombu_).`,
  // celery/kombu#108): the action and the resource in parentheses.
  {
    id: 'sdb-authorization-failure',
    rule: 'WD7058',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have permission to perform ('],
    re: /\b(?:Session|User) does not have permission to perform \(([a-z0-9-]{2,30}:[A-Za-z]{2,80})\) on resource \((arn:[^)\s]{1,400})\)/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.resource = m[2]!
      d.service = m[1]!.split(':')[0]!
    }
  },
  {
    id: 'kms-ciphertext',
    rule: 'WD706',
    needs: ['The ciphertext'],
    kind: 'denial',
    priority: PRIORITY.message,
    // Its words may wrap under a tool's gutter (sops under Flux, getsops/sops#1073).
    // KMS's older wording says `references a key that either does not exist or you do not have
    // access to` (unicreds under Go SDK v1, Versent/unicreds#28).
    re: new RegExp(
      'The ciphertext' +
        GUTTER_WRAP +
        '(?:' +
        [
          'refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access',
          'references a key that either does not exist or you do not have access to'
        ]
          .map((words) => words.split(' ').join(GUTTER_WRAP))
          .join('|') +
        ')' +
        String.raw`\.?`,
      'g'
    ),
    facts: (m, d) => {
      // What follows the words says who answered: S3 relaying KMS's refusal (`… access. (Service:
      // Amazon S3; Status Code: 403; Error Code: AccessDenied)`, or S3's XML body).
      const after = m.index + m[0].length
      d.service = S3_ANSWER_AFTER.test(m.input.slice(after, after + 240)) ? 's3' : 'kms'
    },
    // S3 passes KMS's words on as its own answer to an object call: S3 refused (review h5-169).
    settled: (d) => {
      if (s3ObjectDirection(d)) d.service = 's3'
    }
  },
  {
    id: 'lambda-kms-env',
    rule: 'WD707',
    needs: ['Lambda was unable to decrypt'],
    kind: 'denial',
    // Above the KMS message it quotes next ("KMS Message: The ciphertext refers to..."): that
    // is the same failure. An IAM sentence quoted there still wins: it names the action.
    priority: PRIORITY.message + 1,
    // Also as GetFunctionConfiguration words it (`your environment variables because the KMS
    // access was denied`), wrapped inside the JSON string it is stored in.
    re: /Lambda was unable to decrypt (?:the|your)\s+environment\s+variables\s+because\s+(?:the\s+)?KMS\s+access\s+was\s+denied\.?/g,
    facts: (_m, d) => {
      d.service = 'kms'
    }
  },
  {
    id: 'secretsmanager-kms',
    rule: 'WD708',
    needs: ['Access to KMS is not allowed'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Access to KMS is not allowed\.?/g,
    facts: (m, d) => {
      // Secrets Manager's words: its SDK label names the service that answered (aws/aws-cdk#7677,
      // heldout134 h134-002); alone, the key is what the message is about.
      d.service = /\(Service: (?:AWS)?SecretsManager\b/i.test(m.input) ? 'secretsmanager' : 'kms'
    }
  },
  {
    // Bedrock refuses a model the account has not been granted (model access / first-use form)
    // or an account not enabled for the API in that Region, in its own words: no IAM sentence.
    // One rule for both phrasings; the code varies by SDK and path (`AccessDeniedException`,
    // `ValidationException`), and a prompt-management call adds `with a prompt resource`.
    id: 'bedrock-model-access',
    rule: 'WD709',
    // Also its shorter refusal (`AccessDeniedException: Access to the model is denied`) and the
    // Marketplace one of a model whose first use subscribes the account (sample-host-openclaw-on-
    // amazon-bedrock-agentcore#41: `Model access is denied due to IAM user or service role is not
    // authorized to perform the required AWS Marketplace actions (…) to enable access to this model`).
    needs: [
      "You don't have access to the model",
      'Your account is not authorized to invoke this API operation',
      'Access to the model is denied',
      'Model access is denied due to'
    ],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /You don't have access to the model with the specified model ID\.?|Your account is not authorized to invoke this API operation(?: with a prompt resource)?\.?|Access to the model is denied\b\.?|Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions(?: \(([^)\n]{1,200})\))?/g,
    facts: (m, d) => {
      d.service = 'bedrock'
      d.detail.bedrockAccess = m[0].startsWith('Your account') ? 'account' : 'model'
      if (m[1]) d.detail.marketplaceActions = m[1]
    }
  },
  {
    // CloudWatch Logs states the missing permission in its own words.
    id: 'logs-additional-permission',
    rule: 'WD710',
    needs: ['User with accountId:'],
    kind: 'denial',
    priority: PRIORITY.sentence + 5,
    // A stack event copied from the console keeps its cell's wrapping as runs of spaces
    // (`is not authorized   to perform`): any whitespace between the words. The space after the
    // colon may be missing (`accountId:XXX`, aws-solutions-library-samples/data-lakes-on-aws#266).
    re: /User with accountId:( ?)(\S+?)\s+is\s+not\s+authorized\s+to\s+perform\s+(\w+)(\s+with\s+Tags)?(?:\.(?:\s+An additional permission "([A-Za-z0-9-]+:[A-Za-z0-9]+)" is required\.?)?)?/g,
    facts: (m, d) => {
      d.detail.account = m[2]!
      // No `User:` prefix: the whole subject, as printed, is the principal.
      d.principal = `User with accountId:${m[1]!}${m[2]!}`
      d.operation = m[3]!
      d.service = 'logs'
      if (m[5]) d.action = m[5]
      else if (m[4]) d.detail.qualifier = m[4].trim()
    }
  },
  {
    // API Gateway Lambda authorizers answer with their own sentence.
    id: 'apigw-authorizer',
    rule: 'WD711',
    needs: ['User is not authorized to access this resource'],
    kind: 'denial',
    priority: PRIORITY.message,
    // hapi's error body around the same words is serverless-offline's emulated authorizer
    // (`"statusCode": 403, "error": "Forbidden", "message": "User is not authorized…"`,
    // SeptiyanAndika/serverless-custom-authorizer#1): API Gateway's own body holds the message alone.
    accept: (m) => !HAPI_BOOM_BODY.test(m.input.slice(Math.max(0, m.index - 200), m.index)),
    re: new RegExp(
      String.raw`User is not authorized to access this resource(?: with an explicit deny(?: in (?:an?|the) (${POLICY_TYPE_SOURCE}))?)?`,
      'g'
    ),
    facts: (m, d) => {
      if (/explicit deny/.test(m[0])) d.deny = 'explicit'
      if (m[1]) d.layer = layerOf(m[1])
      // Amazon Location answers in the same words for a call made with an API key (`aws geo-places
      // geocode --key $MAP_KEY`, aws/aws-cli#9310): the key's restrictions decided, not IAM.
      const location = LOCATION_CALL.exec(m.input.slice(Math.max(0, m.index - 1500), m.index))
      if (location) {
        d.service = location[1]!
        if (/\s--key[= ]/.test(location[2]!)) d.detail.apiKey = 'location'
      }
    }
  },
  {
    // IAM's answer to a read of an IAM resource the caller may not see (another account's OIDC
    // or SAML provider, role, policy): `User: ARN is not authorized to access this resource`,
    // no action named. The subject may sit on the line above (a wrapped Terraform diagnostic).
    // Route 53 answers the same words. A client that strips the XML body's tags runs the type,
    // code and message together (`Sender SenderAccessDeniedUser: arn:… is not authorized to access
    // this resource<request id>`: Guzzle's body summary in the PHP SDK, aws/aws-sdk-php#2141): the
    // glued code is no code slot, and the subject is read as printed (`…:user/` with no name).
    id: 'iam-access-resource',
    rule: 'WD775',
    needs: ['authorized to access this resource'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: new RegExp(
      String.raw`(?:\b|(?<=\bSender(?:AccessDenied|AccessDeniedException)))User:\s+(arn:${VALUE_TOKEN})\s+is\s+not\s+authorized to access this resource`,
      'g'
    ),
    facts: (m, d) => {
      d.principal = trimValue(m[1]!)
    }
  },
  {
    id: 'permission-to-call',
    rule: 'WD712',
    needs: ['permission'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /(?:doesn't|does not|don't|do not) have (?:the )?permissions? to call ([A-Za-z0-9-]+:[A-Za-z0-9]+)/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // A controller's own words for the refusal of its dry-run check (Karpenter's EC2NodeClass
    // status, aws-samples/eks-workshop-v2#1859: `Controller isn't authorized to call
    // ec2:RunInstances`; its log: `unauthorized to call ec2:RunInstances`).
    id: 'authorized-to-call',
    rule: 'WD848',
    needs: ['to call '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(?:(?:isn't|is not|not) authorized|[Uu]nauthorized) to call ([a-z0-9-]+:[A-Z][A-Za-z0-9]+)\b/g,
    // Karpenter's JSON log line carries the SDK's error too (heldout12 h12-040): that is the finding.
    when: (text) => !/not authorized to perform\b/.test(text),
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
      // AWS Backup names the role it checked (`IAM Role arn:aws:iam::…:role/AWSBackupServiceRole is
      // not authorized to call tag:GetResources`, heldout147): the caller of the call refused.
      const role = /\bIAM Role (arn:aws[\w-]*:iam::[^\s:]{1,40}:role\/[\w+=,.@/-]{1,512}) $/.exec(
        m.input.slice(Math.max(0, m.index - 600), m.index)
      )
      if (role) d.principal = role[1]!
    }
  },
  {
    id: 'cfn-tagging',
    rule: 'WD713',
    needs: ['tagging operation', 'permissions to process tags'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Unauthorized tagging operation|Encountered a permissions error performing a tagging operation|Did not have IAM permissions to process tags on (AWS::\w+::\w+) resource/g,
    facts: (m, d) => {
      d.detail.tagging = 'true'
      if (m[1]) d.detail.resourceType = m[1]
    }
  },
  {
    // CloudFormation stack events name the refused call before S3's bare answer:
    // `API: s3:CreateBucket Access Denied`, `MyBucketPolicy - API: s3:PutBucketPolicy Access Denied`.
    id: 'cfn-api-denied',
    rule: 'WD714',
    needs: ['Access Denied', 'Access denied', 'Forbidden'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAPI: ([A-Za-z0-9-]+:[A-Za-z0-9*]+)\s+(?:Access Denied|Access denied|Forbidden)\b/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // A service that assumes a role for you says the call it could not make:
    // `Unable to assume role. Reason: Access denied when calling sts:AssumeRole` (DataSync...).
    id: 'denied-when-calling',
    rule: 'WD715',
    needs: ['denied when calling '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /(?:Unable to assume role\. Reason: )?Access denied when calling ([a-z0-9-]+:[A-Za-z0-9]+)/gi,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // Lambda's own wording for an execution role whose trust policy does not let Lambda assume
    // it: the trust policy (or IAM's eventual consistency), never the deployer's identity policy.
    id: 'lambda-role-trust',
    rule: 'WD773',
    needs: ['cannot be assumed by Lambda'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /The role defined for the function cannot be assumed by Lambda\.?/g,
    facts: (_m, d) => {
      d.service = 'lambda'
    }
  },
  {
    // A service refusing the role it was handed: it cannot assume it (trust policy) or the role
    // may not make a call the service needs.
    id: 'service-cannot-use-role',
    rule: 'WD716',
    needs: [
      'is invalid or cannot be assumed',
      'unable to assume the',
      'execution role does not have permissions',
      "' cannot be assumed by principal '",
      'Access denied while assuming the role ',
      'The provided role ',
      'is not authorized to assume the provided role',
      'is unable to assume role ',
      'must allow '
    ],
    kind: 'denial',
    priority: PRIORITY.message,
    // The role as a writer's placeholder (`Role [role_arn] is invalid …`, the re:Post article
    // repost.aws/knowledge-center/cloudformation-role-arn-error quoting CloudFormation) is the
    // same refusal; only an ARN is kept as the role.
    // Control Tower names both roles (`The AWSControlTowerStackSetRole is unable to assume the
    // AWSControlTowerExecution role.`, superwerker/superwerker#143): the second one's trust.
    // EventBridge checks a rule's role the same way (`Provided role 'arn:…' cannot be assumed by
    // principal 'events.amazonaws.com'.`, Zappa's keep-warm rule, Miserlou/Zappa#381); Service
    // Catalog its launch role (`ValidationException: Access denied while assuming the role arn:…`,
    // relayed by SageMaker projects, aws-samples/sagemaker-custom-project-templates#40).
    re: new RegExp(
      `${SERVICE_ROLE_WORDS.source}|${PROVIDED_ROLE_SOURCE}|${STATES_PRINCIPAL.source}|${PRINCIPAL_UNABLE.source}|${MUST_ALLOW_ASSUME.source}`,
      'g'
    ),
    facts: (m, d) => {
      const role =
        m[1] ??
        (m[2]?.startsWith('arn:') ? m[2] : undefined) ??
        m[6] ??
        m[7] ??
        m[9]?.replace(/\.$/, '') ??
        m[10]
      if (m[5]) d.detail.assumer = m[5]
      if (m[8]) d.detail.assumer = m[8]
      // The service naming itself (`SageMaker was unable to assume the role 'arn:…'`, a training job's
      // role, heldout132 review h132-041): its principal, where its name is a service's.
      const selfNamed = m[1]
        ? /^([A-Z][A-Za-z]*) (?:was|is) unable to assume/.exec(m[0])?.[1]
        : undefined
      if (selfNamed && !d.detail.assumer) {
        const principal = providedRoleAssumer(selfNamed)
        if (principal) d.detail.assumer = principal
      }
      // Service Catalog's words for its launch role (heldout23 review 2, h23-024).
      if (m[9]) d.detail.assumer = 'servicecatalog.amazonaws.com'
      // AWS Backup names itself (`The provided role arn:… cannot be assumed by AWS Backup.`, a
      // backup selection's role, awslabs/landing-zone-accelerator-on-aws#194).
      const provided = m[10] ? providedRoleAssumer(m[11]!) : null
      if (provided) d.detail.assumer = provided
      // Step Functions naming itself, not the role (`The principal states.amazonaws.com is not
      // authorized to assume the provided role.`, Motiva-AI/stepwise#22): the state machine's role.
      if (m[12]) {
        d.detail.assumer = m[12]
        d.detail.role = '<ROLE_ARN>'
      }
      // AWS IoT naming itself and the role (`AWS IoT (iot.amazonaws.com) is unable to assume role
      // (sts:AssumeRole) on resource: arn:….`, a topic rule's role, hashicorp/terraform-provider-aws#33433).
      if (m[13]) {
        d.detail.assumer = m[13]
        d.detail.role = m[14]!.replace(/\.$/, '')
        // The message names the action, the resource and the service principal itself.
        d.action = 'sts:AssumeRole'
        d.resource = d.detail.role
        d.principal = m[13]
        d.service = 'sts'
      }
      // A service that names itself and no role (the one the request handed it).
      const mustAllow = m[15] ? providedRoleAssumer(m[15]) : null
      if (mustAllow) {
        d.detail.assumer = mustAllow
        d.detail.role = '<ROLE_ARN>'
      }
      if (role) d.detail.role = role
      // `Role ARN is invalid or cannot be assumed` is CloudFormation's answer for a stack's service
      // role (deleted, or not trusting the service): said so when the text names stacks (h22-036).
      if (
        m[2]?.startsWith('arn:') &&
        /cloud ?formation|\bstack\b/i.test(
          m.input.slice(Math.max(0, m.index - 400), m.index + m[0].length + 400)
        )
      ) {
        d.detail.assumer = 'cloudformation.amazonaws.com'
        d.service = 'cloudformation'
      }
      if (m[3]) d.operation = m[3]
      // `… to call PutObject on S3` names the service that refused the role at run time; a
      // relaying label after it (`(Service: AWSLambda; …`, Lambda checking the role when the
      // function is made) names who answered, and the hints read it.
      const named = m[4] ? serviceOfLabel(m[4]) : null
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)
      if (named && !/^\s*\((?:AWS )?Service:/.test(after)) d.service = named
    }
  },
  {
    // Messages that say no more than "denied" after a tool's own prefix: cdk-assets `fail: Access
    // Denied`, Serverless `Error: Access Denied`, CloudFormation `S3 error: Access Denied`, CDK's
    // `Environment … failed bootstrapping: Access Denied`, `API: ec2:RunInstances Not authorized
    // for images: […]`, Organizations' and KMS's sentences.
    id: 'prefixed-denied',
    rule: 'WD717',
    needs: ['Access Denied', 'Not authorized for', 'is not allowed to be used'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    // s3fs (fsspec) turns S3's refusal into Python's `PermissionError: Access Denied` (its Lambda
    // error JSON is the runtime-error grammar's, fsspec/s3fs#218).
    // Cloud Custodian writes no space after its colon (`unable to invoke method:get_bucket_location
    // error:Access Denied`, cloud-custodian/cloud-custodian#6678); Hadoop 2.7's S3A prints the S3
    // exception with its request after a semicolon, no SDK suffix (`AmazonS3Exception: Access
    // Denied; request: PUT https://…`, JohnSnowLabs/spark-nlp#14129).
    // Also an S3 client's own verb line (bazel-remote: `S3 DOWNLOAD bazel-cache ac/dd/… Access
    // Denied`, buchgr/bazel-remote#749) and an upload naming its bucket (Amazon.Lambda.Tools:
    // `Error uploading to KEY in bucket NAME: Access Denied`).
    re: /\b(?:fail|Error|error|S3 error|failed bootstrapping|([Ss]3(?: object| bucket)?)):[ ]?Access Denied\b|\bAPI: ([A-Za-z0-9-]+:[A-Za-z0-9*]+) Not authorized for\b|The specified KMS key does not exist or is not allowed to be used|^[ \t]*(S3) (?:DOWNLOAD|UPLOAD|GET|PUT|HEAD|DELETE|LIST)\b[^\n]{0,400}? Access Denied\b|\bin bucket [^\s:]{1,255}: Access Denied\b|\b(AmazonS3Exception): Access Denied(?=;)|\bPermissionError: Access Denied\b/gm,
    facts: (m, d) => {
      // `Error uploading to S3: Access Denied`, Thanos' `stat s3 object: Access Denied.`, and
      // bazel-remote's `S3 DOWNLOAD bucket key Access Denied` (heldout17 review 2, h17-052).
      if (m[1] || m[3] || m[4]) d.service = 's3'
      if (m[2]) {
        d.action = m[2]
        d.service = serviceOfAction(m[2])
      }
    }
  },
  {
    // boto 2's service error classes with the status as their message (`SDBResponseError:
    // SDBResponseError: 403 Forbidden`, Toil's SimpleDB job store, DataBiosphere/toil#1221); the
    // class names the service, when no body says more. S3's `S3ResponseError` is the
    // storage-status grammar's.
    id: 'boto2-response-error',
    rule: 'WD7014',
    needs: ['ResponseError: 403 Forbidden'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    // SimpleDB's only: boto 2's EC2, SQS or IAM errors print their XML body, a line or a page
    // away, whose code is the finding (h15-101).
    re: /\b(SDB)ResponseError: 403 Forbidden\b/g,
    // Only the status alone: an XML body below names the real error (`<Code>ExpiredToken</Code>`),
    // and a refusal's own words around it (EC2's `UnauthorizedOperation` a frame above, boto's
    // traceback over it) are that refusal's.
    accept: (m) =>
      !/<Code>|<Error>|"__type"|UnauthorizedOperation|AccessDenied|not authorized|Access Denied/.test(
        m.input.slice(0, m.index + 800)
      ),
    facts: (m, d) => {
      d.code = `${m[1]!}ResponseError`
      d.service = m[1]!.toLowerCase()
    }
  },
  {
    // AWS Organizations' own refusal: what a member account gets for a call only the management
    // account (or a delegated administrator) may make, whatever its IAM policies say.
    id: 'organizations-access-denied',
    rule: 'WD769',
    needs: ['t have permissions to access this resource'],
    kind: 'denial',
    priority: PRIORITY.message,
    // Typographic apostrophes too: some consoles and issue trackers print them.
    re: /You don['’]t have permissions to access this resource\.?/g,
    facts: (_m, d) => {
      d.service = 'organizations'
    }
  },
  {
    // S3 checks, when a notification configuration is saved, that it may deliver to every
    // destination: a queue, topic or function whose resource policy does not admit
    // s3.amazonaws.com from this bucket fails the save with InvalidArgument.
    id: 's3-notification-destination',
    rule: 'WD770',
    needs: ['Unable to validate the following destination configurations'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Unable to validate the following destination configurations(?:[.:]?[ \t]*(arn:[\w-]+:(?:sqs|sns|lambda):[^\s,"'<>]*[^\s,"'<>.]))?(?:[.:]?[ \t]*Permissions on the destination (queue|topic|function) do not allow S3 to publish notifications from this bucket\.?)?/g,
    facts: (m, d) => {
      d.service = 's3'
      d.detail.notificationDestination = m[1] ?? m[2] ?? 'unnamed'
      // S3's code before its message, as the Go SDK v1 prints it (`Error putting S3 notification
      // configuration: InvalidArgument: Unable to validate …`, hashicorp/terraform#19756).
      const code = /\b(InvalidArgument):[ \t]*$/.exec(
        m.input.slice(Math.max(0, m.index - 40), m.index)
      )
      if (code) d.code = code[1]!
    }
  },
  {
    // Auto Scaling's launch failure when its service-linked role may not use the customer managed
    // KMS key of an encrypted EBS volume (the documented cause of this reason).
    id: 'asg-client-error-on-launch',
    rule: 'WD771',
    needs: ['Client error on launch'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Client\.InternalError: Client error on launch\.?/g,
    facts: (_m, d) => {
      d.service = 'autoscaling'
      d.code = 'Client.InternalError'
      d.detail.kmsLaunch = 'ebs'
    }
  },
  {
    // CloudFormation StackSets could not act in a target account: the administration role may not
    // assume the execution role there (missing, or its trust names another role), in the
    // operation's status reason (repost.aws cfn-iam-best-practices-stackset-resources: `Account
    // 111111111111 should have 'AWSCloudFormationStackSetExecutionRole' role with trust
    // relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.`).
    id: 'stackset-execution-role-trust',
    rule: 'WD853',
    needs: ['role with trust relationship to Role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccount (\d{12}|[\w*.-]{1,40}) should have '([^'\n]{1,128})' role with trust relationship to Role '([^'\n]{1,128})'\.?/g,
    facts: (m, d) => {
      d.service = 'cloudformation'
      d.detail.role = m[2]!
      d.detail.administrationRole = m[3]!
    }
  },
  {
    // EC2 refusing to create a service-linked role for the caller on its first use of a feature
    // (karpenter.sh troubleshooting: `AuthFailure.ServiceLinkedRoleCreationNotPermitted: The
    // provided credentials do not have permission to create the service-linked role for EC2 Spot
    // Instances`). Despite `AuthFailure` a permission refusal with its own code, never a
    // credentials failure: the caller lacks iam:CreateServiceLinkedRole (trap service-linked-role).
    // The Ruby SDK's class drops the dot (`Aws::EC2::Errors::AuthFailureServiceLinkedRoleCreation
    // NotPermitted: The provided credentials …`, BOSH's AWS CPI, cloudfoundry/bosh-bootloader#466).
    id: 'service-linked-role-not-permitted',
    rule: 'WD852',
    needs: ['ServiceLinkedRoleCreationNotPermitted'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    // The code with EC2's message (a quote may wrap it between any two words, `The provided` /
    // `credentials do not …`, chialab/aws-autoscaling-gitlab-runner#7), or with the SDK's `when calling the … operation` (botocore's
    // parenthesised code, dstackai/dstack#1618): a name alone in a list or a tuple of codes a
    // program checks is no refusal.
    re: /\b(AuthFailure\.?ServiceLinkedRoleCreationNotPermitted)\)?(?::\s{0,8}The\s{1,8}provided\s{1,8}credentials\s{1,8}do\s{1,8}not\s{1,8}have\s{1,8}permission\s{1,8}to\s{1,8}create\s{1,8}the\s{1,8}service-linked\s{1,8}role\s{1,8}for\s{1,8}([^\n.\\"]{1,60})| when calling the \w+ operation)/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 'ec2'
      // EC2's own wording names the feature whose role is missing (`EC2 Spot Instances`), also
      // after botocore's `when calling the RunInstances operation:` (heldout133 review h133-037).
      const feature =
        m[2] ??
        /^[^\n]{0,120}?service-linked\s{1,8}role\s{1,8}for\s{1,8}([^\n.\\"]{1,60})/.exec(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 300)
        )?.[1]
      if (feature && /\bSpot\b/.test(feature)) d.detail.serviceLinkedRole = 'spot.amazonaws.com'
    }
  },
  {
    // The Elastic Beanstalk CLI's own error for any refused call: `ERROR: NotAuthorizedError -
    // Operation Denied. Access Denied.` (the service's bare words after its prefix; the IAM
    // sentence in their place is the iam-sentence grammar's). `NotAuthorizedError` is ebcli's
    // class, not a wire code.
    id: 'ebcli-operation-denied',
    rule: 'WD834',
    needs: ['NotAuthorizedError - Operation Denied'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bNotAuthorizedError - Operation Denied\.(?=[ \t]*(?:Access Denied\b|\r?\n|$))(?:[ \t]*Access Denied\.?)?/g
  },
  {
    // Ansible's ec2.py dynamic inventory relays boto 2's bare reason for a refused RDS or
    // ElastiCache listing (`Forbidden`), then says which listing it was: `ERROR: "Forbidden",
    // while: getting RDS instances` (ansible/ansible#11006, openshift/openshift-ansible-contrib#56).
    // Its EC2 listing alone words a failure `Error connecting to AWS backend.` and EC2's message
    // (ec2.py's get_instances_by_region), with or without the `while:` the later versions add.
    // Each listing is its own call: the service is read from the words, the action by src/infer
    // (while-getting). The later wording for an account never signed up (`RDS hasn't been enabled
    // for this account yet`) is no refusal of a policy and is not read; nor is the older bare
    // `execution error: Forbidden`, which does not say whose listing it was.
    id: 'inventory-refused-listing',
    rule: 'WD837',
    needs: ['"Forbidden", while: getting ', 'Error connecting to AWS backend.'],
    kind: 'denial',
    // Above ec2-unauthorized: the backend words say the call was EC2's own listing.
    priority: PRIORITY.message + 1,
    re: /\bERROR: "Forbidden", while: getting (RDS|ElastiCache)\b|\bError connecting to AWS backend\.[ \t]*\r?\n?[ \t]*You are not authorized to perform this operation(?!\.?[ \t]*(?:Encoded|User\b))\.?/g,
    facts: (m, d) => {
      d.service = m[1]?.toLowerCase() ?? 'ec2'
    }
  },
  {
    // The Java SDK v2's exception class, fully qualified, then whatever message the service sent
    // and the SDK's own suffix: `software.amazon.awssdk.services.lakeformation.model.
    // AccessDeniedException: Access is not allowed. (Service: LakeFormation, Status Code: 400, …`.
    // The class is the code when no wire code is printed (the corpus rule); the class and the
    // suffix together say a service answered, whatever its words (Lake Formation's are its own).
    id: 'sdk-v2-model-refusal',
    rule: 'WD833',
    needs: ['.model.'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bsoftware\.amazon\.awssdk\.services\.[a-z0-9]+\.model\.([A-Z]\w{2,80}):[ \t]+(?=[^\n]{0,300}(?:\n[^\n]{0,300})?\(Service: [\w -]{1,60}, Status Code: (\d{3}), Request ID: )/g,
    // A service's own class over a 403 is a refusal too, whatever its words (`IotDataPlaneException:
    // Forbidden`, `GreengrassV2DataException: null`: IoT's and Greengrass's data planes, heldout78);
    // a credentials class (`…InvalidSignatureException`) is read by its own rule.
    accept: (m) =>
      classifyCode(m[1]!) === 'authz' ||
      looksLikeRefusal(m[1]!) ||
      // S3's bodiless 403s (a HEAD) have their readers, S3A's wrapper first (hadoop-s3a-denied).
      (m[2] === '403' &&
        m[1] !== 'S3Exception' &&
        classifyCode(m[1]!) === null &&
        SAYS_NOTHING.test(sdkMessage(m))),
    facts: codeFromFirstGroup
  },
  {
    // S3A's class with its message cut by the writer (`java.nio.file.AccessDeniedException:...`,
    // CoxAutomotiveDataSolutions/spark-distcp#17), S3A's frames under it: S3's refusal still.
    id: 'hadoop-s3a-denied-elided',
    rule: 'WD7206',
    needs: ['AccessDeniedException'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bjava\.nio\.file\.AccessDeniedException:?(?:\.{3}|…)?[ \t]*(?=\r?\n[ \t]{0,8}at org\.apache\.hadoop\.fs\.s3a\.)/g,
    // A wrapper's class before it (`SparkException: Job aborted…`) is no code: S3's was cut.
    settled: (d) => {
      if (d.code && classifyCode(d.code) === null && !looksLikeRefusal(d.code)) d.code = null
    }
  },
  {
    // S3A's rename deleting the source keys in bulk: S3 answers 200 with a refusal per key, which
    // the SDK prints after `MultiObjectDeleteException: One or more objects could not be deleted
    // (… Status Code: 200 …)` as `AccessDenied: dest/file10: Access Denied` (the Hadoop S3A
    // troubleshooting guide).
    id: 's3-multi-delete-key-denied',
    rule: 'WD7207',
    needs: ['Access Denied'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    // The exception's name may stand more lines above than a record holds: the key between the
    // code and S3's message is this form's own.
    re: /\b(AccessDenied): (?!Access\b)[^\s:]{1,1024}: Access Denied\b/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 's3'
    }
  },
  {
    // Hadoop's old s3n file system (JetS3t) translating S3's 403 into its own class:
    // `org.apache.hadoop.security.AccessControlException: Permission denied: s3n://bucket/key`
    // (tomwhite/hadoop-book#30).
    id: 'hadoop-s3n-denied',
    rule: 'WD7208',
    needs: ['AccessControlException: Permission denied: '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccessControlException: Permission denied: (?=s3n?:\/\/)/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Hadoop's S3A file system translates S3's 403 into `java.nio.file.AccessDeniedException:
    // s3a://bucket/key: getFileStatus on …` (the wire code, when any, follows in the SDK suffix).
    id: 'hadoop-s3a-denied',
    rule: 'WD718',
    needs: ['AccessDeniedException'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bnio\.file\.AccessDeniedException:? (?=s3[an]?:\/\/)/g,
    // The class is S3A's wrapper for any failure S3 or the client had, credentials too: a
    // credential code in the SDK suffix (`Error Code: InvalidAccessKeyId;`) or S3A's own "no
    // credentials" exception inside the message (trinodb/trino#25626: `AccessDeniedException
    // s3a://trino/csv: …NoAuthWithAWSException: No AWS Credentials provided by …`) is the
    // failure, read by its own rule (WD830, WD739…), not a refusal.
    accept: (m) => {
      const end = m.index + m[0].length
      const message = m.input.slice(end, s3aMessageEnd(m.input, end, 1200))
      const suffix = JAVA_SUFFIX_CODE.exec(message)
      if (suffix && classifyCode(suffix[1]!) === 'credentials') return false
      return !S3A_NO_CREDENTIALS.test(message)
    },
    facts: (_m, d) => {
      d.service = 's3'
    },
    // The message runs to the stack trace, over wrapped lines: the status it ends with
    // (`…:403 Forbidden`) is this failure's code, not another one's.
    // A wrapper's class before it (`SparkException: Job aborted…`, Py4J's) is never the code: the
    // SDK suffix inside the message is (`Error Code: 403 Forbidden;`), as printed.
    extend: (text, end, d) => {
      const trace = text.slice(end, end + 4000).search(S3A_TRACE)
      const stop = trace === -1 ? end : end + trace
      const suffix = JAVA_SUFFIX_CODE.exec(text.slice(end, trace === -1 ? end + 1200 : stop))
      if (!suffix) return stop
      d.code = suffix[1]!
      // The suffix is this reading's: the span covers it, so no bare-code reading of it is left.
      return Math.max(stop, end + suffix.index + suffix[0].length)
    }
  },
  {
    // The .NET SDK's exception class, then S3's bare message: `Amazon.S3.AmazonS3Exception: Access
    // Denied`, alone or with its inner exceptions (`---> Amazon.Runtime.Internal.…`) on the line.
    // A string literal opening right before the class is source building the text
    // (`new Exception("Amazon.S3.AmazonS3Exception: Access Denied")`), never what the SDK printed.
    id: 'dotnet-exception-denied',
    rule: 'WD788',
    needs: ['Exception: Access Denied'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /(?<!["'])\bAmazon\.(\w+)\.(?:Model\.)?Amazon\w*Exception: Access Denied\b/g,
    facts: (m, d) => {
      if (m[1] === 'S3') d.service = 's3'
    }
  },
  {
    // Elastic Beanstalk's events name the service that refused the environment's call:
    // `Service:Amazon S3, Message:Access Denied: S3Bucket=…, S3Key=…` (the bucket and key it read).
    id: 'beanstalk-event-denied',
    rule: 'WD789',
    needs: [', Message:'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bService: ?(Amazon ?S3|(?:Amazon|AWS) ?[A-Za-z0-9]+), Message: ?Access Denied\b(?::? S3Bucket=([^\s,`'"]+)(?:, S3Key=([^\s,`'"]+))?)?/g,
    facts: (m, d) => {
      d.service = m[1]!.replace(/^(?:Amazon|AWS) ?/, '').toLowerCase()
      if (m[2]) d.resource = `arn:aws:s3:::${m[2]}${m[3] ? `/${m[3]}` : ''}`
    }
  },
  {
    // A service's own sentence naming the IAM action it was refused (Elastic Beanstalk events:
    // `Service:AmazonEC2, Message:You do not have permission to perform the 'ec2:DescribeSubnets'
    // action.`). Applications word their own refusals so too: only an IAM action makes it AWS's.
    id: 'no-permission-to-perform',
    rule: 'WD779',
    needs: ['You do not have permission to perform the '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /You do not have permission to perform the '([A-Za-z0-9-]+:[A-Za-z0-9*]+)' action\.?/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // The .NET SDK when S3 sends a 403 with no body (HEAD requests): `Error making request with
    // Error Code Forbidden and Http Status Code Forbidden. No further error information …`.
    id: 'dotnet-no-body',
    rule: 'WD719',
    needs: ['Error making request with Error Code '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Error making request with Error Code (Forbidden|AccessDenied) and Http Status Code (?:Forbidden|403)\b/g,
    facts: codeFromFirstGroup
  },
  {
    // S3's AllAccessDisabled in the words the SDKs print without its code.
    id: 's3-all-access-disabled',
    rule: 'WD720',
    needs: ['All access to this object has been disabled'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /All access to this object has been disabled/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // AWS's front door could not map the request to an operation, so no policy was evaluated:
    // a data-plane call sent to the control-plane endpoint (Kinesis Video GetMedia, boto/boto3#1506),
    // API Gateway's Lambda integration calling with GET (serverless/serverless#1312). The code the
    // SDK printed (`403`, `AccessDeniedException`) is read around it as usual.
    id: 'operation-not-determined',
    rule: 'WD835',
    needs: ['Unable to determine service/operation name to be authorized'],
    kind: 'denial',
    priority: PRIORITY.message,
    // From the XML body's opening tag when it stands on the SDK's line, a line above the words.
    re: /(?:<AccessDeniedException>\s{0,40}<Message>)?Unable to determine service\/operation name to be authorized/g,
    // That opening tag is the body's root element: the error's code where the client printed the
    // body it could not read (.NET's `Response Body: <AccessDeniedException>`, aws/aws-sdk-net#885);
    // a client that printed a code of its own (boto's `An error occurred (403)`) keeps that one.
    facts: (m, d) => {
      if (
        m[0].startsWith('<AccessDeniedException>') &&
        m.input.endsWith('Response Body: ', m.index)
      )
        d.code = 'AccessDeniedException'
      // A China or GovCloud Region the line names (a scanner's `cn-northwest-1 -- ClientError…`,
      // prowler-cloud/prowler#1573): there the call may simply not be offered.
      const line = m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index)
      const region = PARTITION_REGION.exec(line)?.[1]
      if (region) d.detail.region = region
    }
  },
  {
    // AWS AppSync's GraphQL error when it cannot assume a data source's service role (its trust
    // policy does not let appsync.amazonaws.com assume it): `"errorType": "Unauthorized"`, then
    // `"message": "Unable to assume role arn:aws:iam::…:role/…"` in the same error object
    // (pastebin ThhNbYzi). The errorType stands ten lines above in a pretty-printed response,
    // beyond a record's reach: it is AppSync's category, not read as a code.
    id: 'appsync-unable-to-assume-role',
    rule: 'WD866',
    needs: ['Unable to assume role '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /"message"\s*:\s*"Unable to assume role (arn:[\w-]+:iam::[^"\s]{1,300}?)\.?"/g,
    // The role AppSync could not assume (not the refused request's resource: AppSync's own call).
    facts: (m, d) => {
      d.detail.assumedRole = m[1]!
    }
  },
  {
    // The Go SDK v1's request error printed with `%#v` (Vault's IAM lookups, hashicorp/vault#2852:
    // `&awserr.requestError{awsError:(*awserr.baseError)(0xc426ae5c00), statusCode:403, …}`):
    // the code and message sit behind the pointer, and the status alone says AWS refused.
    id: 'go-request-error-403',
    rule: 'WD865',
    needs: ['requestError{awsError'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bawserr\.requestError\{awsError:\([^()\n]{1,80}\)\([^()\n]{1,40}\), statusCode:403\b/g
  },
  {
    // Cost Explorer not enabled for the account, or the account's IAM access to billing data off
    // (`… when calling the GetCostAndUsage operation: User not enabled for cost explorer access`,
    // a FinOps notebook, heldout154 review h154-019): no policy of the caller's decides it.
    id: 'cost-explorer-not-enabled',
    rule: 'WD7329',
    needs: ['not enabled for cost explorer access'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bUser not enabled for cost explorer access\b/gi,
    facts: (_m, d) => {
      d.service = 'ce'
    }
  },
  {
    // EFS's refusal in its own words, no action or caller named (`User is not authorized to
    // perform that action on the specified resource`, CloudFormation relaying it for a compose
    // file's EFS volume, aws-containers/demo-app-for-docker-compose#4).
    id: 'specified-resource-not-authorized',
    rule: 'WD7328',
    needs: ['perform that action on the specified resource'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bUser is not authorized to perform that action on the specified resource\b/g
  },
  {
    // A service refusing a role of another account handed to it (`--role-arn`, a function's
    // execution role): `AccessDenied: Cross-account pass role is not allowed` (aws/aws-cdk#9912),
    // `… allowed (Service: AmazonCloudFormation; Status Code: 403; …)` (adcreare/cloudformation#3).
    // The service checks the account itself: no policy is asked. The code around is read as usual.
    id: 'cross-account-pass-role',
    rule: 'WD836',
    needs: ['Cross-account pass role is not allowed'],
    kind: 'denial',
    priority: PRIORITY.message,
    // The sentence ends there: a longer phrase is prose about it. Markdown emphasis a reporter
    // put around the line may close it (`…not allowed._`, aws/aws-toolkit-azure-devops#546).
    re: /\bCross-account pass role is not allowed\b(?=\.?[*_]{0,3}[ \t]*(?:$|[(\\"'`<,;}\]]))/gm
  },
  {
    // A bare `Access Denied` / `Forbidden: null` whose stack trace is an AWS SDK's: JRuby's
    // `#<Class:0x…>: Access Denied` over aws-sdk-v1 frames, JS SDK v2's `Forbidden: null` over
    // `aws-sdk/lib/services/s3.js`. The SDK in the next lines says whose answer it is.
    id: 'sdk-stack-denied',
    rule: 'WD721',
    // Also the code with its empty message (`AccessDeniedException: null` over `aws-sdk/lib/protocol/
    // json.js`, serverless-nextjs/serverless-next.js#2416).
    needs: ['Access Denied', 'Forbidden: null', 'AccessDenied'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /(?:\bAccess Denied|^Forbidden: null|^[ \t]*(AccessDenied(?:Exception)?): null)(?=[ \t]*\r?\n[^\n]*(?:\baws-sdk\b|\bcom\.amazonaws\.|\bsoftware\.amazon\.awssdk\.|\bAmazon\.Runtime\.|\bbotocore\b))/gm,
    facts: (m, d) => {
      if (m[0].startsWith('Forbidden')) d.code = 'Forbidden'
      if (m[1]) d.code = m[1]
    }
  },
  {
    // CloudFormation's handlers saying it without a code or an action (`CREATE_FAILED : You don't
    // have the permissions that are required to perform this operation on LOGICAL_ID.`,
    // aws-solutions/automated-data-analytics-on-aws#67): the resource named is the stack's.
    id: 'permissions-required-for-operation',
    rule: 'WD7240',
    needs: ['have the permissions that are required to perform this operation'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bYou don['’]t have the permissions that are required to perform this operation\b/g
  },
  {
    // Amplify Flutter's analytics refused by Pinpoint (`"message": "Forbidden from accessing the
    // Pinpoint resource."`, its `underlyingException` naming the code, aws-amplify/amplify-flutter#3106).
    id: 'amplify-pinpoint-forbidden',
    rule: 'WD7246',
    needs: ['Forbidden from accessing the Pinpoint resource'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bForbidden from accessing the Pinpoint resource\b/g,
    facts: (m, d) => {
      const under =
        /\bunderlyingException\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?([A-Z][A-Za-z]{2,60}Exception)\b/.exec(
          m.input.slice(m.index, m.index + 600)
        )
      if (under) d.code = under[1]!
      d.service = 'mobiletargeting'
    }
  },
  {
    // Pacu's modules print the code alone under their failure line (`[ecs__enum] FAILURE: ` /
    // `[ecs__enum]   AccessDeniedException`, RhinoSecurityLabs/pacu#451).
    id: 'pacu-module-failure',
    rule: 'WD7237',
    needs: ['AccessDenied', 'UnauthorizedOperation'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /^\[[a-z0-9]{2,30}__[a-z0-9_]{2,60}\][ \t]+(AccessDenied(?:Exception)?|UnauthorizedOperation)[ \t]*$/gm,
    facts: codeFromFirstGroup
  },
  {
    // Amplify's Swift storage plugin reporting S3's refusal by its status alone (`Failed: The HTTP
    // response status code is [403].. TODO some status code to recovery message mapper.`,
    // aws-amplify/amplify-swift#1052).
    id: 'amplify-swift-http-403',
    rule: 'WD7238',
    needs: ['The HTTP response status code is [403]'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bThe HTTP response status code is \[403\]/g,
    when: (text) => /\bAmplify\b|\bAWSS3StoragePlugin\b/.test(text)
  },
  {
    // A CloudTrail-to-Slack alert's summary of a refused event (`arn:aws:sts::…:assumed-role/R/S
    // called ListAccounts but failed due to AccessDenied`, fivexl/terraform-aws-cloudtrail-to-slack#11):
    // the caller, the operation and the code, as the event recorded them.
    id: 'trail-alert-failed-due-to',
    rule: 'WD7239',
    needs: [' but failed due to '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(arn:aws[\w-]*:(?:sts|iam)::[^\s:]{1,40}:[^\s]{1,400}) called ([A-Z][A-Za-z0-9]{2,80}) but failed due to (AccessDenied(?:Exception)?|UnauthorizedOperation|Client\.UnauthorizedOperation)\b/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.operation = m[2]!
      d.code = m[3]!
    }
  },
  {
    // Kinesis Video Streams acknowledging a fragment it could not encrypt with the stream's key
    // (`{"EventType":"ERROR",…,"ErrorCode":"KMS_KEY_ACCESS_DENIED","ErrorId":4500}`, the C++
    // producer's debug line, awslabs/amazon-kinesis-video-streams-producer-sdk-cpp#706): a refusal
    // of the KMS key, named by its code alone.
    id: 'kinesis-video-kms-denied',
    rule: 'WD7234',
    needs: ['KMS_KEY_ACCESS_DENIED'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bErrorCode\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?(KMS_KEY_ACCESS_DENIED)\b/g,
    facts: codeFromFirstGroup
  },
  {
    // Amplify JS's Analytics when Pinpoint refuses its events: `AWSPinpointProvider - Please ensure
    // you have updated you Pinpoint IAM Policywith the Action: "mobiletargeting:PutEvents" …`
    // (its own spacing, aws-amplify/amplify-js#1759). It names the refused action itself.
    id: 'amplify-pinpoint-policy',
    rule: 'WD7232',
    needs: ['Pinpoint IAM Policy'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bPlease ensure you have updated your? Pinpoint IAM Policy[ \t]*with the Action: "([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9]{1,80})"/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // A service naming the permission its own check of the caller missed (GuardDuty's publishing
    // destination: `InvalidInputException: The request was rejected because you do not have the
    // required iam:GetRole permission.`, awslabs/landing-zone-accelerator-on-aws#8).
    id: 'required-permission-missing',
    rule: 'WD7233',
    needs: ['do not have the required '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\byou do not have the required ([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9]{1,80}) permission\b/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // CloudFormation relaying a custom resource's failure (`Received response status [FAILED] from
    // custom resource. Message returned: Access Denied Logs: /aws/lambda/…`): the handler's own
    // AWS call was refused, S3's words with nothing else said (jetbridge/cdk-nextjs#10).
    id: 'custom-resource-access-denied',
    rule: 'WD7228',
    needs: ['Message returned: '],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    // Also after the handler's own words (`Message returned: Failed to create: Insufficient
    // permission. Access Denied`, aws-samples/amazon-chime-sdk#218).
    re: /\bMessage returned: (?:Failed to (?:create|update|delete): )?(?:Insufficient permissions?\.[ \t]+)?Access Denied(?=[ \t]+Logs: |[ \t]*\(|[ \t.]*$)/gm
  },
  {
    // CDK v1 (JS SDK v2) failing a stack on a bodiless 403, which the SDK names by its status text
    // with a `null` message: `❌  my-stack failed: Forbidden: null` (aws/aws-cdk#4039: no access to
    // the toolkit bucket). The stack-failure marker is CDK's own, so no SDK frames need follow.
    id: 'cdk-forbidden-null',
    rule: 'WD825',
    needs: ['failed: Forbidden: null'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /❌[ \t]+\S+ failed: Forbidden: null\b/g,
    facts: (_m, d) => {
      d.code = 'Forbidden'
    }
  },
  {
    // Fluent Bit's CloudWatch Logs output: `CreateLogStream API responded with error='AccessDeniedException'`.
    id: 'api-responded-with-error',
    rule: 'WD722',
    needs: ['API responded with error='],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(\w+) API responded with error='(AccessDenied(?:Exception)?|UnauthorizedOperation)'/g,
    facts: (m, d) => {
      d.operation = m[1]!
      d.code = m[2]!
    }
  },
  {
    // EC2: the AMI is not shared with the caller (`AuthFailure: Not authorized for images: [ami-…]`).
    // Its code is `AuthFailure`, which elsewhere means bad credentials: this phrase says otherwise.
    id: 'ec2-images-not-authorized',
    rule: 'WD723',
    needs: ['Not authorized for images'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /(?:\bAPI: ([A-Za-z0-9-]+:[A-Za-z0-9*]+) )?Not authorized for images: \[([^\]\n]{0,600})\]/g,
    facts: (m, d) => {
      d.service = 'ec2'
      if (m[1]) d.action = m[1]
      const images = m[2]!.match(/\bami-[0-9a-f]+\b/g)
      if (images) d.detail.images = [...new Set(images)].join(', ')
      // The code a few lines above, as a dump lays out the error (`Code:` / `AuthFailure` /
      // `Message:`, salt-cloud, vmware-archive/salt-cloud#434).
      const before = m.input.slice(Math.max(0, m.index - 200), m.index)
      if (/\bCode:\s{1,80}AuthFailure\s{1,80}Message:\s{0,80}$/.test(before))
        d.code ??= 'AuthFailure'
    }
  },
  {
    // Java SDK v2 and .NET print S3's answer with its service label and status, no code slot:
    // `S3Exception: Access Denied (Service: S3, Status Code: 403, …)`, also with the label wrapped
    // onto the next line (Hadoop prints the SDK's message over three) or glued to the message
    // (automq: `Access Denied(Service: S3, Status Code: 403)`).
    id: 'sdk-access-denied-labelled',
    rule: 'WD724',
    needs: ['(Service: '],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    // A message with its full stop (`Access Denied. (Service: S3, …`, AutoMQ/automq#2402) too.
    re: /Access Denied\.?\s{0,40}\(Service: ([^,;)\n]+)[,;] Status Code: 403\b/g,
    // The label is this message's own: a service relaying it names itself elsewhere on the
    // record (`operation error AppConfig: …, BadRequestException: … S3 GetBucketLocation …
    // Access Denied (Service: Amazon S3; …`, hashicorp/terraform-provider-aws#38206).
    facts: (m, d) => {
      d.service ??= serviceOfLabel(m[1]!)
    }
  },
  {
    // An HTTP client's request line against an AWS endpoint answered 403: a browser console
    // (`xhr.js:187 PUT https://b.s3.us-east-1.amazonaws.com/k?x-id=PutObject 403 (Forbidden)`), a
    // presigned upload. The endpoint names the service; the status is no error code.
    id: 'http-403-aws-endpoint',
    rule: 'WD777',
    // The status, not the host: most records near a refusal name an endpoint, few a 403 line.
    needs: [' 403 (Forbidden)'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: new RegExp(
      `\\b(?:GET|PUT|POST|DELETE|HEAD|PATCH) ${AWS_ENDPOINT_URL} 403 \\(Forbidden\\)`,
      'g'
    ),
    // The request line says less than the response body a reporter pastes with it (a signature
    // mismatch, S3's `AccessDenied`): then the body's message is the finding, not a second one.
    when: (text) => !RESPONSE_BODY.test(text),
    facts: (m, d) => endpointFacts(m[1]!, m[2]!, d)
  },
  {
    // Python requests' raise_for_status() against an AWS endpoint (`403 Client Error: Forbidden
    // for url: https://monitoring.ap-southeast-2.amazonaws.com/?Action=PutMetricData&…`,
    // shinesolutions/aem-aws-stack-builder#24): a signed call refused, its body not printed. A
    // console may wrap the URL onto the next line (krr's Rich traceback, robusta-dev/krr#165).
    id: 'http-403-client-error',
    rule: 'WD811',
    needs: ['403 Client Error: Forbidden for url:'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: new RegExp(`\\b403 Client Error: Forbidden for url:\\s{1,120}${AWS_ENDPOINT_URL}`, 'g'),
    when: (text) => !RESPONSE_BODY.test(text),
    facts: (m, d) => endpointFacts(m[1]!, m[2]!, d)
  },
  {
    // ECS pulling an image: `pulling from host <registry> failed with status code [manifests x]: 403 Forbidden`,
    // or in a task's stopped reason `failed to resolve ref "<ref>": unexpected status code [manifests x]:
    // 403 Forbidden` (aws/aws-cdk#14457, the ref masked). A ref on another registry's host is not ECR's.
    id: 'ecs-pull-403',
    rule: 'WD725',
    needs: [' status code ['],
    kind: 'denial',
    priority: PRIORITY.message,
    // containerd's longer words (`failed to resolve reference "…": pulling from host H failed with
    // …`) name the host too: a loopback or private one is a local registry or cache, never ECR
    // (kube-image-keeper's proxy on `localhost:7439`, enix/kube-image-keeper#316).
    re: /(?:\bfailed to resolve ref(?:erence)? "?([^\s"]{1,300})"?[^\n]{0,300}?)?(?:failed with|unexpected) status code \[[^\]\n]*\]: 403 Forbidden/g,
    accept: (m) => !m[1] || (!OTHER_REGISTRY.test(m[1]) && !LOCAL_REGISTRY.test(m[1]))
  },
  {
    // S3 refusing to delete or overwrite a version under Object Lock (a legal hold or a retention
    // period): `Access Denied because object protected by object lock.` (a LocalStack snapshot
    // recorded against S3). No policy decides it (src/model/nonIamRefusals.ts).
    id: 's3-object-lock',
    rule: 'WD873',
    needs: ['protected by object lock'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bAccess Denied because object protected by object lock\.?/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // EC2 copying (or launching) an image whose EBS snapshots its owner did not share: `You do not
    // have permission to access the storage of this ami` (an InvalidRequest to CopyImage,
    // timescale/timescaledb#1707; the console's words, privacysandbox/aggregation-service#12).
    // The snapshots' permissions decide (src/model/nonIamRefusals.ts).
    id: 'ami-storage-not-shared',
    rule: 'WD7210',
    needs: ['permission to access the storage of this ami'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bYou do not have permission to access the storage of this ami\b/gi
  },
  {
    // fog's EC2 and S3 requests through Excon answered a bodiless 403 (`Excon::Errors::Forbidden:
    // Expected(200) <=> Actual(403 Forbidden)` over fog/aws frames, excon/excon#227).
    id: 'excon-forbidden-fog-aws',
    rule: 'WD7216',
    needs: ['<=> Actual(403 Forbidden)'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bExcon::Errors::Forbidden: Expected\([\d, ]{3,40}\) <=> Actual\(403 Forbidden\)/g,
    when: (text) => /\bfog[-/]aws\b|\/fog\/aws\//.test(text)
  },
  {
    // s3fs (Python's fsspec) raising S3's 403 as a file-system error: `PermissionError: Forbidden`
    // under s3fs frames (aws/amazon-sagemaker-examples#2299).
    id: 's3fs-python-forbidden',
    rule: 'WD7217',
    needs: ['PermissionError: Forbidden'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bPermissionError: Forbidden\b/g,
    when: (text) => S3FS.test(text)
  },
  {
    // S3's XML error page with its tags stripped, as a browser's text view or a copy shows it: the
    // code, the message and the 16-character request ID run together (`AccessDeniedAccess
    // DeniedJ7BBEX18P9JE5DGH…`, aws-amplify/amplify-hosting#1834).
    id: 's3-error-page-untagged',
    rule: 'WD7218',
    needs: ['AccessDeniedAccess Denied'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bAccessDeniedAccess Denied(?=[A-Z0-9]{16})/g
  },
  {
    // The Elastic Beanstalk CLI's own warning when its IAM lookup was refused (`WARNING:
    // Insufficient IAM privileges. Unable to determine if instance profile '…' exists, assuming
    // that it exists.`, aws/aws-elastic-beanstalk-cli#26).
    id: 'eb-cli-insufficient-iam',
    rule: 'WD7219',
    needs: ['Insufficient IAM privileges. Unable to '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bInsufficient IAM privileges\. Unable to [^\n]{1,200}/g
  },
  {
    // s3fs-fuse's debug log of a request S3 refused, the body dropped by curl (`RequestPerform(1710):
    // HTTP response code =403`, then `s3fs: Failed to access bucket.`, s3fs-fuse/s3fs-fuse#96).
    id: 's3fs-fuse-403',
    rule: 'WD7220',
    needs: ['HTTP response code'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bHTTP response code ?= ?403\b/g,
    when: (text) => S3FS.test(text),
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Mountpoint for S3 refused its first request (`HeadBucket failed for bucket s3://b/ in region
    // eu-west-1` / `1: Service error` / `2: Permission denied`, awslabs/mountpoint-s3#203); the
    // scanner reads the chain's numbers as list marks and takes them off.
    id: 'mountpoint-headbucket-denied',
    rule: 'WD7221',
    needs: ['HeadBucket failed for bucket '],
    kind: 'denial',
    priority: PRIORITY.message,
    // A writer's placeholder for the bucket may hold spaces (`s3://<my bucket name>/`).
    re: /\bHeadBucket failed for bucket s3:\/\/[^\n]{1,300}? in region [\w-]{2,30}(?=(?:\s{1,60}(?:\d{1,2}: )?[^\n]{0,120}){0,4}?\s{1,60}(?:\d{1,2}: )?Permission denied\b)/g,
    facts: (_m, d) => {
      d.service = 's3'
      d.operation = 'HeadBucket'
    }
  },
  {
    // goofys mounting a bucket whose first request S3 refused (`main.ERROR Unable to access
    // '<bucket>': permission denied`, kahing/goofys#186).
    id: 'goofys-permission-denied',
    rule: 'WD7222',
    needs: ['Unable to access '],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bUnable to access '[^'\n]{1,255}': permission denied\b/g,
    when: (text) => /\bgoofys\b/.test(text)
  },
  {
    // The legacy elasticsearch JS client's 403 through a SigV4 connection to an Amazon Elasticsearch
    // or OpenSearch domain (`Authorization Exception :: {"path":"/",…,"statusCode":403,
    // "response":""}` over http-aws-es frames, TheDeveloper/http-aws-es#45).
    id: 'elasticsearch-js-authorization-403',
    rule: 'WD7226',
    needs: ['Authorization Exception'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bAuthorization Exception :: \{[^\n]{0,300}?"statusCode":403\b/g,
    when: (text) =>
      /\bhttp-aws-es\b|\baws-elasticsearch-connector\b|\baws-es-connection\b|\.es\.amazonaws\.com\b/.test(
        text
      )
  },
  {
    // S3 refusing a browser-style POST upload whose form does not match the POST policy signed
    // with it: `Invalid according to Policy: Policy Condition failed: ["starts-with",
    // "$content-type", ""]` (waynehoover/s3_direct_upload#107), `… Policy expired.`, `… Extra
    // input fields: x`, under the code AccessDenied. No IAM policy decides it
    // (src/model/nonIamRefusals.ts).
    id: 's3-post-policy',
    rule: 'WD7197',
    needs: ['Invalid according to Policy: '],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bInvalid according to Policy: (?:Policy Condition failed: \[[^\]\n]{0,300}\]|Policy expired\b|Extra input fields: [\w$-]{1,100}(?:, ?[\w$-]{1,100}){0,20})/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Secrets Manager's rotation refused by the rotation function's resource policy: `Secrets
    // Manager cannot invoke the specified Lambda function. Ensure that the function policy grants
    // access to the principal secretsmanager.amazonaws.com.` The service has no identity policy:
    // the function's policy must admit it (src/diagnose/traps/secretsManagerRotationInvoke.ts).
    id: 'secretsmanager-rotation-refused',
    rule: 'WD874',
    needs: ['Secrets Manager cannot invoke the specified Lambda function'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bSecrets Manager cannot invoke the specified Lambda function\.?(?:\s{1,3}Ensure that the function policy grants access to the principal secretsmanager\.amazonaws\.com\.?)?/g
  },
  {
    // CloudWatch Logs refusing the KMS key of a log group it creates or associates (`The specified
    // KMS key does not exist or is not allowed to be used with Arn 'arn:aws:logs:…:log-group:…'`,
    // a Pulumi run in a public repository's archive): the key policy must admit Logs
    // (src/diagnose/traps/logsKmsKeyPolicy.ts). Above the SDK's own grammars, which read the code.
    id: 'logs-kms-key-refused',
    rule: 'WD877',
    needs: ['not allowed to be used with Arn '],
    kind: 'denial',
    priority: PRIORITY.message + 2,
    re: /\bThe specified KMS key does not exist or is not allowed to be used with Arn '(arn:[\w-]+:logs:[^'\s]{1,2048})'/g,
    facts: (m, d) => {
      d.service = 'logs'
      d.detail.kmsKeyFor = m[1]!
    }
  },
  {
    // Step Functions refusing a state machine whose execution role may not deliver its logs
    // (`The state machine IAM Role is not authorized to access the Log Destination`, a
    // CloudFormation event, aws-samples/serverless-patterns#102): the role's log-delivery actions
    // are missing, not the deployer's (src/diagnose/traps/sfnLogDelivery.ts).
    id: 'sfn-log-destination',
    rule: 'WD876',
    needs: ['not authorized to access the Log Destination'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bThe state machine IAM Role is not authorized to access the Log Destination\b/g,
    facts: (_m, d) => {
      d.service = 'states'
    }
  },
  {
    // A service that reports, in a resource's status, that its role may not use the KMS key it was
    // given: Comprehend's `NO_ACCESS_TO_KMS_KEY: Access denied to KMS Key: arn:aws:kms:…` (a
    // recorded DescribeEntityRecognizer response, h19-085). The key's policy or the role's grant
    // decides; the status names neither role nor action.
    id: 'kms-key-access-status',
    rule: 'WD878',
    needs: ['Access denied to KMS Key: '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(?:NO_ACCESS_TO_KMS_KEY: )?Access denied to KMS Key: arn:aws[\w-]*:kms:[^\s"',]{1,300}/g
  },
  {
    // A Lambda function URL refusing the request (`Forbidden. For troubleshooting Function URL
    // authorization issues, see: …urls-auth.html`), its code in the `x-amzn-ErrorType` header when
    // the log shows it (a LocalStack snapshot recorded against Lambda, h19-087).
    id: 'lambda-function-url-forbidden',
    rule: 'WD879',
    needs: ['For troubleshooting Function URL authorization'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bForbidden\. For troubleshooting Function URL authorization issues\b/g,
    facts: (m, d) => {
      const around = m.input.slice(Math.max(0, m.index - 400), m.index + m[0].length + 400)
      d.code ??=
        /x-amzn-ErrorType"?\s{0,4}[:=]\s{0,4}"?([A-Z][A-Za-z]{2,60})\b/.exec(around)?.[1] ?? null
    }
  },
  {
    // Athena refusing the S3 location a query reads (`Permission denied on S3 path: s3://…`), as
    // its console, JDBC driver and callers print it (Kubecost's and a WAF dashboard's docs,
    // h19-091, h19-092): the caller's S3 read of that path (src/infer/s3Wrappers.ts).
    id: 'athena-s3-path-denied',
    rule: 'WD858',
    needs: ['Permission denied on S3 path: '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bPermission denied on S3 path: s3:\/\/[^\s"'<>]{1,1024}/g
  },
  {
    // Step Functions unable to assume the role a state machine is given (`Neither the global
    // service principal states.amazonaws.com, nor the regional one is authorized to assume the
    // provided role.`, a Terraform module's README, h19-090): the role's trust policy (or IAM's
    // eventual consistency right after the role was made), never the deployer's policy.
    id: 'sfn-role-not-assumable',
    rule: 'WD883',
    needs: ['nor the regional one is authorized to assume'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bNeither the global service principal states\.amazonaws\.com, nor the regional one is authorized to assume the provided role\.?/g,
    facts: (_m, d) => {
      d.detail.assumer = 'states.amazonaws.com'
    }
  },
  {
    // CloudTrail unable to assume the role it is given for CloudWatch Logs delivery
    // (`InvalidCloudWatchLogsRoleArnException: Access denied. Check the trust relationships for
    // your role.`, Terraform creating a trail, cloudposse/terraform-aws-cloudtrail-cloudwatch-alarms#2):
    // the role's trust policy or its logs permissions, never the caller's policy.
    id: 'cloudtrail-logs-role',
    rule: 'WD886',
    // Or the sentence first and CloudTrail's name and code in the SDK's suffix (`Access denied. Check
    // the permissions for your role. (Service: AWSCloudTrail; …; Error Code:
    // InvalidCloudWatchLogsLogGroupArnException`, a CDK deploy, aws/aws-cdk#1963).
    needs: ['InvalidCloudWatchLogsRoleArnException', 'Check the permissions for your role'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\b(InvalidCloudWatchLogsRoleArnException)(?::|\s)\s{0,4}Access denied\.?(?: Check the trust relationships for your role\.?)?|\bAccess denied\. Check the permissions for your role\.?(?=[^\n]{0,80}?(?:AWSCloudTrail|InvalidCloudWatchLogs(?:LogGroup|Role)ArnException))/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service ??= 'cloudtrail'
    }
  },
  {
    // CloudWatch Logs refusing a subscription filter that names another account's function
    // (`Cross-account lambda invocation passing is not allowed. You must use DestinationPolicies
    // to create cross account lambda triggers.`, a LocalStack snapshot recorded against AWS,
    // h19-086): no policy of the caller's changes it; a destination in the other account does.
    id: 'logs-cross-account-lambda',
    rule: 'WD885',
    needs: ['Cross-account lambda invocation passing is not allowed'],
    kind: 'denial',
    priority: PRIORITY.message + 1,
    re: /\bCross-account lambda invocation passing is not allowed\.?(?: You must use DestinationPolicies to create cross account lambda triggers\.?)?/g
  },
  {
    // CodeDeploy refusing a deployment because its service role lacks a service's permissions:
    // `The IAM role arn:aws:iam::…:role/AWSCodeDeployRole does not give you permission to perform
    // operations in the following AWS service: AmazonEC2.` (a blog's paste, h19-093).
    id: 'codedeploy-service-role',
    rule: 'WD859',
    needs: ['does not give you permission to perform operations'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bThe IAM role arn:aws[\w-]*:iam::[^\s:]{1,40}:role\/[\w+=,.@/-]{1,512} does not give you permission to perform operations in the following AWS service: \w{2,60}\.?/g
  },
  {
    // GitLab Runner's distributed cache on S3 refused (a pre-signed URL S3 answered with a bare
    // 403): `WARNING: received: 403 Forbidden Failed to extract cache` (gitlab-org/gitlab-runner
    // issue 31078, h19-119), `error=received: 403 Forbidden` on a cache upload's retry. AWS's only
    // when the record names S3's own endpoint (the cache's `ServerAddress = "s3.amazonaws.com"`,
    // an amazonaws.com URL); another store's name (h18-125's DigitalOcean Spaces) silences it.
    id: 'runner-cache-403',
    rule: 'WD882',
    needs: ['received: 403 Forbidden'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\breceived: 403 Forbidden\b/g,
    accept: (m) => {
      const around = m.input.slice(Math.max(0, m.index - 600), m.index + 1200)
      return /\bcache\b/i.test(around) && /\bs3[\w.-]{0,40}\.amazonaws\.com\b/.test(around)
    }
  },
  {
    // JetS3t (Hadoop's old s3n/s3 file systems) on S3's bodiless 403: `S3ServiceException: S3 HEAD
    // request failed for '/SPARK-SNOWFLAKEDB' - ResponseCode=403, ResponseMessage=Forbidden`, often
    // hard-wrapped by a mail archive (HADOOP-13572 on common-dev). The status is no error code.
    id: 'jets3t-403',
    rule: 'WD869',
    needs: ['ResponseCode=403'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bS3 (?:HEAD|GET|PUT|POST|DELETE) request failed for\s{1,40}'[^'\n]{0,300}'\s{1,40}-\s{1,40}ResponseCode=403,\s{0,40}ResponseMessage=Forbidden\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Python's urllib on a URL of S3 that the command names (`urllib2.HTTPError: HTTP Error 403:
    // Forbidden` after `+ python list.py --s3url https://s3.amazonaws.com/bucket`, compiler-explorer/
    // infra#40): S3's bodiless 403. Only when the nearest URL above is an S3 one.
    id: 'urllib-403-s3-url',
    rule: 'WD870',
    needs: ['HTTP Error 403: Forbidden'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bHTTPError: HTTP Error 403: Forbidden\b/g,
    accept: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 2000), m.index)
      const urls = [...before.matchAll(/\bhttps?:\/\/[^\s"'<>]{1,300}/g)]
      const last = urls.at(-1)?.[0]
      return last !== undefined && S3_URL.test(last)
    },
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // The AWS SDK's request log in Serverless: `[AWS s3 403 0.207s 0 retries] getBucketLocation({…})`.
    id: 'sdk-request-log-403',
    rule: 'WD726',
    needs: [' retries] '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\[AWS ([a-z0-9-]+) 403 [\d.]+s \d+ retries\] (\w+)\(/g,
    // CDK's `Call failed: describeStacks(…) => … (code=ExpiredToken)` right after it is the same
    // call's answer, a credentials one (aws/aws-cdk#15309): the 403 line is no refusal of its own.
    // So is the SDK's own error printed on the next lines (serverless-finch's debug log: `serverless
    // InvalidAccessKeyId: The AWS Access Key Id you provided…`, fernando-mc/serverless-finch#138).
    accept: (m) => {
      const after = m.input.slice(m.index, m.index + 1200)
      const code = /\n[^\n]{0,300}?Call failed: [^\n]{0,600}?\(code=([A-Za-z][\w.]*)\)/.exec(after)
      if (code && classifyCode(code[1]!) === 'credentials') return false
      const next = /^[^\n]*\n((?:[^\n]*\n){0,2}[^\n]*)/.exec(after)?.[1] ?? ''
      return ![...next.matchAll(ANSWER_CODE)].some((c) => classifyCode(c[1]!) === 'credentials')
    },
    facts: (m, d) => {
      d.service = m[1]!
      d.operation = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1)
    }
  },
  {
    // EMR (and the SDKs relaying it) when the caller may not pass the cluster's instance profile.
    id: 'emr-instance-profile',
    rule: 'WD727',
    needs: ['Failed to authorize instance profile'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Failed to authorize instance profile (arn:[^\s"',]+|[\w+=,.@-]+)/g,
    facts: (m, d) => {
      d.detail.instanceProfile = m[1]!
    }
  },
  {
    // CodeBuild refusing a project's source connection (GitHub App, GitLab, Bitbucket) as it
    // creates the webhook or starts a build, under the wire code InvalidInputException
    // (aws/aws-cdk#31726, hashicorp/terraform-provider-aws#40656): the project's service role may
    // not use the connection (codebuild-connection, WD969).
    id: 'codebuild-connection-denied',
    rule: 'WD784',
    needs: ['Access denied to connection '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Access denied to connection (arn:[\w-]{1,20}:(?:codeconnections|codestar-connections):[^\s"',()]{1,300})/g,
    facts: (m, d) => {
      d.resource = m[1]!
      d.service ??= 'codebuild'
    }
  },
  {
    // Registry clients that get a bare 403 from ECR (HEAD responses carry no body); the account
    // may be masked away entirely (`https://.dkr.ecr.…`). buildx and
    // containerd: `unexpected status from HEAD request to URL: 403 Forbidden` (PUT/POST on push);
    // go-containerregistry (crane, ko): `HEAD URL: unexpected status code 403 Forbidden (...)`;
    // older buildkit: `unexpected status code URL: 403 Forbidden`. Only ECR URLs count: a 403
    // from another registry is not an AWS failure.
    id: 'docker-ecr-head-403',
    rule: 'WD728',
    needs: ['unexpected status ', 'unexpected status: '],
    kind: 'denial',
    priority: PRIORITY.message,
    // buildx's push of a manifest names the image, not the URL: `failed to push
    // ***.dkr.ecr.***.amazonaws.com/repo:tag: failed commit on ref "manifest-sha256:…": unexpected
    // status: 403 Forbidden` (docker/build-push-action's e2e runs, h19-135); ECR Public's host
    // names its own service (h19-136).
    re: /\b(?:HEAD|GET|PUT|POST|PATCH) (https:\/\/[^\s:/]*\.dkr\.ecr\.\S+?): unexpected status code 403 Forbidden|unexpected status (?:from (?:HEAD|GET|PUT|POST|PATCH) request to|code) (https:\/\/[^\s:/]*\.dkr\.ecr\.\S+?): 403 Forbidden|\bfailed to push ((?:[^\s:/]*\.dkr\.ecr\.[^\s/]+\.amazonaws\.com(?:\.cn)?|public\.ecr\.aws)\/[^\s:]{1,256}(?::[\w.-]{1,128})?): (?:failed commit on ref "[^"\n]{1,200}": )?unexpected status: 403 Forbidden/g,
    facts: (m, d) => {
      const url = (m[1] ?? m[2] ?? m[3])!
      // ECR Public's actions are `ecr-public:`, never a private registry's `ecr:`.
      d.service = url.startsWith('public.ecr.aws') ? 'ecr-public' : 'ecr'
      d.detail.url = url
    }
  },
  {
    // SQS's refusal as the .NET and Java SDKs print it; the queue may be masked (`<SQS QUEUE>`) and
    // glued to the next word.
    id: 'sqs-resource-denied',
    rule: 'WD730',
    needs: ['Access to the resource '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /Access to the resource ((?:<[^<>\n]{1,80}>|[^\s<])+?) ?is denied\.?/g,
    facts: (m, d) => {
      d.detail.url = m[1]!
      // A writer's stand-in that still says it was a queue (`<url to SQS>`, rebus-org/Rebus#1075).
      if (/\bsqs\b|\bqueue\b/i.test(m[1]!)) d.service = 'sqs'
    }
  },
  {
    // The same refusal with no queue in it, as the .NET SDK's exception prints it in a library's
    // troubleshooting page (`Amazon.SQS.AmazonSQSException: Access to the resource is denied.`,
    // github-file:find_string#61588527136): SQS's words only with SQS named before them.
    id: 'sqs-resource-denied-unnamed',
    rule: 'WD7358',
    needs: ['Access to the resource is denied'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess to the resource is denied\b\.?/g,
    accept: (m) =>
      /SQS|\bsqs\b/.test(
        m.input.slice(Math.max(0, m.input.lastIndexOf('\n', m.index) + 1, m.index - 200), m.index)
      ),
    facts: (_m, d) => {
      d.service = 'sqs'
    }
  },
  {
    // The beanstalk-deploy GitHub action reports a refused request by its status alone
    // (`##[error]Deployment failed: Error: Status: 403. Message: `, einaregilsson/beanstalk-deploy#1):
    // its S3 upload and its Elastic Beanstalk calls print the same, so the line above says which.
    id: 'beanstalk-deploy-status-403',
    rule: 'WD7023',
    needs: ['Deployment failed: Error: Status: 403'],
    kind: 'denial',
    priority: PRIORITY.message,
    // A code after the status is the finding's code, read by the code's own grammars.
    re: /\bDeployment failed: Error: Status: 403\.(?! Code:)/g
  },
  {
    // The PHP SDK names the call and URL, then Guzzle's HTTP status: a bare 403 carries no body.
    // Newer SDKs print each part on its own line (`..."\nAWS HTTP error: \nClient error: `).
    id: 'php-sdk-http-403',
    rule: 'WD731',
    needs: ['AWS HTTP error:'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    // The match starts on the status's line (a wrapped log puts the call on the line above).
    re: /(?<=Error executing "(\w+)" on "([^"\n]{0,2048})";?\s{1,40})AWS HTTP error:(?: |[ \t]{0,4}\n[ \t]{0,40})Client error: (?=[^\n]{0,600}?\b403\b)/g,
    // A 403 whose code is a signing failure (`403 RequestTimeTooSkewed (client)`, `403
    // InvalidAccessKeyId (client)`, aws/aws-sdk-php#612) is the credentials', read by its code.
    // So is one whose response body a log printed first on the same line (Laravel's log line: the
    // XML `<Code>InvalidAccessKeyId</Code>` body, then the exception's JSON, brefphp/laravel-bridge#67).
    // Newer SDKs print the code on a line of its own below the body (`UnrecognizedClientException
    // (client): The security token …`, meemalabs/laravel-text-to-speech#39), or after Guzzle's cut of
    // the body on the same line (`< (truncated...) SignatureDoesNotMatch (client): Signature
    // expired`, amimoto-ami/c3-cloudfront-clear-cache#41).
    accept: (m) => {
      const status =
        /\b403 ([A-Za-z][\w.]*) \((?:client|server)\)|(?:^[ \t]{0,8}|\(truncated\.\.\.\) )([A-Z][A-Za-z]{2,60}) \((?:client|server)\):/m.exec(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 600)
        )
      if (status && classifyCode((status[1] ?? status[2])!) === 'credentials') return false
      const line = m.input.slice(Math.max(0, m.index - 3000), m.index)
      const body = /<Code>([A-Za-z][\w.]*)<\/Code>[^\n]*$/.exec(line)
      return !body || classifyCode(body[1]!) !== 'credentials'
    },
    facts: (m, d) => {
      d.operation = m[1]!
      // The endpoint and path called: a queue URL names its account and queue.
      if (m[2]) d.detail.url = m[2]
    },
    // The SDK's own line under Guzzle's, ` (client): 403 Forbidden (Request-ID: …) - `, is the same
    // error (heldout126 review h126-001), not a second refusal: the finding reads on through it.
    extend: (text, end) => {
      const next =
        /^[^\n]{0,2048}\n[ \t]{0,8}\((?:client|server)\): 403 Forbidden \(Request-ID: [^)\n]{0,80}\)/.exec(
          text.slice(end, end + 2300)
        )
      return next ? end + next[0].length : end
    }
  },
  {
    // PHP exception classes name the service and the error, as Whoops renders them with spaces:
    // `Aws \ S3 \ Exception \ AccessDeniedException`; a log that JSON-encodes the exception
    // doubles the backslashes once per level (ownCloud: `\"Aws\\\\S3\\\\Exception\\\\…\",\"Message\"`).
    // Source code naming the class is no refusal: an import (`;`), a catch clause (`$e`, `|`),
    // `::class`, a string argument (`andThrow('…')`).
    id: 'php-sdk-exception-class',
    rule: 'WD732',
    needs: ['Exception'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bAws ?(\\+) ?(\w+) ?\1 ?Exception ?\1 ?(AccessDenied\w*Exception|\w*Forbidden\w*Exception)\b(?![ \t]*(?:;|\||\$\w|::class\b)|\\*['"][ \t]*(?:[);]|,(?![ \t\r\n]*\\*"Message\b)))/g,
    facts: (m, d) => {
      d.code = m[3]!
      d.service = m[2]!.toLowerCase()
    }
  },
  {
    // AWS Backup's job status when its service role may not read what it protects (`Your backup
    // job failed as AWS Backup does not have permission to describe resource arn:aws:s3:::…`,
    // ministryofjustice/modernisation-platform#6152). Only a service AWS names speaks so: other
    // platforms' `does not have permission to` sentences are theirs.
    id: 'service-role-no-permission',
    rule: 'WD895',
    needs: [' does not have permission to '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(?:AWS|Amazon) ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) does not have permission to (\w+) (?:the )?resource (arn:aws[\w-]*:[\w-]+:[^\s"'`,]*[^\s"'`,.])/g,
    facts: (m, d) => {
      d.resource = m[3]!
      d.detail.refusedService = m[1]!
    }
  },
  {
    // Lake Formation checking the grantor's own Glue Data Catalog permissions before a grant
    // (`…when calling the GrantPermissions operation: Insufficient Glue permissions to access table
    // NAME`, data.all's share manager, heldout22 h22-002).
    id: 'lakeformation-glue-permissions',
    rule: 'WD898',
    needs: ['Insufficient Glue permissions to access '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bInsufficient Glue permissions to access (table|database) ([\w.-]{1,255})/g,
    facts: (m, d) => {
      d.detail.glueType = m[1]!
      d.detail.glueName = m[2]!
      // The database a share names beside it (`'DatabaseName': 'db'`, `CATALOG://db/table`).
      const db =
        /['"]DatabaseName['"]\s{0,3}:\s{0,3}['"]([\w.-]{1,255})['"]/.exec(m.input) ??
        new RegExp(String.raw`:\/\/([\w.-]{1,255})\/${m[2]!.replace(/[.]/g, '\\.')}\b`).exec(
          m.input
        )
      if (db && m[1] === 'table') d.detail.glueDatabase = db[1]!
    }
  },
  {
    // Cognito Identity refusing the role a pool is handed (`NotAuthorizedException … when calling
    // the SetIdentityPoolRoles operation: Access to Role 'NAME' is forbidden.`, boto/boto3#73):
    // the caller may not pass that role (iam:PassRole), or its trust policy does not name the pool.
    id: 'cognito-role-forbidden',
    rule: 'WD896',
    needs: ['Access to Role '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess to Role '([^'\n]{1,140})' is forbidden\b/g,
    facts: (m, d) => {
      d.service = 'cognito-identity'
      d.detail.role = m[1]!
    }
  },
  {
    // Salt's S3 fileserver logs the message S3 answered for a bucket it lists (`'Access Denied'
    // response for bucket 'NAME'`, salt/fileserver/s3fs.py; a gist of a master's log).
    id: 'salt-s3fs-bucket-response',
    rule: 'WD897',
    needs: ["' response for bucket '"],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /'(Access Denied|AccessDenied|Forbidden)' response for bucket '([^'\s]{3,63})'/g,
    facts: (m, d) => {
      d.service = 's3'
      d.resource = `arn:aws:s3:::${m[2]!}`
    }
  },
  {
    // Guzzle cuts a JSON body at 120 characters: `"Message":"User: arn:… is not a (truncated...)`.
    id: 'truncated-iam-sentence',
    rule: 'WD733',
    needs: ['(truncated...)'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bUser: (arn:[^\s"]+) is not(?: [a-z]{0,12}){0,4} ?\(truncated\.\.\.\)/g,
    facts: (m, d) => {
      d.principal = m[1]!
    }
  },
  {
    // A service saying it may not act on the role it was handed, in its own words (`InvalidInputException:
    // SageMaker is unable to perform: sts:AssumeRole on the role. Check if you have a trust
    // relationship for 'sagemaker.amazonaws.com'`, astronomer/docs#1695): the role's trust policy.
    id: 'service-unable-to-perform',
    rule: 'WD7252',
    needs: ['is unable to perform: '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /(?:\b([A-Z][A-Za-z]{2,60}Exception):[ \t]{0,3})?\b(?:Amazon |AWS )?([A-Z][A-Za-z0-9]{1,30}(?: [A-Z][A-Za-z0-9]{1,30}){0,2}) is unable to perform: ([a-z0-9-]{2,40}:[A-Za-z0-9*]{2,80}) on the role\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.action = m[3]!
      d.service = m[3]!.split(':')[0]!
    }
  },
  {
    // Auto Scaling's activity when it could not assume its own service-linked role (`Status Reason:
    // Access denied when attempting to assume role arn:aws:iam::…:role/aws-service-role/…`,
    // pelias-deprecated/kubernetes#32): the role ARN is what was refused.
    id: 'access-denied-assuming-role',
    rule: 'WD7253',
    needs: ['Access denied when attempting to assume role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess denied when attempting to assume role (arn:aws[\w-]*:iam::[^:\s]{1,40}:role\/[\w+=,.@/-]{1,200}?)(?=\.?(?:\s|$|"))/g,
    facts: (m, d) => {
      d.resource = m[1]!
    }
  },
  {
    // Amplify Hosting's build when it could not assume the app's service role (`!!! Unable to assume
    // specified IAM Role. Please ensure the selected IAM Role has sufficient permissions and the
    // Trust Relationship is configured correctly.`, aws-amplify/amplify-hosting#828, #3360).
    id: 'amplify-hosting-service-role',
    rule: 'WD7254',
    needs: ['Unable to assume specified IAM Role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bUnable to assume specified IAM Role\.(?:[ \t]{0,4}Please ensure the selected IAM Role has sufficient permissions and the Trust Relationship is configured correctly\.?)?/g,
    // The app's service role must trust Amplify (heldout134 re-review: the comment sent the user to
    // an identity policy).
    facts: (_m, d) => {
      d.detail.assumer = 'amplify.amazonaws.com'
      d.detail.role = '<ROLE_ARN>'
    }
  },
  {
    // SageMaker Studio's sign-in through IAM Identity Center for a user not assigned to the domain's
    // application (`Access Denied. Please check if user is assigned to Studio Domain [...] and SSO
    // Application [...] is Active.`, aws/aws-cdk#23627).
    id: 'sagemaker-studio-sso-assignment',
    rule: 'WD7255',
    needs: ['Please check if user is assigned to Studio Domain'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess Denied\. Please check if user is assigned to Studio Domain\b/g,
    facts: (_m, d) => {
      d.service = 'sagemaker'
    }
  },
  {
    // Amplify UI's Face Liveness refused by Rekognition (`FaceLivenessDetectionError(code: 4,
    // message: "Not authorized to perform a face liveness check."`, aws-amplify/amplify-ui-swift-liveness#95).
    id: 'face-liveness-not-authorized',
    rule: 'WD7256',
    needs: ['Not authorized to perform a face liveness check'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bNot authorized to perform a face liveness check\b/g,
    facts: (_m, d) => {
      d.service = 'rekognition'
    }
  },
  {
    // AWS Backup or EC2 copying a snapshot encrypted with the account's default EBS key into another
    // account (`Given key ID is not accessible. You must have DescribeKey permissions on the default
    // CMK`, aws-samples/aws-backup-automation#2): an AWS managed key cannot be shared.
    id: 'default-cmk-not-accessible',
    rule: 'WD7257',
    needs: ['Given key ID is not accessible'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bGiven key ID is not accessible\.(?:[ \t]{0,4}You must have DescribeKey permissions on the default CMK\b)?/g,
    facts: (_m, d) => {
      d.service = 'kms'
      d.detail.deliveringService = 'ec2-kms'
    }
  },
  {
    // The Amplify CLI's `amplify publish` relaying S3's bare refusal of the upload (`An error
    // occurred during the publish operation: Access Denied`, aws-amplify/amplify-cli#11382; an older
    // CLI's `uncaughtException: Access Denied` below `Error has occured during file upload.`, #1697).
    id: 'amplify-publish-upload',
    rule: 'WD7258',
    needs: ['Access Denied'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(?:An error occurred during the publish operation|uncaughtException): Access Denied\b/g,
    when: (text) => /\bpublish operation\b|\bError has occu?rr?ed during file upload\b/.test(text),
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // A tool naming the S3 URL it could not read, then S3's bare refusal (nf-schema validating a
    // pipeline's parameter: `could not validate file format of 's3://ngi-igenomes/igenomes/': Access
    // Denied`, nf-core/scrnaseq#568).
    id: 's3-url-access-denied',
    rule: 'WD7262',
    needs: [': Access Denied'],
    kind: 'denial',
    priority: PRIORITY.message - 1,
    re: /\bs3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/[^\s'"]{0,1024})?['"]?: Access Denied\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // The instance metadata service unable to get an instance profile's role (`"Code" :
    // "AssumeRoleUnauthorizedAccess"`, `"Message" : "EC2 cannot assume the role NAME."`): the role's
    // trust policy lacks ec2.amazonaws.com, or the profile holds a role deleted and made again.
    id: 'ec2-cannot-assume-role',
    rule: 'WD7263',
    needs: ['EC2 cannot assume the role '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bEC2 cannot assume the role ([\w+=,.@-]{1,64}?)\.?(?=[\s"]|$)/g,
    facts: (m, d) => {
      d.detail.assumer = 'ec2.amazonaws.com'
      d.detail.role = m[1]!
      d.service = 'sts'
      if (/"Code"\s{0,4}:\s{0,4}"AssumeRoleUnauthorizedAccess"/.test(m.input))
        d.code = 'AssumeRoleUnauthorizedAccess'
    }
  },
  {
    // Session Manager's message gateway refusing the agent's control channel
    // (`createControlChannel request failed: unexpected response from the service <BadRequest
    // xmlns=""><message>Unauthorized request.</message></BadRequest>`, aws/amazon-ssm-agent#121):
    // the instance's role may not use ssmmessages.
    id: 'ssm-control-channel-unauthorized',
    rule: 'WD7266',
    needs: ['<message>Unauthorized request.</message>'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bcreate(ControlChannel|DataChannel) request failed: unexpected response from the service <BadRequest[^>]{0,80}><message>Unauthorized request\.<\/message>/g,
    facts: (m, d) => {
      d.service = 'ssmmessages'
      d.operation = `Create${m[1]!}`
    }
  },
  {
    // efs-utils' mount helper and the EFS CSI driver naming the call their role may not make
    // (`Unauthorized to perform operation DescribeAvailabilityZones.`,
    // DNXLabs/terraform-aws-eks-efs-csi-driver#7): the operation, not the action.
    id: 'unauthorized-to-perform-operation',
    rule: 'WD7269',
    needs: ['Unauthorized to perform operation '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bUnauthorized to perform operation ([A-Z][A-Za-z0-9]{2,80})\b/g,
    facts: (m, d) => {
      d.operation = m[1]!
    }
  },
  {
    // A service that needs a service-linked role the caller may not create (`Amazon FSx is unable
    // to create Service-Linked-Role to access the S3 bucket. Ensure the IAM role or user you are
    // using has the required permissions.`, aws/aws-parallelcluster#6122).
    id: 'service-linked-role-not-created',
    rule: 'WD7270',
    needs: ['is unable to create Service-Linked-Role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\b(?:Amazon |AWS )?([A-Z][A-Za-z0-9]{1,30}(?: [A-Z][A-Za-z0-9]{1,30}){0,2}) is unable to create Service-Linked-Role\b/g,
    facts: (m, d) => {
      d.detail.serviceNamed = m[1]!
    }
  },
  {
    // An IoT rule's error action reporting its OpenSearch action refused by the domain (`Failed to
    // index document in OpenSearch.  The error received was Forbidden.`,
    // opensearch-project/OpenSearch-Dashboards#2143): the rule's role or the domain's policy.
    id: 'iot-rule-action-forbidden',
    rule: 'WD7271',
    needs: ['The error received was Forbidden'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bFailed to [a-z]{2,20} [^."\n]{1,80}? in (?:Amazon )?(?:OpenSearch|Elasticsearch)\.[ \t]{1,4}The error received was Forbidden\b/g,
    facts: (_m, d) => {
      d.service = 'es'
    }
  },
  {
    // Metaflow's datastore wording S3's refusal as its own exception (`MetaflowS3AccessDenied:
    // s3://my-bucket/data/artifact`, Netflix/metaflow#2807).
    id: 'metaflow-s3-access-denied',
    rule: 'WD7272',
    needs: ['MetaflowS3AccessDenied: s3://'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bMetaflowS3AccessDenied: s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?:\/[^\s'"]{0,1024})?/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Chime SDK media pipelines refusing the sink bucket (`"message": "Insufficient permission to
    // access S3 bucket: NAME"`, aws/amazon-chime-sdk-js#2935): the bucket's policy for the service.
    id: 'insufficient-permission-s3-bucket',
    rule: 'WD7277',
    needs: ['Insufficient permission to access S3 bucket: '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bInsufficient permission to access S3 bucket: [a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // The Kinesis Video Streams producer SDK's status for a refused call (`ProducerCallback.cpp:46|
    // STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR`, amazon-kinesis-video-streams-producer-sdk-cpp#458).
    id: 'kvs-service-call-not-authorized',
    rule: 'WD7278',
    needs: ['STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bSTATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR\b/g,
    facts: (_m, d) => {
      d.service = 'kinesisvideo'
    }
  },
  {
    // A Rekognition stream processor's status message when it could not use its role (`FAILED
    // Access denied to Role`, awsdocs/amazon-rekognition-developer-guide#7): the role's trust or policy.
    id: 'access-denied-to-role',
    rule: 'WD7279',
    needs: ['Access denied to Role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess denied to Role\b/g
  },
  {
    // MediaLive's console naming the permissions a call needs (`UnprocessableEntityException` /
    // `Please check your IAM User permissions the following permissions are needed for this call`
    // / `"medialive:CreateChannel","iam:PassRole"`, aws-media-services-simple-live-workflow#19).
    id: 'permissions-needed-for-call',
    rule: 'WD7280',
    needs: ['the following permissions are needed for this call'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bPlease check your IAM User permissions,? the following permissions are needed for this call\b/g,
    facts: (m, d) => {
      const code = /\b([A-Z][A-Za-z]{2,60}Exception)\s*$/.exec(
        m.input.slice(Math.max(0, m.index - 80), m.index)
      )?.[1]
      if (code) d.code = code
    }
  },
  {
    // Amplify's storage provider logging S3's 403 (`[WARN] … AWSS3Provider - error uploading,
    // [Error: Request failed with status code 403]`, aws-amplify/amplify-js#5273).
    id: 'amplify-s3-provider-403',
    rule: 'WD7281',
    needs: ['AWSS3Provider - error'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAWSS3Provider - error [a-z]{3,20}\b[^\n]{0,80}?\bstatus code 403\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // driftctl skipping what AWS refused it to enumerate (`Listing aws_sqs_queue is forbidden.`,
    // snyk/driftctl#9): one refused listing per Terraform resource type.
    id: 'driftctl-listing-forbidden',
    rule: 'WD7282',
    needs: [' is forbidden'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bListing aws_[a-z0-9_]{2,80} is forbidden\b/g
  },
  {
    // Prowler v2 refused its first call (`Access Denied trying to describe regions! Review
    // permissions as described here`, prowler-cloud/prowler#983): EC2's DescribeRegions.
    id: 'prowler-describe-regions-denied',
    rule: 'WD7283',
    needs: ['Access Denied trying to describe regions'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess Denied trying to describe regions!/g,
    facts: (_m, d) => {
      d.service = 'ec2'
      d.operation = 'DescribeRegions'
    }
  },
  {
    // The AWS SDK for C++'s trace of a 403 (`[ERROR] … AWSXmlClient [140598636412672] HTTP response
    // code: 403`, Arrow's R package reading S3, apache/arrow#36726): a HEAD's refusal has no body.
    id: 'aws-sdk-cpp-http-403',
    rule: 'WD7284',
    needs: ['HTTP response code: 403'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAWS(?:Xml|Json)Client \[\d{1,20}\] HTTP response code: 403\b/g,
    // Its trace goes on with the response it parsed: `Error message: No response body.` is a HEAD's.
    facts: (m, d) => {
      const below = m.input.slice(m.index, m.index + 600)
      if (/\bError message: No response body\b/.test(below)) d.detail.bodiless = 'true'
    }
  },
  {
    // DuckDB's iceberg extension refused by a catalog's REST endpoint (`Request to
    // 'glue.<region>.amazonaws.com/iceberg/v1/config?…' returned a non-200 status code
    // (Forbidden_403)`, duckdb/duckdb-iceberg#520): the service is the host's.
    id: 'duckdb-rest-forbidden',
    rule: 'WD7286',
    needs: ['(Forbidden_403)'],
    kind: 'denial',
    // WD790 reads the same status where the host is whole; this one only a host whose Region the
    // writer left as a placeholder (`glue.<region>.amazonaws.com`), which WD790 takes for no host.
    priority: PRIORITY.message,
    re: /\bRequest to '(?:https?:\/\/)?([a-z0-9-]{2,40})\.<[^<>'\s/]{1,40}>\.amazonaws\.com(?:\.cn)?[^'\n]{0,1000}' returned a non-200 status code \(Forbidden_403\)/g,
    facts: (m, d) => {
      d.service = m[1]!
    }
  },
  {
    // s3fs (Python) turning S3's refusal into Python's PermissionError (`Exception:
    // PermissionError('Access Denied')` in a Dask worker's warning, dask/dask#7887).
    id: 's3fs-permission-error',
    rule: 'WD7287',
    needs: ["PermissionError('Access Denied')"],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bPermissionError\('Access Denied'\)/g,
    when: (text) => /\bs3fs\b|\bs3:\/\//.test(text),
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // An AccessDenied-alerting function's words for a CloudTrail event (`Access denied on event
    // CreateNetworkInterface occured in account 123456789012 by <N/A>` / `Event source:
    // ec2.amazonaws.com`, awslabs/aws-security-automation#5): the event's call and its service.
    id: 'trail-alert-access-denied',
    rule: 'WD7289',
    needs: ['Access denied on event '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAccess denied on event ([A-Z][A-Za-z0-9]{2,60}) occurr?ed in account\b/g,
    facts: (m, d) => {
      d.operation = m[1]!
      const source =
        /^[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*Event source: ([a-z0-9-]{2,40})\.amazonaws\.com\b/.exec(
          m.input.slice(m.index)
        )
      if (source) d.service = source[1]!
    }
  },
  {
    // The Amplify CLI pulling a backend environment it may not read (`Could not initialize 'stage':
    // Access Denied`, aws-amplify/amplify-cli#8133): S3's bare refusal behind its own words.
    id: 'amplify-init-access-denied',
    rule: 'WD7296',
    needs: ["Could not initialize '"],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bCould not initialize '[^'\n]{1,100}': Access Denied\b/g
  },
  {
    // Greengrass with no service role associated with the account (`UnauthorizedException:
    // Greengrass is not authorized to assume the Service Role associated with this account.`, the
    // IP detector's UpdateConnectivityInfo in a nucleus log).
    id: 'greengrass-service-role-missing',
    rule: 'WD7297',
    needs: ['Greengrass is not authorized to assume the Service Role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bGreengrass is not authorized to assume the Service Role associated with this account\b/g,
    facts: (_m, d) => {
      d.service = 'greengrass'
    }
  },
  {
    // Greengrass checking a component's artifact the caller may not read (`Encountered following
    // errors in Artifacts: {s3://bucket/key = Specified artifact resource cannot be accessed}`,
    // aws-samples/aws-iot-greengrass-v2-deploy-nvidia-deepstream#4): the artifact's S3 object.
    id: 'greengrass-artifact-inaccessible',
    rule: 'WD7298',
    needs: ['Specified artifact resource cannot be accessed'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bSpecified artifact resource cannot be accessed\b/g,
    facts: (m, d) => {
      const before = m.input.slice(Math.max(0, m.index - 300), m.index)
      if (/\bs3:\/\/[^\s=]{1,250}[ \t]{0,2}=[ \t]{0,2}$/.test(before)) d.service = 's3'
    }
  },
  {
    // A Hadoop S3A refusal cut inside its word by a table's column (StarRocks' `SHOW LOAD`:
    // `…: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidde|2023-08-04 …`).
    id: 's3a-forbidden-cut',
    rule: 'WD7299',
    needs: ['AmazonS3Exception: Forbid'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bAmazonS3Exception: Forbid(?:den|de|d)?(?=[|"']|[ \t]*(?:\r?\n|$))/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // Pacu's own line for a module's AWS call that was refused (`[iam__enum_permissions]
    // FAILURE: MISSING REQUIRED AWS PERMISSIONS`, RhinoSecurityLabs/pacu#152): the call is the line above.
    id: 'pacu-missing-permissions',
    rule: 'WD7304',
    needs: ['FAILURE: MISSING REQUIRED AWS PERMISSIONS'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bFAILURE: MISSING REQUIRED AWS PERMISSIONS\b/g
  },
  {
    // DataSync's check of a location with its bucket access role (`DataSync location access test
    // failed: could not perform s3:GetObject in bucket B. Access denied.`), under the generic code
    // the Go SDK v2 names before it (`InvalidRequestException: DataSync location …`, a code slot).
    id: 'datasync-location-access-test',
    rule: 'WD7309',
    needs: ['location access test failed: could not perform '],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bDataSync location access test failed: could not perform ([a-z0-9-]{2,40}:[A-Za-z0-9]{2,80})\b/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // Databricks' account API checking the cross-account role a workspace's credential
    // configuration names (`cannot create mws credentials: MALFORMED_REQUEST: Failed credential
    // validation checks: please use a valid cross account IAM role with permissions setup
    // correctly`, databricks/terraform-provider-databricks#1363): Databricks assumes the role and
    // tries the EC2 calls it needs, and reports any refusal so.
    id: 'databricks-credential-validation',
    rule: 'WD7321',
    needs: ['Failed credential validation checks: please use a valid cross account IAM role'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bFailed credential validation checks: please use a valid cross account IAM role\b/g
  },
  {
    // AWS Transfer Family's session log for a transfer its role may not make (`<user>.<session>
    // ERROR Message="Access denied" Operation=CLOSE Path=/bucket/…`, its troubleshooting guide).
    id: 'transfer-family-access-denied',
    rule: 'WD7310',
    needs: ['ERROR Message="Access denied"'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bERROR Message="Access denied"/g
  },
  {
    // Cloud9 refusing an environment to a user who is not its member (`User is not authorized to
    // open this environment. Either the environment doesn't exist or …`, quickstart-cloud9-ide#32).
    id: 'cloud9-environment-member',
    rule: 'WD7311',
    needs: ['not authorized to open this environment'],
    kind: 'denial',
    priority: PRIORITY.message,
    re: /\bUser is not authorized to open this environment\b/g
  },
  {
    // A service refusing the caller's account, not its identity (`Your account is not authorized to
    // make this call.`, Amazon Q Developer in the AWS Toolkit, aws/aws-toolkit-vscode#5716).
    id: 'account-not-authorized-call',
    rule: 'WD7312',
    needs: ['Your account is not authorized to make this call'],
    kind: 'denial',
    priority: PRIORITY.message,
    // The sentence whole, as AWS ends it: a writer's own words go on after `call`.
    re: /\bYour account is not authorized to make this call\.(?!\S)/g
  }
]
