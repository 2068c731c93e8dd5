// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  b276: 'resource "arn:aws:glue:eu-west-2:120038763019:job/Copy", label "arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw"; layer null, label "identity"; deny null, label "implicit"',
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
  'h3-027':
    'wrong service, label s3: a KMS ciphertext refusal answered by S3 (EMR shaded class names)',
  'h3-032': 'reported denial: demo seed data (ticket description) quoting an S3 error',
  'h3-040': 'reported denial: deployment notes predicting `Aws::S3::Errors::AccessDenied` in prose',
  'h3-082':
    'wrong service, label amplify: `(Service: Amplify, … HandlerErrorCode: AccessDenied)` behind `> `',
  'h3-085':
    'wrong service, label lakeformation: `(Service: LakeFormation, …)` in a CDK handler message',
  'h3-086': 'wrong service, label cloudfront: `(Service: CloudFront, …)` wrapped in a blockquote',
  'h3-206': 'reported denial: an SCP guide showing the error to expect, shortened with `...`',
  // heldout4.jsonl (round 5, issue 10; mostly repository docs and code): not covered yet.
  'h4-062':
    'missed: Korean note, kubectl `You must be logged in` in a code block; nothing places it on EKS',
  'h4-185': 'wrong kind, label encoded: EBS CSI gRPC error with the blob elided',
  'h4-186': 'wrong kind, label encoded: blog text expecting an UnauthorizedOperation, blob elided',
  // heldout5.jsonl (round 6, issue 10; pasted failed runs from issue threads and pages): not covered yet.
  'h5-095': 'wrong kind: blog post about a failed CDK deploy in GitHub Actions',
  // heldout6.jsonl (round 7, issue 10; scored once unseen at 149/173 on the session-8 build): not covered yet.
  'h6-002':
    'missed: troubleshooting entry showing the OIDC refusal as printed by configure-aws-cred…',
  'h6-003': 'missed: troubleshooting heading quoting the OIDC refusal as runs print it',
  'h6-004':
    'reported denial: a sentence explaining the error in general (`you might encounter the error`), n…',
  'h6-007':
    'reported denial: prose explaining UnauthorizedOperation in general, quoting a message fragment a…',
  'h6-009':
    'reported denial: OpenTofu how-to: a grep recipe and a comment saying what to look for, not outpu…',
  'h6-030':
    'missed: helm against EKS from a GitHub Action: the EKS API server refused the token, la…',
  'h6-074':
    'missed: CDK in CodeBuild: `could not be used to assume` the lookup role, with the repor…',
  'h6-077': 'reported credentials: article prose saying many users meet the error; no run’s output',
  'h6-083':
    'wrong kind: Portuguese knowledge-center page quoting Lambda’s invoke error: KMS rejected th…',
  'h6-085': 'reported credentials: summary prose describing an error in general, no run’s output',
  'h6-091':
    'missed: unicreds (other, Go) on DynamoDB: the bare code the call failed with; `GetItem`…',
  'h6-100':
    'missed: ECS stopped reason (other) for a CDK Fargate service pulling its image from ECR…',
  'h6-105':
    'reported credentials: Japanese prose about an error many people meet; not a run’s output',
  'h6-157':
    'wrong kind, principal: explainer page’s `raw error output` with the blob elided (`...`) and the author…'
}
