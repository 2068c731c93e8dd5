// The port decodeFindings talks to; src/decode/sts/loadStsDecoder.ts is the AWS adapter behind it.

import type { DecodeFailureReason } from '../model/Finding.js'

/** Why a decode failed; each one has its own advice (see decodeAdvice.ts). */
export type { DecodeFailureReason }

export type DecodeResult =
  | { ok: true; message: unknown /* parsed JSON */ }
  | { ok: false; reason: DecodeFailureReason; detail: string }

export interface AuthorizationDecoder {
  decode(blob: string): Promise<DecodeResult>
  /** Release sockets; optional so test doubles need not implement it. */
  close?(): void
}
