import type { Inferred } from '../../model/Inferred.js'
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

// Services that deliver to a queue, topic or function of yours, as the principal of the request.
const DELIVERING = /^(?:sns|s3|events|scheduler)\.amazonaws\.com(?:\.cn)?$/
const DELIVERY_ACTIONS = ['sqs:SendMessage', 'sns:Publish', 'lambda:InvokeFunction']

/** The policy statement each destination kind needs, in words (the ARN is not in S3's message). */
const DESTINATION_FIX =
  'a queue needs a queue-policy statement allowing `sqs:SendMessage` to the service principal ' +
  '`s3.amazonaws.com`, a topic the same with `sns:Publish` in its topic policy, a function ' +
  '`aws lambda add-permission --action lambda:InvokeFunction --principal s3.amazonaws.com ' +
  '--source-arn arn:aws:s3:::BUCKET --source-account ACCOUNT_ID`'

/** SNS's delivery status log around the refusal (src/infer/contextSignals.ts): the topic and queue. */
function deliveryStatus(inferred: Inferred | undefined): { topic: string; queue: string } | null {
  const value = inferred?.signals?.['sns-delivery-status']?.value
  if (!value) return null
  const [topic, queue] = value.split(' ')
  return { topic: topic!, queue: queue! }
}

/**
 * A service delivering to your queue, topic or function (S3 event notifications, SNS to SQS,
 * EventBridge targets): the destination's resource policy decides, never the caller's identity.
 */
export const serviceDeliveryPolicy: Trap = {
  id: 'service-delivery-policy',
  // A delivery status log says nothing else: the queue's policy is the first and only check.
  leadsWhen: ({ inferred }) => deliveryStatus(inferred) !== null,
  applies: ({ d, principal, inferred }) =>
    d.deny !== 'explicit' &&
    (d.grammar === 's3-notification-destination' ||
      deliveryStatus(inferred) !== null ||
      (principal?.type === 'service' &&
        DELIVERING.test(principal.printed) &&
        actionIs(d, ...DELIVERY_ACTIONS))),
  advice: ({ d, principal, inferred }) => {
    const encrypted =
      ' If the destination is encrypted with KMS, its key policy must also let the service use the key ' +
      '(`kms:GenerateDataKey` and `kms:Decrypt`); an AWS managed key (`alias/aws/sqs`, `alias/aws/sns`) ' +
      'cannot be granted to another service, so use a customer managed key.'
    if (d.grammar === 's3-notification-destination') {
      const named = d.detail.notificationDestination
      const destination =
        named && named.startsWith('arn:')
          ? `\`${named}\``
          : 'each destination (the message does not name it)'
      return (
        'S3 checks, when the notification configuration is saved, that it may deliver to ' +
        `${destination}: the destination's own resource policy must allow S3 from this bucket, limited ` +
        "with `aws:SourceArn` (the bucket ARN) and `aws:SourceAccount`. The caller's identity policy is " +
        `not what is missing. By kind: ${DESTINATION_FIX}. With Terraform, make the notification ` +
        'depend on the queue policy, topic policy or `aws_lambda_permission`, since S3 validates at once.' +
        encrypted
      )
    }
    const status = deliveryStatus(inferred)
    if (status && principal?.type !== 'service') {
      // SNS's delivery status log: it names the topic and the queue, never a caller.
      return (
        `SNS's delivery status says ${status.topic === '-' ? 'a topic' : `the topic \`${status.topic}\``} could not deliver to the queue \`${status.queue}\`: ` +
        'SNS (`sns.amazonaws.com`) sends the message, so no identity policy is involved. The queue policy must allow ' +
        "`sqs:SendMessage` to the service principal `sns.amazonaws.com` on the queue, with `aws:SourceArn` set to the topic's ARN. " +
        'A queue policy is one document: add the statement to the policy the queue has (`aws sqs get-queue-attributes --attribute-names Policy`), or the topics it already allows lose their access.' +
        encrypted
      )
    }
    return (
      `\`${principal!.printed}\` delivers to this ${d.action!.split(':')[0]} resource on behalf of one of your resources: ` +
      "only the destination's resource policy can allow it, with `aws:SourceArn` naming the sending " +
      "resource (the topic, bucket or rule). The caller's identity policy is not involved." +
      encrypted
    )
  }
}
