// Targets some actions accept that are not resources at all, which AWS authorises against "*":
// SNS Publish straight to a phone number (SMS) has no topic, so no topic ARN, however written,
// can allow it (the SNS and Step Functions IAM docs show Resource "*" for PhoneNumber targets).
// A topic placeholder there sends the reader after a topic that does not exist (h9-104).
import { code } from './guidance.js'

export interface NonArnTarget {
  /** What the printed target is. */
  what: string
  /** The note beside the "*" statement: why nothing narrower works, and how to scope it anyway. */
  note(printed: string): string
}

/** E.164 phone number as printed, digits possibly masked (`+358....`, `+1xxxxxxxxx`, `+XXXXXXXXXX`). */
const PHONE = /^\+[\dxX*][\d\s.xX*•…-]{3,20}$/

const TARGETS: Readonly<Record<string, { shape: RegExp; target: NonArnTarget }>> = {
  'sns:publish': {
    shape: PHONE,
    target: {
      what: 'a phone number',
      note: (printed) =>
        `Resource is "*": the message names ${code(printed)}, a phone number, so sns:Publish sent an SMS directly, not through a topic, and AWS checks it against "*" (no topic ARN can allow it). To keep it narrower, publish to a topic the number subscribes to and scope sns:Publish to that topic's ARN.`
    }
  }
}

/** The non-resource target the action was refused on, or null when `printed` is not one. */
export function nonArnTarget(action: string, printed: string | null): NonArnTarget | null {
  const rule = TARGETS[action.toLowerCase()]
  const value = printed?.trim() ?? ''
  return rule && rule.shape.test(value) ? rule.target : null
}
