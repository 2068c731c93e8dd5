// A service delivering to your queue, topic or function: the destination's resource policy, for
// the service principal and limited by aws:SourceArn, is the fix, never the caller's identity.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'service-delivery-policy'

// Source: milliHQ/terraform-aws-next-js#348 (Terraform's boxed error), text as printed.
const NEXT_JS_348 =
  '╷\n' +
  '│ Error: error putting S3 Bucket Notification Configuration: InvalidArgument: Unable to validate the following destination configurations\n' +
  '│       status code: 400, request id: 6D9ANCDGTDAC2TN8, host id: f8gNGHqldgiFnyDpq4cLSYIKnyTmFz5Znmg3KI/tsM4aPMZCt9R9UCl6dziCOMHXrDSvt0ruIQ4=\n' +
  '│ \n' +
  '│   with module.tf_next.module.statics_deploy.aws_s3_bucket_notification.on_create,\n' +
  '│   on .terraform/modules/tf_next/modules/statics-deploy/main.tf line 22, in resource "aws_s3_bucket_notification" "on_create":\n' +
  '│   22: resource "aws_s3_bucket_notification" "on_create" {'
// Source: grafana/loki#14618 (AWS SDK for Go v2 through Terraform), text as printed.
const LOKI_14618 =
  'Error: creating S3 Bucket () Notification: operation error S3: PutBucketNotificationConfiguration, https response error StatusCode: 400, , api error InvalidArgument: Unable to validate the following destination configurations'
// Source: webiny/webiny-js#1807 (Pulumi), text as printed.
const WEBINY_1807 =
  'aws:s3:BucketNotification (bucketNotification):\n' +
  '    error: 1 error occurred:\n' +
  '    \t* error putting S3 Bucket Notification Configuration: InvalidArgument: Unable to validate the following destination configurations\n' +
  '    \tstatus code: 400, request id: 51Z80NQCN1CC39CX, host id: SBZ6nsNUNc/0nbGSAnF2vM9aspOqzLwso+fBd3QGXEYxk5opVxfRFS5mezHH4d74iOnWrxwREcI='

describe(TRAP, () => {
  it.each([
    ['milliHQ/terraform-aws-next-js#348', NEXT_JS_348],
    ['grafana/loki#14618', LOKI_14618],
    ['webiny/webiny-js#1807', WEBINY_1807]
  ])("%s: the destination's policy must admit s3.amazonaws.com, not the caller", (_s, text) => {
    const f = only(text)
    expect(f.grammar).toBe('s3-notification-destination')
    expect(f.title).toContain('could not validate a notification destination')
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.description).toMatch(/destination .*s3\.amazonaws\.com/)
    expect(f.explanation).toContain('`aws:SourceArn`')
    expect(f.explanation).toContain("The caller's identity policy is not what is missing")
    expect(f.explanation).toContain('aws lambda add-permission')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    const notes = remedies[0]!.notes.join('\n')
    expect(notes).toMatch(/No statement is proposed: S3's message does not name the destination/)
    expect(notes).toContain('sqs:SendMessage')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('reads a named destination and the kind S3 states, ARN kept as printed', () => {
    const f = only(
      'An error occurred (InvalidArgument) when calling the PutBucketNotificationConfiguration operation: Unable to validate the following destination configurations: arn:aws:sqs:eu-west-1:111122223333:uploads-queue. Permissions on the destination queue do not allow S3 to publish notifications from this bucket.'
    )
    expect(f.detail.notificationDestination).toBe(
      'arn:aws:sqs:eu-west-1:111122223333:uploads-queue'
    )
    expect(f.fixTarget.resourceArn).toBe('arn:aws:sqs:eu-west-1:111122223333:uploads-queue')
    expect(f.explanation).toContain('`arn:aws:sqs:eu-west-1:111122223333:uploads-queue`')
  })

  it('SNS delivering to a queue: the queue policy for the service principal, with aws:SourceArn', () => {
    const f = only(
      'User: sns.amazonaws.com is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:orders because no resource-based policy allows the sqs:SendMessage action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('resource-policy')
    const remedies = buildRemedies([f])
    const [statement] = remedies.flatMap((r) => r.statements)
    expect(statement!.Principal).toEqual({ Service: 'sns.amazonaws.com' })
    expect(statement!.Resource).toBe('arn:aws:sqs:us-east-1:111122223333:orders')
    expect(JSON.stringify(statement!.Condition)).toContain('aws:SourceArn')
    expect(remedies.flatMap((r) => r.notes).join('\n')).toContain('alias/aws/sqs')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('does not apply to a role sending to a queue, nor to other S3 InvalidArgument errors', () => {
    const role = only(
      'User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:orders because no identity-based policy allows the sqs:SendMessage action'
    )
    expect(role.traps).not.toContain(TRAP)
    expect(
      findingsOf(
        'An error occurred (InvalidArgument) when calling the PutObject operation: Invalid argument.'
      )
    ).toEqual([])
  })

  it('reads the CloudFormation handler form and the kind S3 names without an ARN', () => {
    const f = only(
      'CREATE_FAILED  AWS::S3::Bucket  UploadsBucket  Resource handler returned message: "Unable to validate the following destination configurations (Service: S3, Status Code: 400, Request ID: 1XQ4)" (RequestToken: 9c1, HandlerErrorCode: InvalidRequest)'
    )
    expect(f.traps).toContain(TRAP)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
    const topic = only(
      'Unable to validate the following destination configurations. Permissions on the destination topic do not allow S3 to publish notifications from this bucket.'
    )
    expect(topic.detail.notificationDestination).toBe('topic')
    expect(topic.traps).toContain(TRAP)
  })
})
