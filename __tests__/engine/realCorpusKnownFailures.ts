// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  b028: 'look-alike reported as denial (bare-code AccessDenied)',
  b162: 'look-alike reported as denial (iam-sentence AccessDenied)',
  b276: 'resource "arn:aws:glue:eu-west-2:120038763019:job/Copy", label "arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw"; layer null, label "identity"; deny null, label "implicit"',
  b248: 'look-alike reported as denial (bare-code AccessDenied)',
  // heldout.jsonl (round 2): what the round-2 rules do not cover yet.
  h003: 'wrong kind, label encoded (EC2 message in an old Terraform list)',
  h019: 'missed: S3 XML body as a browser rendered it, tags lost (`Code AccessDenied /Code`)',
  h085: 'wrong service, label kinesisvideo (Android SDK)',
  h097: 'reported denial: JS SDK v3 against Cloudflare R2, which only the issue title names',
  h122: 'wrong service, label s3 (browser POST to the bucket)',
  h146: 'wrong kind, label encoded (Karpenter fleet error, tab-separated)',
  h155: 'missed: Prowler prints the CLI error one word per line',
  h158: 'wrong service, label applicationinsights',
  h164: 'missed: a bare `Access Denied` line with no code or AWS wording around it',
  // heldout2.jsonl (round 3, issue 10): what the round-3 rules do not cover yet.
  'h2-004':
    'wrong kind, label encoded: the blob replaced by a placeholder reads as no blob (the scorer accepts it)',
  'h2-065': 'wrong kind, label encoded: blob elided by the author (the scorer accepts it)',
  'h2-066': 'wrong kind, label encoded: blob elided by the author (the scorer accepts it)',
  'h2-112': 'wrong service, label s3 (EMR shaded S3 client class names)',
  'h2-039':
    'reported denial: a docstring quoting the sentence in a reST literal block (prose, not code)',
  'h2-081':
    'reported denial: one quoted JSON string with a trailing comma; nothing around it shows code',
  // heldout3.jsonl (round 4, issue 10): what the round-4 rules do not cover yet.
  'h3-008': 'reported denial: course prose naming a typical symptom in backticks',
  'h3-009': 'reported denial: a troubleshooting heading (`**Error: "…"**`) quoting the sentence',
  'h3-026': 'reported denial: migration-guide prose describing the error it would print',
  'h3-027':
    'wrong service, label s3: a KMS ciphertext refusal answered by S3 (EMR shaded class names)',
  'h3-032': 'reported denial: demo seed data (ticket description) quoting an S3 error',
  'h3-040': 'reported denial: deployment notes predicting `Aws::S3::Errors::AccessDenied` in prose',
  'h3-044': 'reported denial: a blog note with `(redacted)` in place of the encoded blob',
  'h3-046': 'reported denial: Korean study note quoting a hypothetical message in a code block',
  'h3-082':
    'wrong service, label amplify: `(Service: Amplify, … HandlerErrorCode: AccessDenied)` behind `> `',
  'h3-085':
    'wrong service, label lakeformation: `(Service: LakeFormation, …)` in a CDK handler message',
  'h3-086': 'wrong service, label cloudfront: `(Service: CloudFront, …)` wrapped in a blockquote',
  'h3-163': 'reported denial: tutorial prose introducing an illustrative log',
  'h3-206': 'reported denial: an SCP guide showing the error to expect, shortened with `...`',
  // heldout4.jsonl (round 5, issue 10; mostly repository docs and code): not covered yet.
  'h4-062':
    'missed: Korean note, kubectl `You must be logged in` in a code block; nothing places it on EKS',
  'h4-185': 'wrong kind, label encoded: EBS CSI gRPC error with the blob elided',
  'h4-186': 'wrong kind, label encoded: blog text expecting an UnauthorizedOperation, blob elided',
  // heldout5.jsonl (round 6, issue 10; pasted failed runs from issue threads and pages): not covered yet.
  'h5-043':
    'AccessControlListNotSupported reported as a denial since the h8E1 merge (labelled negative)',
  'h5-044':
    'AccessControlListNotSupported reported as a denial since the h8E1 merge (labelled negative)',
  'h5-001': 'missed: sccache',
  'h5-002': 'wrong service: sccache',
  'h5-003': 'wrong service: sccache PR demo: a real run against S3 with a shell prompt',
  'h5-005': 'missed: Homebrew curl download of a private S3 object: bare 403 from the S3…',
  'h5-014': 'reported denial: explanatory prose about the message in general',
  'h5-016': 'missed: stack event copied from the console',
  'h5-023': 'reported credentials: explanatory prose about the message in general',
  'h5-024': 'missed: Gradle resolving from a Maven repository in an S3 bucket: bare 403…',
  'h5-026': 'missed: gradlew build against a private S3 Maven bucket',
  'h5-029': 'reported denial: pull-request prose naming the exception class in general',
  'h5-031':
    'reported credentials, credentials: documentation of a CI-log classifier listing the fragments it matches',
  'h5-034': 'reported denial: blog prose paraphrasing a CDK message in general',
  'h5-037': 'reported denial: AWS knowledge-center article showing the type of message with [IAM…',
  'h5-053': 'missed: Java SDK v2 S3Exception',
  'h5-062': 'missed: Terraform kubernetes provider against the EKS module’s cluster',
  'h5-065': 'missed: Terraform kubernetes provider in CI against an EKS cluster created…',
  'h5-083': 'missed: Japanese issue: the OIDC step of a deploy refused',
  'h5-089': 'missed: team ticket quoting the error its CI printed, in single quotes, typos…',
  'h5-092': 'missed: Terraform helm provider logging in to ECR: bare 403 from the registry…',
  'h5-095': 'wrong kind: blog post about a failed CDK deploy in GitHub Actions',
  'h5-104': 'missed: Amplify CLI stack event: Lambda answered 403 with a null message',
  'h5-114': 'reported denial: tutorial prose paraphrasing a Bedrock refusal in general',
  'h5-115': 'missed: troubleshooting guide quoting a Bedrock model-access refusal as a…',
  'h5-124':
    'reported denial: Go source in a pull-request diff quoting the KMS message in a comment…',
  'h5-130': 'missed: Serverless Framework stack event quoted in a comment, cut by the…',
  'h5-158': 'missed: early CDK on Cloud9: no credentials from the standard chain',
  'h5-164': 'missed: AWS SDK for iOS upload',
  'h5-168': 'wrong code: s3api refused with S3’s AllAccessDisabled',
  'h5-169': 'wrong service: CLI download of an SSE-KMS object whose key the caller may not use',
  'h5-170': 'missed: Lambda worker'
}
