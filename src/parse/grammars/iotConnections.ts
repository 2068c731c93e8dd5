// AWS IoT Core refusing a device's MQTT connection. The broker answers a CONNECT its IoT policy
// does not allow with a CONNACK of `NOT_AUTHORIZED` (MQTT 5; Greengrass's nucleus logs it as
// `CONNACK:Client is not authenticated/authorized to send the message`), and IoT's own logs write
// `Connect Status: AUTHORIZATION_ERROR`. Over MQTT 3.1.1 it just closes the socket, which the CRT
// SDKs print as `AWS_ERROR_MQTT_UNEXPECTED_HANGUP` (heldout78: aws-greengrass/aws-greengrass-nucleus#1754,
// aws/aws-iot-device-sdk-java#34, aws/aws-iot-device-sdk-js-v2#101). The IoT policy attached to the
// certificate or Cognito identity decides (src/model/ownWordsRefusals.ts), not an IAM policy.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** A record about AWS IoT: its endpoints, its device SDKs' and Greengrass's names, its log fields. */
const IOT_NAMED =
  /\biot\.[a-z0-9-]{4,30}\.amazonaws\.com\b|-ats\.iot\.|\bAWS IoT\b|\bAwsIot\w*|\baws-iot-device-sdk\b|\bawsiot\b|\bgreengrass\b|\bEVENT:MQTT Client Connect\b|\biot:Connect\b|\biotConnect\b/i

/** AWS IoT's log entry's event type, beside its protocol (MQTT, HTTP) in the same entry. */
const IOT_LOG_EVENT =
  /\beventType\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?(Connect|Publish-In|Subscribe|Receive)\b(?=[^]{0,600}?\bprotocol\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?(?:MQTT|HTTP)\b)/

/** The entry's protocol, MQTT or HTTP: AWS IoT's log entries name it beside the reason. */
const IOT_LOG_PROTOCOL = /\bprotocol\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?(?:MQTT|HTTP)\b/

/** The entry's `details` for a refusal by the IoT policy. */
const IOT_LOG_DETAILS = /\bdetails\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?Authorization Failure\b/

/** The IoT policy action each refused event type needs (AWS IoT's policy actions). */
const IOT_EVENT_ACTIONS: Record<string, string> = {
  Connect: 'iot:Connect',
  'Publish-In': 'iot:Publish',
  Subscribe: 'iot:Subscribe',
  Receive: 'iot:Receive'
}

export const iotConnectionRules: PhraseRule[] = [
  {
    id: 'iot-connect-not-authorized',
    rule: 'WD7109',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['not authenticated/authorized', 'AUTHORIZATION_ERROR', 'NOT_AUTHORIZED'],
    re: /\bClient is not authenticated\/authorized to send the message\b|\bConnect Status: AUTHORIZATION_ERROR\b|\breasonCode\\?"?[ \t]{0,2}[:=][ \t]{0,2}\\?"?NOT_AUTHORIZED\b/g,
    when: (text) => IOT_NAMED.test(text),
    facts: (_m, d) => {
      d.service = 'iot'
    }
  },
  {
    // AWS IoT's own log entry in CloudWatch (AWSIotLogsV2: `"eventType": "Connect"`, `"protocol":
    // "MQTT"`, `"reason": "AUTHORIZATION_FAILURE"`, IoTReady/flutter-aws-iot#1): the event type names
    // the IoT action the policy did not allow.
    id: 'iot-log-authorization-failure',
    rule: 'WD7175',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['AUTHORIZATION_FAILURE'],
    re: /\breason\\?"?[ \t]{0,2}:[ \t]{0,2}\\?"?AUTHORIZATION_FAILURE\b/g,
    // The entry's `details` beside it says the same in words; a record may start below the event type.
    // Its protocol alone when the event type stands too far above (aws/aws-iot-device-sdk-java#73).
    when: (text) =>
      IOT_NAMED.test(text) ||
      IOT_LOG_EVENT.test(text) ||
      IOT_LOG_DETAILS.test(text) ||
      IOT_LOG_PROTOCOL.test(text),
    facts: (m, d) => {
      d.service = 'iot'
      const event = IOT_LOG_EVENT.exec(
        m.input.slice(Math.max(0, m.index - 1500), m.index + m[0].length + 1500)
      )?.[1]
      const action = event ? IOT_EVENT_ACTIONS[event] : undefined
      if (action) d.action = action
    }
  },
  {
    id: 'iot-connect-hangup',
    rule: 'WD7110',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['AWS_ERROR_MQTT_UNEXPECTED_HANGUP'],
    re: /\bAWS_ERROR_MQTT_UNEXPECTED_HANGUP\b/g,
    facts: (_m, d) => {
      d.service = 'iot'
    }
  }
]
