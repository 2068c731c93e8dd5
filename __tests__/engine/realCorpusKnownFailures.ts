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
  'h2-112': 'wrong service, label s3 (EMR shaded S3 client class names)',
  'h2-039':
    'reported denial: a docstring quoting the sentence in a reST literal block (prose, not code)',
  'h2-081':
    'reported denial: one quoted JSON string with a trailing comma; nothing around it shows code',
  // heldout3.jsonl (round 4, issue 10): what the round-4 rules do not cover yet.
  'h3-027':
    'wrong service, label s3: a KMS ciphertext refusal answered by S3 (EMR shaded class names)',
  'h3-032': 'reported denial: demo seed data (ticket description) quoting an S3 error',
  'h3-040': 'reported denial: deployment notes predicting `Aws::S3::Errors::AccessDenied` in prose',
  'h3-082':
    'wrong service, label amplify: `(Service: Amplify, … HandlerErrorCode: AccessDenied)` behind `> `',
  'h3-085':
    'wrong service, label lakeformation: `(Service: LakeFormation, …)` in a CDK handler message',
  'h3-086': 'wrong service, label cloudfront: `(Service: CloudFront, …)` wrapped in a blockquote',
  // heldout4.jsonl (round 5, issue 10; mostly repository docs and code): not covered yet.
  'h4-062':
    'missed: Korean note, kubectl `You must be logged in` in a code block; nothing places it on EKS',
  'h4-185': 'wrong kind, label encoded: EBS CSI gRPC error with the blob elided',
  // heldout5.jsonl (round 6, issue 10; pasted failed runs from issue threads and pages): not covered yet.
  // heldout6.jsonl (round 7, issue 10; scored once unseen at 149/173 on the session-8 build): not covered yet.
  'h6-002':
    'missed: troubleshooting entry showing the OIDC refusal as printed by configure-aws-cred…',
  'h6-003': 'missed: troubleshooting heading quoting the OIDC refusal as runs print it',
  'h6-017':
    'missed: Pulumi S3 state backend login; S3 says no access key was presented (the request…',
  'h6-030':
    'missed: helm against EKS from a GitHub Action: the EKS API server refused the token, la…',
  'h6-033':
    'missed: Terraform helm provider against EKS (Terraform Cloud, assumed role not granted…',
  'h6-034':
    'missed: CloudFormation registry resource (AWSQS Helm) handler message; the EKS API serv…',
  'h6-072':
    'missed: CDK Pipelines deploy: CodePipeline validates that its role may assume the actio…',
  'h6-074':
    'missed: CDK in CodeBuild: `could not be used to assume` the lookup role, with the repor…',
  'h6-083':
    'wrong kind: Portuguese knowledge-center page quoting Lambda’s invoke error: KMS rejected th…',
  'h6-091':
    'missed: unicreds (other, Go) on DynamoDB: the bare code the call failed with; `GetItem`…',
  'h6-100':
    'missed: ECS stopped reason (other) for a CDK Fargate service pulling its image from ECR…',
  'h6-130':
    'missed: npm (other) against an AWS CodeArtifact repository (`*.d.codeartifact.*` endpoi…',
  'h6-132':
    'missed: NuGet in Visual Studio (other) against AWS CodeArtifact: 401 from the CodeArtif…',
  'h6-165':
    'missed: Japanese blog quoting the line its workflow printed after GitHub changed the OI…'
}
