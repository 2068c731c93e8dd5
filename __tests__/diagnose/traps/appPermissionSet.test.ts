// Applications whose permission set is documented (heldout7 review h7-086 Grafana, h7-179 Prowler;
// heldout10 review h10-021/022 fluentd's CloudWatch Logs output, h10-168 the Jenkins EC2 plugin).
import { analysed, analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// grafana/grafana#9076: Grafana's server log, a CloudWatch call refused with its action named.
const GRAFANA_9076 =
  't=2017-08-22T11:43:24+0000 lvl=eror msg="Unable to call AWS API" logger=context userId=1 orgId=1 uname=admin error="AccessDenied: User: arn:aws:sts::COMPANY_ID:assumed-role/aws-elasticbeanstalk-ec2-role/i-0be92a0ee5fc028ba is not authorized to perform: cloudwatch:ListMetrics\\n\\tstatus code: 403, request id'

const TRAP = 'app-permission-set'

describe('app-permission-set', () => {
  it.each([
    ['review h7-086', corpusText('heldout7.jsonl', 'h7-086')],
    ['grafana/grafana#9076', GRAFANA_9076]
  ])("Grafana's CloudWatch data source set (%s)", (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toMatch(/^The call came from Grafana's CloudWatch data source/)
    for (const action of ['ec2:DescribeRegions', 'ec2:DescribeInstances', 'ec2:DescribeTags'])
      expect(f.explanation).toContain(action)
    expect(f.explanation).toContain(
      'https://grafana.com/docs/grafana/latest/datasources/aws-cloudwatch/'
    )
    expect(notes).toContain('documented permission set')
  })

  it("Prowler's managed policies (review h7-179)", () => {
    const { f } = analysedOne(corpusText('heldout7.jsonl', 'h7-179'))
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toContain('SecurityAudit')
    expect(f.explanation).toContain('ViewOnlyAccess')
  })

  // heldout129 review: scanners read everything; their documented managed policies come first.
  it.each([
    [
      'h129-001 (Prowler v4 logger line, ProwlerMemberRole)',
      'h129-001',
      ['SecurityAudit', 'ViewOnlyAccess']
    ],
    ['h129-005 (ScoutSuite run log)', 'h129-005', ['ReadOnlyAccess', 'SecurityAudit']],
    ['h129-021 (CloudMapper collect)', 'h129-021', ['SecurityAudit', 'ViewOnlyAccess']]
  ])("a scanner's documented managed policies (%s)", (_name, id, policies) => {
    const { findings } = analysed(corpusText('heldout129.jsonl', id))
    for (const f of findings) {
      expect(f.traps[0]).toBe(TRAP)
      for (const p of policies)
        expect(f.explanation).toContain(
          `arn:aws:iam::aws:policy/${p === 'ViewOnlyAccess' ? 'job-function/' : ''}${p}`
        )
    }
  })

  it.each([
    // own: a role named for a scout troop is no scanner
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/boyscout-uploader/s is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::troop/a.png because no identity-based policy allows the s3:PutObject action'
  ])('counter-case: %s', (text) => {
    expect(analysedOne(text).f.traps).not.toContain(TRAP)
  })

  it('not for a call of a service the set does not cover (own case: Grafana deployed, S3 refused)', () => {
    const { f } = analysedOne(
      'Deploying grafana with the cloudwatch data source\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::assets/grafana.ini because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.traps).not.toContain('app-permission-set')
  })

  it('not for an EC2 refusal with no application named (own case)', () => {
    const { f } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the DescribeRegions operation: You are not authorized to perform this operation.'
    )
    expect(f.traps).not.toContain('app-permission-set')
  })

  it.each([
    ['review h10-021', corpusText('heldout10.jsonl', 'h10-021')],
    ['review h10-022', corpusText('heldout10.jsonl', 'h10-022')]
  ])("fluentd's CloudWatch Logs output: the README's out_cloudwatch_logs set (%s)", (_s, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toMatch(/^The call came from fluentd's CloudWatch Logs output/)
    for (const action of ['logs:PutLogEvents', 'logs:CreateLogStream', 'logs:DescribeLogStreams'])
      expect(f.explanation).toContain(action)
  })

  it("not fluentd's set for Fluent Bit's CloudWatch output, whose banner names Fluentd (aws/aws-for-fluent-bit#74, #177)", () => {
    // aws/aws-for-fluent-bit#74 (banner) and #177 (the refused call), as printed.
    const { findings } = analysed(
      [
        '* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd',
        "[2021/05/12 19:36:11] [error] [output:cloudwatch_logs:cloudwatch_logs.0] CreateLogGroup API responded with error='AccessDeniedException'"
      ].join('\n')
    )
    // The refused CreateLogGroup is in fluentd's set: only the evidence keeps the set out.
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).not.toContain('app-permission-set')
  })

  it("not fluentd's set for another Ruby program's CloudWatch Logs refusal (own case)", () => {
    const { findings } = analysed(
      'Aws::CloudWatchLogs::Errors::AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/app/i-0abc is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:web'
    )
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).not.toContain('app-permission-set')
  })

  it("the Jenkins EC2 plugin's README set for its Test Connection refusal (review h10-168)", () => {
    const { f } = analysedOne(corpusText('heldout10.jsonl', 'h10-168'))
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toMatch(/^The call came from the Jenkins EC2 plugin/)
    expect(f.explanation).toContain('`ec2:DescribeRegions`')
    expect(f.explanation).toContain('https://github.com/jenkinsci/ec2-plugin#iam-setup')
    // PassRole is named with the README's condition, never in the "*" list.
    expect(f.explanation).not.toMatch(/`iam:PassRole`[^\n]*on Resource "\*"/)
  })

  it('the Jenkins EC2 plugin from its classes in a stack (own case, frames as jenkinsci/ec2-plugin#139 prints them)', () => {
    const { f } = analysedOne(
      [
        'com.amazonaws.services.ec2.model.AmazonEC2Exception: You are not authorized to perform this operation. (Service: AmazonEC2; Status Code: 403; Error Code: UnauthorizedOperation; Request ID: 11111111-2222-3333-4444-555555555555)',
        '\tat com.amazonaws.services.ec2.AmazonEC2Client.describeKeyPairs(AmazonEC2Client.java:7218)',
        '\tat hudson.plugins.ec2.EC2PrivateKey.find(EC2PrivateKey.java:135)'
      ].join('\n')
    )
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toContain('ec2:DescribeKeyPairs')
  })

  it('not the EC2 plugin set for the EC2 Fleet plugin, another Jenkins plugin (jenkinsci/ec2-fleet-plugin#163)', () => {
    // jenkinsci/ec2-fleet-plugin#163, first lines as printed.
    const { findings } = analysed(
      [
        'Error during fleet FleetCloud stats update',
        'com.amazonaws.services.ec2.model.AmazonEC2Exception: You are not authorized to perform this operation. (Service: AmazonEC2; Status Code: 403; Error Code: UnauthorizedOperation; Request ID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
        '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1712)'
      ].join('\n')
    )
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).not.toContain('app-permission-set')
  })

  it('not for a "test connection" answered by another service (own case)', () => {
    const { findings } = analysed(
      'When I test connection it fails:\nAccess Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 6C8B7E2A1F0D3C4B)'
    )
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).not.toContain('app-permission-set')
  })

  // Rancher's EKS driver: the minimum EKS policy its documentation prints is pointed to, not copied.
  const RANCHER_DOC =
    'https://ranchermanager.docs.rancher.com/reference-guides/amazon-eks-permissions/minimum-eks-permissions'
  // rancher/rancher#38263, as printed (the XML body shown by Rancher's UI).
  const RANCHER_38263 =
    'I want to import existing eks cluster to rancher.  click following button but got 403 ><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.'

  it.each([
    ['review h10-150 (its UI page "Cluster Management")', corpusText('heldout10.jsonl', 'h10-150')],
    ['rancher/rancher#38263', RANCHER_38263]
  ])("Rancher's EKS driver: its documented minimum policy (%s)", (_s, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toMatch(/^The call came from Rancher's EKS driver/)
    expect(f.explanation).toContain('the minimum EKS policy on its page')
    expect(f.explanation).toContain(RANCHER_DOC)
  })

  it.each([
    [
      "an S3 refusal beside a Rancher EKS cluster (another program's call)",
      'Backing up the Rancher EKS cluster state\nUser: arn:aws:iam::123456789012:user/backup is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::backups/state.tar because no identity-based policy allows the s3:PutObject action'
    ],
    [
      'eksctl, no Rancher',
      'Error: creating EKS cluster: UnauthorizedOperation: You are not authorized to perform this operation.'
    ],
    [
      'a ranch of words: "ranchers" is no Rancher',
      'The ranchers EKS demo failed: UnauthorizedOperation: You are not authorized to perform this operation.'
    ]
  ])("not Rancher's set: %s", (_s, text) => {
    const { findings } = analysed(text)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.explanation).not.toContain(RANCHER_DOC)
  })

  // heldout16 review h16-084, h16-088: two EKS controllers whose documentation gives their set.
  it.each([
    ['h16-084: the AWS Load Balancer Controller', 'h16-084', 'the AWS Load Balancer Controller'],
    ['h16-088: the EBS CSI driver', 'h16-088', 'AmazonEBSCSIDriverPolicy']
  ])('%s', (_title, id, said) => {
    const { f } = analysedOne(corpusText('heldout16.jsonl', id))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain(said)
  })

  it('own counter-case: a target group named otherwise, with no controller named, is no controller', () => {
    const { f } = analysedOne(
      'AccessDenied: User: arn:aws:sts::111122223333:assumed-role/deploy/s is not authorized to perform: elasticloadbalancing:RegisterTargets on resource: arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web-prod/a3abbd7aeeb911df because no identity-based policy allows the elasticloadbalancing:RegisterTargets action'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it("h16-051: fluentd's S3 output flush refused: the plugin's documented set, check_object named", () => {
    const { findings } = analysed(corpusText('heldout16.jsonl', 'h16-051'))
    const f = findings.find((x) => x.code === 'AccessDenied')!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^The call came from fluentd's S3 output/)
    for (const said of ['s3:ListBucket', 's3:PutObject', 's3:GetObject', 'check_object false'])
      expect(f.explanation).toContain(said)
  })

  it("not fluentd's S3 set for a CloudWatch Logs flush, nor for another Ruby program's S3 refusal (own cases)", () => {
    const cw = analysedOne(
      '2020-01-20 19:37:43 +0000 [warn]: #0 failed to flush the buffer. retry_time=0 error_class=Aws::CloudWatchLogs::Errors::AccessDeniedException error="User: arn:aws:sts::123456789012:assumed-role/fl/i-0abc is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:web"'
    )
    expect(cw.f.explanation).not.toMatch(/fluentd's S3 output/)
    const other = analysedOne(
      'Aws::S3::Errors::AccessDenied: Access Denied\n  from app/uploader.rb:12:in `put`'
    )
    expect(other.f.traps).not.toContain(TRAP)
  })
})
