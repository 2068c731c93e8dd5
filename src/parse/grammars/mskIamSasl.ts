// Amazon MSK's brokers refusing an IAM-signed SASL login: the broker answers `Access denied` and
// no more (no action, principal or code), and each Kafka client wraps it its own way. The same
// words come from any Kafka cluster refusing any SASL login, so the rule holds only where the text
// places the login on MSK's IAM mechanism (see MSK_IAM), in the record or on the lines above it.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/**
 * What places a SASL login on MSK IAM: the mechanism as the clients name it (`AWS_MSK_IAM`,
 * sarama-based Terraform providers' `aws-iam`), Amazon MSK by name, an MSK broker host
 * (`b-1.….kafka.<region>.amazonaws.com`), MSK's IAM actions (`kafka-cluster:Connect`), or the
 * Kafka client signing with EKS Pod Identity's role (streamthoughts/jikkou#731,
 * Mongey/terraform-provider-kafka#500: only IAM logins answer with an AWS identity), AWS's signer
 * libraries (`aws_msk_iam_sasl_signer`, `aws-msk-iam-auth`), or the broker's own answer, a request
 * UUID in brackets before `Access denied` (aws/aws-msk-iam-auth#25), which SCRAM and PLAIN
 * refusals never print.
 */
export const MSK_IAM =
  /\bAWS_MSK_IAM\b|\baws[_-]msk[_-]iam\w*|\[[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\]: Access denied\b|["'`]aws-iam["'`]|\bAmazon MSK\b|\bMSK\b[^\n]{0,120}\bIAM\b|\bIAM\b[^\n]{0,120}\bMSK\b|\.kafka(?:-serverless)?\.[a-z0-9-]+\.amazonaws\.com\b|\bkafka-cluster:[A-Z]|\b(?:EKS|eks) [Pp]od [Ii]dentity\b|(?<!\b(?:AAD|Azure) )\bPod Identity\b|\bMskIam|MskIam[A-Z]/

export const mskIamSaslRules: PhraseRule[] = [
  {
    id: 'msk-iam-sasl-denied',
    rule: 'WD840',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied'],
    re: new RegExp(
      [
        // sarama (Go, the Terraform Kafka provider): `kafka server: SASL Authentication failed: [...] Access denied`.
        String.raw`\bSASL Authentication failed: [^\n]{0,200}?\bAccess denied\b`,
        // kafka-python and the Java client: `SaslAuthenticationFailedError: [<id>]: Access denied`.
        String.raw`\bSaslAuthentication(?:Failed)?(?:Error|Exception): (?:\[[^\]\n]{1,80}\]: )?Access denied\b`,
        // librdkafka (confluent-kafka-python): `SASL authentication error: [<id>]: Access denied (after
        // 346ms in state AUTH_REQ)` (confluentinc/confluent-kafka-python#1739).
        String.raw`\bSASL authentication error: (?:\[[^\]\n]{1,80}\]: )?Access denied\b`,
        // franz-go: `Access denied: SASL_AUTHENTICATION_FAILED: SASL Authentication failed.`
        String.raw`\bAccess denied: SASL_AUTHENTICATION_FAILED\b`,
        // The Java client's selector: `Failed authentication with b-4.iam.….kafka.us-east-1.amazonaws.com/…
        // ([<id>]: Access denied)` (aws/aws-msk-iam-auth#178).
        String.raw`\bFailed authentication with [^\n]{0,200}?\bAccess denied\b`
      ].join('|'),
      'g'
    ),
    when: (text, ctx) => ctx.mskIam === true || MSK_IAM.test(text)
  },
  {
    // Logged in, then refused a topic, group or cluster operation: under IAM access control the
    // broker checks kafka-cluster:* actions on the topic's, group's or cluster's ARN against the
    // client's role, so a Kafka ACL is not what is missing (sarama `kafka server: The client is
    // not authorized to access this topic`, Mongey/terraform-provider-kafka#434; kafkajs `Not
    // authorized to access topics: [Topic authorization failed]`,
    // awslabs/data-solutions-framework-on-aws#676; the Java client's TopicAuthorizationException).
    id: 'msk-iam-kafka-authorization',
    rule: 'WD7163',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: [
      'not authorized to access',
      'Not authorized to access',
      'authorization failed',
      'AuthorizationException'
    ],
    re: /\bThe client is not authorized to (?:access this (topic|group)|send this request type)\b|\bNot authorized to access (topics|group)\b[^\n]{0,200}|\b(Topic|Group|Cluster|TransactionalId) authorization failed\b|\b(Topic|Group|Cluster)AuthorizationException\b/g,
    when: (text, ctx) => ctx.mskIam === true || MSK_IAM.test(text),
    facts: (m, d) => {
      const scope = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? 'cluster').toLowerCase().replace(/s$/, '')
      d.detail.kafkaScope = scope === 'request type' ? 'cluster' : scope
    }
  }
]
