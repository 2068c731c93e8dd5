// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  // heldout.jsonl (round 2): what the round-2 rules do not cover yet.
  h019: 'missed: S3 XML body as a browser rendered it, tags lost (`Code AccessDenied /Code`)',
  h097: 'reported denial: JS SDK v3 against Cloudflare R2, which only the issue title names',
  h122: 'wrong service, label s3 (browser POST to the bucket)',
  h155: 'missed: Prowler prints the CLI error one word per line',
  h164: 'missed: a bare `Access Denied` line with no code or AWS wording around it',
  // heldout2.jsonl (round 3, issue 10): what the round-3 rules do not cover yet.
  'h2-081':
    'reported denial: one quoted JSON string with a trailing comma; nothing around it shows code',
  // heldout3.jsonl (round 4, issue 10): what the round-4 rules do not cover yet.
  'h3-032': 'reported denial: demo seed data (ticket description) quoting an S3 error',
  'h3-040': 'reported denial: deployment notes predicting `Aws::S3::Errors::AccessDenied` in prose',
  // heldout4.jsonl (round 5, issue 10; mostly repository docs and code): not covered yet.
  'h4-062':
    'missed: Korean note, kubectl `You must be logged in` in a code block; nothing places it on EKS',
  // heldout5.jsonl (round 6, issue 10; pasted failed runs from issue threads and pages): not covered yet.
  // heldout6.jsonl (round 7, issue 10; scored once unseen at 149/173 on the session-8 build): not covered yet.
  'h6-030':
    'missed: helm against a cluster nothing in the text places on EKS (only the thread’s repository, helm-eks-action, does)',
  'h6-074':
    'missed: the failure is said five lines above the CDK warning, across a blank line and a fence: past the record’s three lines of context',
  'h6-083':
    'wrong kind: Portuguese knowledge-center page quoting Lambda’s invoke error: KMS rejected th…',
  // heldout7.jsonl (round 8, issue 10; scored once unseen at 152/180 on the session-9 build): not covered yet.
  'h7-043':
    'missed: dev.to post: cdk deploy blocked by a tag-conditioned SCP; the error is shown as the blo…',
  'h7-126':
    "reported credentials: a workflow YAML snippet whose comment mentions 'no basic auth credentials'; configurati…",
  'h7-171':
    'reported credentials: blog retelling in prose that Airflow DockerOperator tasks failed with an expired ECR to…',
  // heldout8.jsonl (round 9, issue 10; scored once unseen at 165/180 on the session-10 build): not covered yet.
  'h8-078':
    'missed: Amplify Console (hosting) backend build: amplifyPush could not initialize the environment, bare "Acc…',
  'h8-158':
    'wrong service, label s3: restic (minio-go client) under Velero: the repository URL that names S3 is lines above the error, past the parser’s window',
  // heldout9.jsonl (round 10, issue 10; scored once unseen at 135/180 on the session-11 build): not covered yet.
  'h9-012':
    'reported denial: Spark s3a against a local MinIO server (issue filed on minio/minio, Spark with MinIO cookb…',
  'h9-021':
    'reported denial: AWS Glue local docker image writing through s3a to a MinIO container (title: "Cannot write…',
  'h9-080':
    'reported credentials: s3cmd configured for DigitalOcean Spaces (sgp1.digitaloceanspaces.com in the thread):…',
  'h9-087':
    'reported denial: boto (v2) against a local Ceph radosgw demo container (host=localhost): 403 from RGW, not …',
  'h9-089':
    'reported denial: s3cmd against a local LeoFS gateway (S3-compatible store on localhost): Access Denied from…',
  'h9-168':
    'reported denial: k8s-csi-s3 provisioner against Hetzner Object Storage (S3-compatible): Access Denied from …',
  // heldout10.jsonl (round 11, issue 10; scored once unseen at 155/180 on the session-12 build): not covered yet.
  'h10-005':
    'missed: Crossplane provider-aws managed resource status: the web identity token file cannot be read in the po…',
  'h10-023':
    'missed: fluentd-cloudwatch chart (Ruby aws-sdk-core 2): request cannot be signed because no credentials are s…',
  'h10-030':
    'missed: lego CLI Lightsail DNS provider (Go SDK v2): AccessDeniedException with an empty message on DeleteDom…',
  'h10-036':
    'missed: Amazon Redshift COPY from S3 run in SQL Workbench/J (JDBC [Amazon](500310) error): S3ServiceException…',
  'h10-037':
    'missed: embulk-output-redshift (Redshift COPY error detail block in a JRuby stack): S3 read refused for the s…',
  'h10-038':
    'missed: R redshiftTools via aws.s3 (str() of the parsed S3 error, server AmazonS3): AccessDenied on the uploa…',
  'h10-039':
    'missed: R redshiftTools rs_replace_table: the S3 upload to s3://mybucket/ answers Forbidden (HTTP 403); a bar…',
  'h10-040':
    'missed: R redshiftTools after a successful COPY: deleting the staged S3 files answers Forbidden (HTTP 403); b…',
  'h10-042':
    'missed: Redshift COPY of a benchmark data set (psql error line, cut by the author at `,R`): S3ServiceExceptio…',
  'h10-051':
    'missed: Renovate self-hosted (JS SDK v3 credential-provider-imds) debug JSON: the instance metadata service a…',
  'h10-078':
    'wrong kind: EBS CSI driver csi-provisioner (Go SDK v1 text): the EC2 marker is followed by nothing (`Encoded …',
  'h10-086':
    'missed: docker push after amazon-ecr-login in GitHub Actions, failing intermittently with `no basic auth cred…',
  'h10-093':
    'missed: kubectl run on EKS outliving its IAM token: the API server asks for credentials again; EKS kubectl Un…',
  'h10-094':
    'missed: kubectl with a token from heptio-authenticator-aws (AWS IAM role auth to Kubernetes): intermittent Un…',
  'h10-095':
    'missed: kubectl against EKS with aws-iam-authenticator 0.7.5: the API server keeps asking for credentials (me…',
  'h10-103':
    'missed: cdk bootstrap (CDK v0.x, issue title plus description): "Access Denied: User is not authorized to per…',
  'h10-125':
    'missed: Lambda log (boto3) starting an Amazon Translate batch job: NotAuthorizedException "Your account is no…',
  'h10-151':
    "missed: AWS SDK for PHP on Elastic Beanstalk with an instance profile, DynamoDB calls: the user's retelling o…",
  'h10-166':
    'missed: docker-machine ls after an upgrade (amazonec2 driver): EC2 answers 401 "Authorization header or param…'
}
