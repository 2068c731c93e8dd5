// Applications whose AWS permissions their makers document as a set. When one of them is refused,
// the documented set is what an expert points at first: the one call that failed is rarely the
// last one the application makes. Data, one entry per application; each with the page it comes from.

export interface AppPermissionSet {
  id: string
  name: string
  /** Words in the log that show the application made the call (its log format or its name). */
  seen: RegExp
  /** Actions the documented set grants (Resource "*": these are list and describe calls). */
  actions: readonly string[]
  /** AWS managed policies the documentation attaches instead of, or besides, the actions. */
  managedPolicies: readonly string[]
  /** What the documentation adds besides, in words. */
  extra?: string
  doc: string
}

export const APP_PERMISSION_SETS: readonly AppPermissionSet[] = [
  {
    // Grafana's server log: `Unable to call AWS API  logger=context` (old), `logger=tsdb.cloudwatch`,
    // `pluginId=cloudwatch` (new), or its name.
    id: 'grafana-cloudwatch',
    name: "Grafana's CloudWatch data source",
    seen: /\bUnable to call AWS API\b[^\n]{0,80}?\blogger=|\blogger=tsdb\.cloudwatch\b|\bpluginId=cloudwatch\b|\bgrafana\b[^\n]{0,200}?\bcloudwatch\b|\bcloudwatch\b[^\n]{0,200}?\bgrafana\b/i,
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
    // Prowler's name, its v2 check ids (`[extra7141]`) or result lines (`PASS! sa-east-1: ...`).
    id: 'prowler',
    name: 'Prowler',
    seen: /\bprowler\b|\[extra\d{3,4}\]|\b(?:PASS|FAIL|INFO|WARNING)! [a-z]{2}(?:-[a-z]+){1,2}-\d: /i,
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
