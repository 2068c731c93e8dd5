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
  'h9-003':
    'missed: cdk deploy, AwsCustomResource calling Amplify UpdateBranch: terminal-wrapped mid-word; values recor…',
  'h9-011':
    'wrong code: PySpark on Spark/Hadoop s3a (Java SDK v1 underneath) against a real AWS bucket, inside a Python…',
  'h9-012':
    'reported denial: Spark s3a against a local MinIO server (issue filed on minio/minio, Spark with MinIO cookb…',
  'h9-016':
    'wrong service: DVC push to an S3 remote (s3fs/aiobotocore): HeadObject 403, code as printed; s3:// URI name…',
  'h9-017':
    'reported denial: DVC pushing to Volcengine TOS through its S3-compatible endpoint (endpointurl shown): the …',
  'h9-019':
    'wrong service: DVC push with a session token to an S3 remote: first failure HeadObject 403 (code "403"), ch…',
  'h9-020': 'wrong service: DVC push -r staging to an S3 remote: bare AccessDenied on ListObjects',
  'h9-021':
    'reported denial: AWS Glue local docker image writing through s3a to a MinIO container (title: "Cannot write…',
  'h9-023':
    'reported denial: alist serving files from Cloudflare R2 (S3-compatible): R2 answers an S3-style XML error w…',
  'h9-028':
    'reported denial, credentials: Lsky Pro (Chinese image host, PHP AWS SDK through Flysystem) writing to a sel…',
  'h9-034':
    'missed: Packer amazon-ebs: no credential source found (double space where the provider name is empty); cred…',
  'h9-040':
    'wrong service: EB CLI `eb deploy --debug`: botocore response dict printed by ebcli with the code in a Pytho…',
  'h9-045':
    'missed: EB CLI `eb init` quoted in prose: bare "Operation Denied. Access Denied." behind ebcli’s own class …',
  'h9-060':
    'missed: AWS iOS SDK (Lex interaction kit) getting an identity from a Cognito identity pool: unauthenticated…',
  'h9-063':
    'reported denial: LocalStack emulating Step Functions and IAM enforcement (account 000000000000, localstack.…',
  'h9-066':
    'reported denial: gcloud builds submit in GitHub Actions (setup-gcloud): Google Cloud Storage answers an S3-…',
  'h9-080':
    'reported credentials: s3cmd configured for DigitalOcean Spaces (sgp1.digitaloceanspaces.com in the thread):…',
  'h9-081':
    'missed: s3cmd meant for DigitalOcean but, as the thread explains, still sending to AWS S3 (host_bucket left…',
  'h9-084':
    'reported denial: OCI PHP script launching instances: Oracle Cloud NotAuthorizedOrNotFound; negative',
  'h9-087':
    'reported denial: boto (v2) against a local Ceph radosgw demo container (host=localhost): 403 from RGW, not …',
  'h9-088':
    'reported denial: Issue title: Ceph radosgw admin Java client exception; not AWS; negative',
  'h9-089':
    'reported denial: s3cmd against a local LeoFS gateway (S3-compatible store on localhost): Access Denied from…',
  'h9-090':
    'wrong code: CloudFormation third-party resource type MongoDB::Atlas::Project: handler message carries the d…',
  'h9-093':
    'missed: Airbyte S3 destination writing Parquet through Hadoop s3a: despite "AccessDeniedException", the cau…',
  'h9-099':
    'missed: AWS Glue ETL job with Iceberg and Lake Formation (Java SDK v2): Lake Formation AccessDeniedExceptio…',
  'h9-100':
    'missed: Glue 4.0 local docker image (Java SDK v2) creating a table under Lake Formation: Glue AccessDeniedE…',
  'h9-109':
    'missed: VS Code Kubernetes extension running kubectl against EKS without AWS_PROFILE for the authenticator:…',
  'h9-111':
    'missed: Terraform helm provider in GitHub Actions (cndi): the EKS token exec plugin (aws eks get-token) fai…',
  'h9-114':
    'missed: docker build pulling an ECR base image without the credential helper being consulted: no basic auth…',
  'h9-136':
    'missed: Terraform aws_eks_node_group: EKS refuses the launch template with an EC2-style encoded message und…',
  'h9-137':
    'missed: Scylla cluster tests creating an EKS nodegroup through boto3: encoded launch-template refusal, blob…',
  'h9-138':
    'missed: eksctl create nodegroup relaying a CloudFormation event: the action is named after "API:"; no code,…',
  'h9-165':
    'reported denial: ShellSpec test of an S3-compatible provider asserting the AWS CLI error text: a test expec…',
  'h9-168':
    'reported denial: k8s-csi-s3 provisioner against Hetzner Object Storage (S3-compatible): Access Denied from …',
  'h9-174':
    'reported denial: OpenShift image-registry operator status condition with Alibaba Cloud OSS storage: OSS Acc…',
  'h9-176':
    'missed: Browser JS SDK v3 getting credentials from a Cognito identity pool: unauthenticated identities not …',
  'h9-177':
    'missed: Amplify JS PubSub (IoT) after Auth.signIn: the identity pool refuses unauthenticated identities, so…',
  'h9-178':
    'missed: AWSMobileClient on Android (Java SDK v1 shape): Cognito identity refuses an unauthenticated identit…',
  'h9-179':
    'missed: Amplify JS Auth.currentCredentials after a user-pool sign-in: identity pool without an unauthentica…'
}
