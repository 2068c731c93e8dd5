// WD5018: a CloudWatch alarm (or another service) publishing to an SNS topic that KMS refused:
// the alarm action history's `null (Service: AWSKMS; … AccessDeniedException …)` beside the
// topic's ARN (heldout134 review h134-020, h134-021). The service principal publishes, with no
// IAM identity of the user's, so the topic key's policy decides; the AWS managed key `aws/sns`
// cannot be given to it at all.
import type { Trap } from '../Trap.js'

export const snsTopicKmsPublish: Trap = {
  id: 'sns-topic-kms-publish',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    inferred?.signals?.['sns-topic-kms-publish'] !== undefined,
  advice: () =>
    "CloudWatch publishes an alarm to its SNS topic as the service principal `cloudwatch.amazonaws.com`, and KMS refused it the topic's key. " +
    "An AWS managed key (`aws/sns`) cannot be used by a service principal: encrypt the topic with a customer managed key whose key policy allows `cloudwatch.amazonaws.com` `kms:Decrypt` and `kms:GenerateDataKey*` (other publishing services, such as EventBridge's `events.amazonaws.com`, the same). No identity policy of yours takes part."
}
