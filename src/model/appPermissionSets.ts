// Applications whose AWS permissions their makers document as a set. When one of them is refused,
// the documented set is what an expert points at first: the one call that failed is rarely the
// last one the application makes. Data, one entry per application; each with the page it comes from.

export interface AppPermissionSet {
  id: string
  name: string
  /** Words in the log that show the application made the call (its log format or its name). */
  seen: RegExp
  /** Actions the documented set grants on Resource "*", as the documentation prints them. */
  actions: readonly string[]
  /** AWS managed policies the documentation attaches instead of, or besides, the actions. */
  managedPolicies: readonly string[]
  /** What the documentation adds besides, in words. */
  extra?: string
  /**
   * A set too long to print, its documented policy named in words instead (Rancher's sixty-odd
   * actions): the explanation points to the page. Requires `services`.
   */
  policy?: string
  /** The services a `policy` covers: a refusal of another service is another program's. */
  services?: readonly string[]
  doc: string
}

export const APP_PERMISSION_SETS: readonly AppPermissionSet[] = [
  {
    // Grafana's server log: `Unable to call AWS API  logger=context` (old), `logger=tsdb.cloudwatch`,
    // `pluginId=cloudwatch` (new), or its name.
    id: 'grafana-cloudwatch',
    name: "Grafana's CloudWatch data source",
    // Also its data source's test (`Successfully queried the CloudWatch metrics API.` / `CloudWatch
    // logs query failed:`, heldout159 review h160-070).
    seen: /\bSuccessfully queried the CloudWatch metrics API\b|\bCloudWatch logs query failed\b|\bUnable to call AWS API\b[^\n]{0,80}?\blogger=|\blogger=tsdb\.cloudwatch\b|\bpluginId=cloudwatch\b|\bgrafana\b[^\n]{0,200}?\bcloudwatch\b|\bcloudwatch\b[^\n]{0,200}?\bgrafana\b/i,
    // The AWS managed policy AmazonGrafanaCloudWatchAccess lists the same set.
    actions: [
      'cloudwatch:DescribeAlarmsForMetric',
      'cloudwatch:DescribeAlarmHistory',
      'cloudwatch:DescribeAlarms',
      'cloudwatch:ListMetrics',
      'cloudwatch:GetMetricStatistics',
      'cloudwatch:GetMetricData',
      'cloudwatch:GetInsightRuleReport',
      'logs:DescribeLogGroups',
      'logs:GetLogGroupFields',
      'logs:StartQuery',
      'logs:StopQuery',
      'logs:GetQueryResults',
      'logs:GetLogEvents',
      'ec2:DescribeTags',
      'ec2:DescribeInstances',
      'ec2:DescribeRegions',
      'tag:GetResources'
    ],
    managedPolicies: [],
    doc: 'https://grafana.com/docs/grafana/latest/datasources/aws-cloudwatch/'
  },
  {
    // Prowler's name (also as a role's prefix: `ProwlerMemberRole`, heldout129 review h129-001),
    // its v2 check ids (`[extra7141]`), result lines (`PASS! sa-east-1: ...`) or its v3/v4 logger's
    // `[File: ec2_service.py:410] \t[Module: ec2_service]\t ERROR:` prefix.
    id: 'prowler',
    name: 'Prowler',
    seen: /\bprowler|\[extra\d{3,4}\]|\b(?:PASS|FAIL|INFO|WARNING)! [a-z]{2}(?:-[a-z]+){1,2}-\d: |\[File: \w{1,60}\.py:\d{1,6}\][ \t]{1,8}\[Module: \w{1,60}\][ \t]{1,8}(?:ERROR|WARNING|CRITICAL):/i,
    actions: [],
    managedPolicies: [
      'arn:aws:iam::aws:policy/SecurityAudit',
      'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'
    ],
    // Prowler ships an additions policy for calls the two managed policies leave out.
    extra: "Prowler's own additions policy (prowler-additions-policy.json in its repository)",
    doc: 'https://docs.prowler.com/projects/prowler-open-source/en/latest/getting-started/requirements/'
  },
  {
    // ScoutSuite's log lines (`scout[2678] ERROR s3.py L144:`), its name or its package path
    // (heldout129 review h129-005). Its wiki's minimal-privileges page attaches two managed policies.
    id: 'scoutsuite',
    name: 'ScoutSuite',
    seen: /\bscout\[\d{1,7}\] (?:ERROR|WARNING|INFO)\b|\bScoutSuite\b|\bScout2\b/i,
    actions: [],
    managedPolicies: [
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::aws:policy/SecurityAudit'
    ],
    doc: 'https://github.com/nccgroup/ScoutSuite/wiki/AWS-Minimal-Privileges-Policy'
  },
  {
    // CloudMapper's name, often its role's too (`assumed-role/CloudMapper/…`, heldout129 review
    // h129-021). Its README's collect step needs the same two managed policies as Prowler.
    id: 'cloudmapper',
    name: 'CloudMapper',
    seen: /\bcloudmapper\b/i,
    actions: [],
    managedPolicies: [
      'arn:aws:iam::aws:policy/SecurityAudit',
      'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'
    ],
    doc: 'https://github.com/duo-labs/cloudmapper#setup'
  },
  {
    // fluentd's CloudWatch Logs output (fluent-plugin-cloudwatch-logs): its plugin id in brackets
    // (`[out_cloudwatch_logs_containers]`), its gem name, or fluentd's buffer-flush warning carrying
    // the Ruby SDK's CloudWatch Logs error class. Fluent Bit's own output prints no Ruby class, and
    // documents a smaller set: it is not this entry.
    id: 'fluentd-cloudwatch-logs',
    name: "fluentd's CloudWatch Logs output (fluent-plugin-cloudwatch-logs)",
    seen: /\bout_cloudwatch_logs|\bfluent-plugin-cloudwatch-logs\b|\bfailed to flush the buffer\b[^\n]{0,300}?\bAws::CloudWatchLogs::Errors::/i,
    // The README's "more restricted IAM policy for out_cloudwatch_logs".
    actions: [
      'logs:PutLogEvents',
      'logs:CreateLogGroup',
      'logs:PutRetentionPolicy',
      'logs:CreateLogStream',
      'logs:DescribeLogGroups',
      'logs:DescribeLogStreams'
    ],
    managedPolicies: [],
    doc: 'https://github.com/fluent-plugins-nursery/fluent-plugin-cloudwatch-logs#preparation'
  },
  {
    // fluentd's S3 output (fluent-plugin-s3): its gem or plugin type, or fluentd's buffer-flush
    // warning carrying the Ruby SDK's S3 error class (heldout16 review h16-051). Before each upload
    // it checks the object key is free (`check_object`, a HEAD: s3:GetObject), and lists the bucket.
    id: 'fluentd-s3',
    name: "fluentd's S3 output (fluent-plugin-s3)",
    seen: /\bfluent-plugin-s3\b|@type[ \t]{1,3}s3\b|\bfailed to flush the buffer\b[^\n]{0,300}?\bAws::S3::Errors::/i,
    actions: [],
    managedPolicies: [],
    policy:
      "the plugin's documented policy: `s3:ListBucket` on the bucket, `s3:PutObject` and `s3:GetObject` on its objects (`arn:aws:s3:::BUCKET/*`; the GetObject is the `check_object` look-up before each upload, which `check_object false` turns off), plus `kms:GenerateDataKey` on the key when the bucket encrypts with SSE-KMS",
    services: ['s3', 'kms'],
    doc: 'https://github.com/fluent/fluent-plugin-s3/blob/master/docs/output.md'
  },
  {
    // Vault's AWS secrets engine creating IAM users for `iam_user` credentials: its `vault read
    // aws/creds/ROLE` or the names it gives them (`vault-DISPLAYNAME-POLICY-UNIXTIME-RANDOM`), a
    // new one on every read (heldout17 review h17-117).
    id: 'vault-aws-secrets',
    name: "Vault's AWS secrets engine",
    seen: /\bvault (?:read|write) aws\/(?:creds|sts)\/|:user\/vault-[\w.+=@-]{1,64}-\d{10}-\d{1,6}\b/i,
    actions: [],
    managedPolicies: [],
    policy:
      "the policy its documentation gives the engine's own credentials: `iam:CreateUser`, `iam:PutUserPolicy`, `iam:AttachUserPolicy`, `iam:AddUserToGroup`, `iam:CreateAccessKey`, `iam:GetUser` and, to revoke, `iam:DeleteAccessKey`, `iam:DeleteUser`, `iam:DeleteUserPolicy`, `iam:DetachUserPolicy`, `iam:ListAccessKeys`, `iam:ListAttachedUserPolicies`, `iam:ListGroupsForUser`, `iam:ListUserPolicies`, `iam:RemoveUserFromGroup`, all on `arn:aws:iam::ACCOUNT_ID:user/vault-*` (the users it names, never one user: each read makes a new one)",
    services: ['iam'],
    doc: 'https://developer.hashicorp.com/vault/docs/secrets/aws'
  },
  {
    // The Jenkins EC2 plugin: its classes (`hudson.plugins.ec2.`), its class loader in a stack,
    // or its cloud page's "Test Connection" answered by the Java SDK's EC2 error.
    id: 'jenkins-ec2-plugin',
    name: 'the Jenkins EC2 plugin',
    seen: /\bhudson\.plugins\.ec2\.|\bPluginClassLoader for ec2\/\/|\bjenkinsci\/ec2-plugin\b|\btest connection\b[\s\S]{0,200}?\(Service: AmazonEC2;/i,
    // The README's IAM setup policy, less the two calls it says only some setups need (extra).
    actions: [
      'ec2:DescribeSpotInstanceRequests',
      'ec2:CancelSpotInstanceRequests',
      'ec2:GetConsoleOutput',
      'ec2:RequestSpotInstances',
      'ec2:RunInstances',
      'ec2:StartInstances',
      'ec2:StopInstances',
      'ec2:TerminateInstances',
      'ec2:CreateTags',
      'ec2:DeleteTags',
      'ec2:DescribeInstances',
      'ec2:DescribeInstanceTypes',
      'ec2:DescribeKeyPairs',
      'ec2:DescribeRegions',
      'ec2:DescribeImages',
      'ec2:DescribeAvailabilityZones',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeSubnets',
      'iam:ListInstanceProfilesForRole'
    ],
    managedPolicies: [],
    extra:
      "as its README says, `iam:PassRole` when agents launch with an instance profile (scope it to that profile's role) and `ec2:GetPasswordData` for Windows agents",
    doc: 'https://github.com/jenkinsci/ec2-plugin#iam-setup'
  },
  {
    // Rancher's EKS driver (hosted EKS clusters): its name near EKS, its operator, or its 2.6 UI's
    // "Cluster Management" page where an EKS cluster is created (rancher/rancher#35603, #38263).
    id: 'rancher-eks',
    name: "Rancher's EKS driver",
    seen: /\brancher\b[^\n]{0,200}?\bEKS\b|\bEKS\b[^\n]{0,200}?\brancher\b|\beks-operator\b|\bEKS\b[\s\S]{0,200}?\bCluster Management\b|\bCluster Management\b[\s\S]{0,200}?\bEKS\b/i,
    actions: [],
    managedPolicies: [],
    policy:
      'the minimum EKS policy on its page (EC2, CloudFormation, IAM, KMS and EKS actions on Resource "*"), plus the service-role and VPC statements there when Rancher creates those',
    services: ['ec2', 'cloudformation', 'iam', 'kms', 'eks'],
    doc: 'https://ranchermanager.docs.rancher.com/reference-guides/amazon-eks-permissions/minimum-eks-permissions'
  },
  {
    // The AWS Load Balancer Controller on EKS: its CRD group in a reconcile error, its name or its
    // TargetGroupBinding controller (heldout16 review h16-084: RegisterTargets refused; the next
    // target group it makes, and DeregisterTargets, would fail the same way).
    id: 'aws-load-balancer-controller',
    name: 'the AWS Load Balancer Controller',
    // The target groups it makes are named `k8s-NAMESPACE-SERVICE-HASH` (its naming, trimmed to 8).
    seen: /\belbv2\.k8s\.aws\b|\baws-load-balancer-controller\b|"controller":\s?"targetGroupBinding"|:targetgroup\/k8s-[a-z0-9]{1,8}-[a-z0-9]{1,8}-[0-9a-f]{10}\//i,
    actions: [],
    managedPolicies: [],
    policy:
      "the controller's IAM policy for its release (`iam_policy.json` in its repository's docs/install: Elastic Load Balancing, EC2, ACM, WAF, Shield and Cognito actions, the target-group writes limited by the `elbv2.k8s.aws/cluster` tag) on its service account's role (IRSA or EKS Pod Identity)",
    services: [
      'elasticloadbalancing',
      'ec2',
      'acm',
      'wafv2',
      'waf-regional',
      'shield',
      'cognito-idp',
      'iam',
      'tag'
    ],
    doc: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/installation/'
  },
  {
    // The EBS CSI driver's controller: the driver's name in a Kubernetes event or its own log
    // (heldout16 review h16-088: AttachVolume refused; provisioning and snapshots need the rest).
    id: 'ebs-csi-driver',
    name: 'the Amazon EBS CSI driver',
    seen: /\bebs\.csi\.aws\.com\b|\bebs-csi-controller\b|\baws-ebs-csi-driver\b/i,
    actions: [],
    managedPolicies: ['arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy'],
    extra:
      "on the role of its controller's service account (`ebs-csi-controller-sa`, through IRSA or EKS Pod Identity), plus the KMS key's grants when volumes are encrypted with a customer managed key",
    services: ['ec2', 'kms'],
    doc: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html'
  },
  {
    // The OpenTelemetry Collector's X-Ray exporter: its component name in the exporter helper's
    // error record (`"kind": "exporter", … "name": "awsxray"`) or its package. It only sends
    // segments (and its telemetry when that setting is on, off by default), so no set is proposed
    // beyond the refused call: it is known here so that the X-Ray daemon's set
    // (src/remedy/companionActions.ts) is not proposed for it (heldout29 re-review, h29-010).
    id: 'otel-awsxray-exporter',
    name: "the OpenTelemetry Collector's AWS X-Ray exporter (awsxray)",
    seen: /"kind":\s?"exporter"[^\n]{0,120}?"name":\s?"awsxray(?:\/[\w-]{1,40})?"|\bawsxrayexporter\b/,
    actions: [],
    managedPolicies: [],
    doc: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/awsxrayexporter'
  },
  {
    // Nix reading or pushing an S3 binary cache (`error: AWS error fetching
    // '7fk9….narinfo': Access Denied`, heldout136 review h136-001): every build asks for store
    // paths the cache may not hold, and without s3:ListBucket S3 answers such a miss with 403.
    id: 'nix-binary-cache',
    name: 'Nix with an S3 binary cache',
    seen: /\bAWS error (?:fetching|uploading) '[^'\n]{1,200}\.(?:narinfo|nar(?:\.\w{2,4})?|ls)'|\bnix copy\b[^\n]{0,200}\bs3:\/\//,
    actions: [],
    managedPolicies: [],
    policy:
      "the Nix manual's S3 binary cache policy: to read, `s3:GetObject` on the cache's objects (`arn:aws:s3:::BUCKET/*`) and `s3:GetBucketLocation` on the bucket, plus `s3:ListBucket` on the bucket so a path the cache does not hold (a `.narinfo` miss) answers 404 instead of 403; to push (`nix copy --to`), also `s3:PutObject`, `s3:ListBucketMultipartUploads`, `s3:ListMultipartUploadParts` and `s3:AbortMultipartUpload`",
    services: ['s3'],
    doc: 'https://nix.dev/manual/nix/stable/store/types/s3-binary-cache-store'
  },
  {
    // Amazon Q Developer's CLI (Rust error chain naming its crate) or its own words. No IAM set:
    // access is a subscription (src/diagnose/traps/amazonQSubscription.ts).
    id: 'amazon-q-developer',
    name: 'Amazon Q Developer',
    seen: /\bAmazon Q is having trouble responding\b|\bcrates\/(?:chat-cli|q_cli)\/|\bAmazon Q Developer\b|\bq chat\b/i,
    actions: [],
    managedPolicies: [],
    doc: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-admin-setup-subscribe-general.html'
  }
]

export function appPermissionSet(id: string): AppPermissionSet | undefined {
  return APP_PERMISSION_SETS.find((a) => a.id === id)
}
