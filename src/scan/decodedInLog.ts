// A decoded authorization message printed in the log after an encoded one (heldout7 review
// h7-136: `aws sts decode-authorization-message ... | jq .` pasted under the error). Its fields
// are remembered from context-fragment hits only (no per-line work) and handed to the encoded
// denial just before them, so the finding is drafted from them instead of "decode first".
// Pretty-printed JSON and the CLI's one-line escaped string (`\"action\":\"ec2:...\"`) both count.
import type { DecodedInLog, LogContext } from '../model/Inferred.js'

/** Context fragments (triggers.ts): six bytes or more each. */
export const DECODED_FRAGMENTS = [
  'DecodedMessage',
  'explicitDeny',
  '"action":',
  'action\\":',
  '"resource":',
  'resource\\":',
  'arn\\":\\"arn:'
]

/** Lines a decoded block may run after its first field, and after the encoded denial. */
const BLOCK_LINES = 40
const AFTER_DENIAL_LINES = 80

const START = /DecodedMessage|explicitDeny/
const FIELD = (name: string) =>
  new RegExp(`\\\\?"${name}\\\\?"\\s*:\\s*\\\\?"?([^"\\\\,}\\s]{1,2048})`)
const ALLOWED = FIELD('allowed')
const EXPLICIT = FIELD('explicitDeny')
const ACTION = FIELD('action')
const RESOURCE = FIELD('resource')
const ARN = /\\?"arn\\?"\s*:\s*\\?"(arn:[^"\\\s]{1,2048})/

/**
 * Actions of AWS's quarantine policy for an exposed access key (AWSCompromisedKeyQuarantineV2/V3)
 * that a Deny written for anything else seldom lists together: four or more of them in one decoded
 * block are that policy (the unseen-logs check, u27-004: a decoded message pasted under the error).
 */
const QUARANTINE_ACTIONS = [
  'ec2:RequestSpotInstances',
  'ec2:RunInstances',
  'iam:AddUserToGroup',
  'iam:AttachUserPolicy',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:PutUserPolicy',
  'lambda:CreateFunction'
]
const QUARANTINE_SEEN = 4

const bool = (m: RegExpExecArray | null): boolean | undefined =>
  m ? m[1] === 'true' || (m[1] === 'false' ? false : undefined) : undefined

export class DecodedWatch {
  private block: DecodedInLog | null = null
  /** The quarantine policy's actions the current block lists. */
  private quarantineSeen = new Set<string>()
  /** Encoded denials reported lately, each with the holder its context carries. */
  private pending: { line: number; holder: DecodedInLog }[] = []

  /**
   * An encoded denial reported at `line`: its context gets a holder (line 0: nothing yet) that a
   * decoded block below it fills, even after the collector copied the context.
   */
  encoded(ctx: LogContext, line: number): void {
    const holder: DecodedInLog = { line: 0 }
    ctx.decoded = holder
    this.pending = [...this.pending.slice(-3), { line, holder }]
    this.fill()
  }

  /** A line holding a decoded-message fragment. */
  see(text: string, line: number): void {
    if (START.test(text) && (!this.block || line - this.block.line > BLOCK_LINES)) {
      this.block = { line }
      this.quarantineSeen = new Set()
    }
    const b = this.block
    if (!b || line - b.line > BLOCK_LINES) return
    b.allowed ??= bool(ALLOWED.exec(text))
    b.explicitDeny ??= bool(EXPLICIT.exec(text))
    b.action ??= ACTION.exec(text)?.[1]
    b.resource ??= RESOURCE.exec(text)?.[1]
    b.principalArn ??= ARN.exec(text)?.[1]
    for (const a of QUARANTINE_ACTIONS) if (text.includes(a)) this.quarantineSeen.add(a)
    if (this.quarantineSeen.size >= QUARANTINE_SEEN && b.explicitDeny === true) b.quarantine = true
    this.fill()
  }

  /** Copies the block into the holders of the encoded denials just above it. */
  private fill(): void {
    const b = this.block
    if (!b) return
    for (const p of this.pending) {
      if (p.line < b.line && b.line - p.line <= AFTER_DENIAL_LINES) Object.assign(p.holder, b)
    }
  }
}
