// Elastic Beanstalk's deploy events name the service that refused the environment's call, and the
// .NET SDK's S3 exception carries S3's bare message (issue 10, heldout4).
import { parseText } from './parseText.js'

const fields = (text: string) =>
  parseText(text).map((f) => ({
    kind: f.kind,
    action: f.action,
    service: f.service,
    resource: f.resource
  }))

describe('Elastic Beanstalk events', () => {
  it.each([
    [
      // aws/aws-toolkit-azure-devops#285 (the toolkit printing EB's events)
      'Tue Aug 13 2019 14:56:50 GMT+0000 (Coordinated Universal Time)   INFO   Environment update is starting.\nTue Aug 13 2019 14:56:58 GMT+0000 (Coordinated Universal Time)   ERROR   Service:Amazon S3, Message:Access Denied\nTue Aug 13 2019 14:56:58 GMT+0000 (Coordinated Universal Time)   ERROR   Failed to deploy application.',
      { kind: 'denial', action: null, service: 's3', resource: null }
    ],
    [
      // hashicorp/terraform#16193 (Terraform waiting for the environment)
      '* aws_elastic_beanstalk_environment.prodenv: Error waiting for Elastic Beanstalk Environment (e-acecfptpk3) to become ready: 2 error(s) occurred:\n\n* 2017-09-26 21:40:31.639 +0000 UTC (e-acecfptpk3) : Service:Amazon S3, Message:Access Denied\n* 2017-09-26 21:40:31.751 +0000 UTC (e-acecfptpk3) : Failed to launch environment.',
      { kind: 'denial', action: null, service: 's3', resource: null }
    ],
    [
      // github-file:find_string#51811812902 (Japanese deploy notes: the bucket and key EB read)
      '- Elastic Beanstalk event\n  - `Failed to deploy application.`\n  - `Service:Amazon S3, Message:Access Denied: S3Bucket=elasticbeanstalk-env-resources-ap-northeast-1, S3Key=eb_patching_resources/instance_patch_extension.linux`',
      {
        kind: 'denial',
        action: null,
        service: 's3',
        resource:
          'arn:aws:s3:::elasticbeanstalk-env-resources-ap-northeast-1/eb_patching_resources/instance_patch_extension.linux'
      }
    ],
    [
      // github-file:find_string#51811812902 (the same notes, the first failed deploy)
      "- Elastic Beanstalk event\n  - `Failed to deploy application.`\n  - `Service:AmazonEC2, Message:You do not have permission to perform the 'ec2:DescribeSubnets' action.`",
      { kind: 'denial', action: 'ec2:DescribeSubnets', service: 'ec2', resource: null }
    ],
    [
      // github-file:find_string#13041452035 (an EB deploy guide's troubleshooting heading)
      "### Latest Error: \"You do not have permission to perform the 'ec2:AssociateAddress' action\"\n\nThis is an **IAM permissions problem**. Here's how to fix it:",
      { kind: 'denial', action: 'ec2:AssociateAddress', service: 'ec2', resource: null }
    ],
    [
      // own: a bucket without a key
      '2024-05-01 10:00:00    ERROR   Service:Amazon S3, Message:Access Denied: S3Bucket=my-eb-bucket',
      { kind: 'denial', action: null, service: 's3', resource: 'arn:aws:s3:::my-eb-bucket' }
    ]
  ])('%s', (text, want) => {
    expect(fields(text)).toEqual([want])
  })

  it.each([
    [
      // github-file:find_string#39004460236: an application's own wording, no IAM action
      'own: an app refusing its own action',
      "message: You do not have permission to perform the 'edit' action on this list."
    ],
    [
      // github-file:find_string#20273110607: an EB event that is no refusal
      'github-file:find_string#20273110607',
      "2019-11-05 00:25:42    ERROR   Service:AmazonCloudFormation, Message:Stack named 'awseb-e-wbmxbruwe8-stack' aborted operation. Current state: 'UPDATE_ROLLBACK_IN_PROGRESS'  Reason: The following resource(s) failed to create: [MyCacheSecurityGroup]. "
    ]
  ])('%s gives no finding', (_name, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('.NET S3 exceptions', () => {
  it.each([
    // github-file:find_string#51840636508 (heldout4 h4-098: a Portuguese symptom block)
    '### Erro ao fazer Upload para S3\n\n**Sintoma:**\n```\nAmazon.S3.AmazonS3Exception: Access Denied\n```',
    // github-file:find_string#4001614472 (heldout4 h4-100: with its inner exceptions)
    'Amazon.S3.AmazonS3Exception: Access Denied ---> Amazon.Runtime.Internal.HttpErrorResponseException: The remote server returned an error: (403) Forbidden. ---> System.Net.WebException: The remote server returned an error: (403) Forbidden.',
    // github-file:find_string#54879560918 (heldout4 h4-101: a runbook table cell)
    '| Exception | Cause | Fix |\n|-----------|-------|-----|\n| `RedisConnectionException` | ElastiCache unavailable | Check cluster status, restart if needed |\n| `Amazon.S3.AmazonS3Exception: Access Denied` | IAM policy missing | Add `s3:PutObject` to Worker task role |'
  ])('%s', (text) => {
    expect(fields(text)).toEqual([{ kind: 'denial', action: null, service: 's3', resource: null }])
  })

  it('source building the text is no finding (heldout4 h4-099, github-file:find_string#13175296922)', () => {
    const text =
      '\t\t{\n\t\t\t//ErrorDetail.ShowMessage("hey", "what", new Exception("Amazon.S3.AmazonS3Exception: Access Denied"));\n\n\n\t\t\tvar uri = new Uri("/Pages/S3statLogin.xaml", UriKind.Relative);'
    expect(parseText(text)).toEqual([])
  })
})
