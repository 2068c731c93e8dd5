// What stands after an `Encoded authorization failure message:` marker when no whole blob does:
// the writer's elision or placeholder, a mask, or nothing (the corpus rule: a marker with a cut or
// masked blob is still an encoded message; one with nothing after it is a plain denial).
import { PLACEHOLDER } from './tokens.js'

/**
 * STS blobs run to hundreds of characters (the encrypted context names the principal, action,
 * resource and conditions): one this short was cut by the log or the reporter. The corpus's cut
 * ones run to 235 characters (h15-023's README example stops at 102), its whole ones from 390.
 */
const MIN_BLOB = 256

/** An elision mark or a placeholder where the blob stands (`PLACEHOLDER` of tokens.ts). */
const ELIDED_BLOB = new RegExp(String.raw`^[ \t]*(?:\.{2,}|…|\[(?:\.{3}|…)\]|${PLACEHOLDER})`)

/**
 * A stand-in for the blob in a script no blob uses, the quoted value closing right after it: no
 * base64 character is outside ASCII, and prose about the marker (`…message: が表示される`) goes on
 * instead of closing a quote.
 */
const NATIVE_FILLER = /^[ \t]*[^\p{ASCII}\s]{2,40}["'`](?:[ \t]*[,}\]]|[ \t]*(?:\r?\n|$))/u

/**
 * A stand-in that names the blob in the writer's language, alone on the rest of the line
 * (`Encoded authorization failure message: エンコードされたメッセージ`, "the encoded message", a
 * Qiita post): Japanese, Chinese and Korean words for encoded or message. Prose about the marker
 * (`が表示される`, "is displayed") names neither.
 */
const NATIVE_NAME =
  /^[ \t]*[^\p{ASCII}\s]{0,20}(?:エンコード|メッセージ|暗号化|编码|消息|訊息|인코딩|메시지)[^\p{ASCII}\s]{0,20}[ \t]*(?:\r?\n|$)/u

/** Why a blob after the marker cannot be decoded, or null when it can. */
export function truncatedBlob(blob: string, after: string): 'missing' | 'masked' | 'cut' | null {
  if (!blob) {
    if (/^[ \t]*[*#xX]{3,}/.test(after)) return 'masked'
    // The writer elided the blob or put a placeholder for it: `...`, `[...]`, `<ENCODED MESSAGE>`,
    // or filler words in their own language closing the quoted value (`むにゃむにゃ",`).
    return ELIDED_BLOB.test(after) || NATIVE_FILLER.test(after) || NATIVE_NAME.test(after)
      ? 'cut'
      : 'missing'
  }
  if (/^[xX]+$/.test(blob)) return 'masked'
  if (blob.length < MIN_BLOB || /^(?:\.{2,}|…|\s*\(truncated)/.test(after)) return 'cut'
  return null
}
