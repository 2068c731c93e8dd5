// Folds repeated denials (retries, the same error printed twice) into one finding each.
import { liveHolders } from '../model/liveHolders.js'
import type { Denial, LocatedDenial } from '../model/Denial.js'
import type { LogContext, UrlSpread } from '../model/Inferred.js'
import { s3UrlOf, spreadWith } from '../infer/urlSpread.js'
import { codeFits } from '../parse/codes.js'
import { credentialCause } from '../diagnose/credentialAdvice.js'

export interface Collected {
  denial: LocatedDenial
  occurrences: number
  /** What the log showed around the first occurrence (src/infer reads it). */
  context?: LogContext
  /** The S3 URLs the occurrences' lines named, folded (they differ per key: not part of the key). */
  spread?: UrlSpread | null
  /**
   * What the log showed around later occurrences of a denial that names no action (a few): a
   * repeat may say what the first did not (ansible's ec2.py printed `, while: getting EC2
   * instances` after its second printing of the same refusal, ansible/ansible#11006).
   */
  repeats?: LogContext[]
}

/** Later occurrences' contexts kept per finding (see `Collected.repeats`). */
const MAX_REPEAT_CONTEXTS = 3

/** A field as its length and text: unambiguous whatever the text holds. */
function part(v: string | null): string {
  return v === null ? '-|' : `${v.length}:${v}|`
}

/**
 * The fields that make two denials the same one: repeats within one log fold together. A denial
 * that names its action is known by what it states about the request: the same sentence printed
 * again without its code (an SDK's struct dump repeats the message alone) is the same failure.
 * A denial that names no action is known only by its message: its code, grammar, service and
 * operation then tell it apart (two phrases with no stated fields are two failures, not one).
 * Not the operation of a credentials failure: the key pair was refused, whichever call carried it
 * (rancher-ebs's DetachVolume and DescribeVolumes AuthFailure are one problem, heldout10 h10-080).
 */
function keyOf(d: Denial, file: string | null, code: string | null): string {
  const unnamed = d.action === null
  return (
    part(file) +
    part(d.kind) +
    part(unnamed ? code : null) +
    part(d.action?.toLowerCase() ?? null) +
    part(callerOf(d.principal)) +
    part(d.resource) +
    part(d.layer) +
    part(d.deny) +
    part(d.policyArn) +
    part(d.encodedMessage) +
    part(unnamed && d.kind !== 'credentials' ? d.operation : null) +
    part(unnamed ? messageOf(d) : null) +
    part(unnamed ? d.service : null) +
    part(unnamed ? hostOf(d.detail.url) : null)
  )
}

/**
 * The host a refused request went to, when the grammar read its URL: two pushes refused alike
 * by two registries (ECR's and ECR Public's, heldout19 review 2 of h19-135) are two findings.
 */
function hostOf(url: string | undefined): string | null {
  return url ? (/^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/\s]+)/i.exec(url)?.[1] ?? null) : null
}

/** A named refusal's key without its reason, within one grammar's wording. */
function reasonlessKey(d: Denial, file: string | null): string {
  return part(d.grammar) + keyOf({ ...d, layer: null, deny: null }, file, d.code)
}

/**
 * Who a principal is for folding: a role session is its role (a controller's retries each take a
 * new session name, `…:assumed-role/cert-manager/1647294759484156602`, and are one refusal).
 */
function callerOf(principal: string | null): string | null {
  return (
    principal?.replace(/^(arn:[^:\s]+:sts::[^:\s]*:assumed-role\/[^/\s]+)\/.*$/, '$1/*') ?? null
  )
}

/**
 * Credentials causes whose grammars all word one problem with one fix: docker's `denied: Your
 * authorization token has expired`, `no basic auth credentials` and an ECR `HEAD … 401` are one
 * missing registry login (a page listing them as `-- OR --` alternatives reports one). Other
 * causes keep their grammars apart: Terraform's box and the SDK's line advise different layers.
 */
const ONE_FIX_CAUSES = new Set(['registry-login', 'public-registry-login'])

/** What tells apart two denials that name no action: their grammar, or a one-fix cause. */
function messageOf(d: Denial): string {
  const cause = d.kind === 'credentials' ? d.detail.cause : undefined
  return cause && ONE_FIX_CAUSES.has(cause) ? `cause:${cause}` : d.grammar
}

/**
 * A copy whose strings no longer point into the scanner's record: V8 keeps a whole string alive
 * for any slice of it, so a kept finding would hold its record (up to ~100 KB). Only the distinct
 * findings kept pay for it.
 */
function detached<T>(d: T): T {
  return JSON.parse(JSON.stringify(d)) as T
}

/** A spread's strings are slices of the record too; commonPrefix keeps slices of `first`. */
function detachedSpread(s: UrlSpread): UrlSpread {
  return { first: detached(s.first), common: detached(s.common), count: s.count }
}

/**
 * What kind of failure a denial is, coarser than its key: a cap drops repeats of one shape (3,000
 * similar denials), never the only credentials problem or the only explicit deny of a log.
 */
function shapeOf(d: Denial): string {
  return [d.kind, d.grammar, d.detail.cause, d.code, d.layer, d.deny].map((v) => v ?? '').join('|')
}

/** Lines one error block spans at most (a Terraform diagnostic box with its provider lines). */
const ERROR_BLOCK_LINES = 12

/**
 * Credentials grammars that print one error between them, layer by layer, in either order, and how
 * many lines apart the layers may stand. The caller's sentence and the SDK error it wraps:
 * aws-sdk-go-base's sentence, then the Go SDK v1 error (`NoCredentialProviders: no valid providers
 * in chain`, or the code alone at a line's end, `Error creating AWS session: NoCredentialProviders`,
 * read by `bare-code`) or the Go SDK v2's `failed to refresh cached credentials`; Terraform 0.x
 * printed the session error first. And the JS SDK v2's error object printed whole:
 * `CredentialsError: Missing credentials in config`, its stack, then the provider chain's own error
 * as `originalError: { message: 'Could not load credentials from any providers' …`
 * (aws-samples/aws-nodejs-sample#10), its stack between the layers.
 */
const ONE_ERROR: readonly { grammars: readonly string[]; lines: number }[] = [
  {
    grammars: [
      'terraform-no-credentials',
      'refresh-cached-credentials',
      'no-credentials-go',
      'bare-code'
    ],
    lines: ERROR_BLOCK_LINES
  },
  { grammars: ['no-credentials-js', 'no-credentials-sdk'], lines: 30 }
]

/**
 * The Terraform layers say only that no credentials were found; a cause printed in the same
 * block (a code AWS answered, a cause a grammar read) says why, and is the finding.
 */
const SUMMARIES = new Set(ONE_ERROR[0]!.grammars)

/** The SDK layers whose sentence goes on to name the cause (the Go SDK v2's chain). */
const SDK_SENTENCES = new Set(['refresh-cached-credentials', 'no-credentials-go'])

/** Lines one wrapped SDK sentence spans. */
const SENTENCE_LINES = 4

function isSummary(d: Denial): boolean {
  return SUMMARIES.has(d.grammar) && credentialCause(d.detail.cause, d.code) === 'missing'
}

/** How many lines apart two credentials grammars may be two layers' wordings of one error; 0: never. */
function layersOfOne(a: string, b: string): number {
  if (a === b) return 0
  return ONE_ERROR.find((g) => g.grammars.includes(a) && g.grammars.includes(b))?.lines ?? 0
}

/**
 * Credentials grammars that only report a tool failing after AWS answered it (the kubeconfig's
 * token command exiting after its own printed error, d106): right after any credentials failure
 * they are that failure's echo, not a finding.
 */
const ECHOES = new Set(['eks-token-exec-failed'])

/** Findings of a shape not yet kept are kept past the cap, up to this many. */
const MAX_BEYOND_CAP = 100
/** Distinct dropped findings remembered (as hashes) to count them exactly; past this, estimated. */
const MAX_DROPPED_REMEMBERED = 200_000

/** The AMI IDs of two refusals of the same launch, each once, in the order seen; null if unchanged. */
function mergedImages(kept: string | undefined, more: string | undefined): string | null {
  if (!kept || !more) return null
  const all = [...new Set([...kept.split(', '), ...more.split(', ')])]
  return all.length > kept.split(', ').length ? all.join(', ') : null
}

/** A 52-bit hash of a string (two FNV-1a rounds): distinct keys collide about once in 10^15. */
function hash52(s: string): number {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}

export class FindingCollector {
  /** Every key a finding is known by (a code-less one gains its code's key when it learns it). */
  private readonly byKey = new Map<string, Collected>()
  /** The first finding of each message whatever its code: where a code-less repeat folds. */
  private readonly byMessage = new Map<string, Collected>()
  /** Findings by their key without the reason (see `reasonlessKey`). */
  private readonly byReasonless = new Map<string, Collected>()
  private readonly order: Collected[] = []
  private readonly shapes = new Set<string>()
  private beyondCap = 0
  private readonly droppedKeys = new Set<number>()
  /**
   * The keys of denials seen, by object: a repeat the scanner did not parse again is the same
   * object each time, and its key strings (hashed once by the maps) are reused.
   */
  private readonly keys = new WeakMap<
    Denial,
    { file: string | null; key: string; message: string }
  >()
  /** Where the last credentials failure of each file and cause was printed (see `sameBlock`). */
  private readonly credentialLines = new Map<
    string,
    { line: number; key: string; grammar: string }
  >()
  /** Where the last credentials failure of each file was printed, whatever its cause. */
  private readonly lastCredentials = new Map<
    string,
    { line: number; grammar: string; key: string; specific: boolean }
  >()
  /** Distinct findings counted but not kept. */
  dropped = 0

  constructor(private readonly max: number) {}

  add(denial: Denial, file: string | null, line: number, context?: LogContext): void {
    let keys = this.keys.get(denial)
    if (keys?.file !== file) {
      keys = { file, key: keyOf(denial, file, denial.code), message: keyOf(denial, file, null) }
      this.keys.set(denial, keys)
    }
    const url = context ? s3UrlOf(context.line, denial.operation) : null
    const spread = url ? spreadWith(null, url) : null
    // A repeat only counts: the located copy is made for a denial that is new here.
    const repeat = this.count(denial, file, keys.key, keys.message, 1, true, spread, context)
    if (this.sameBlock(denial, file, line, repeat) || repeat) return
    this.keep({ ...denial, file, line }, keys.key, keys.message, 1, true, context, spread)
  }

  /** Takes in what another collector found (a worker thread's), as if it had been added here. */
  merge(collected: Collected[], dropped: number): void {
    this.dropped += dropped
    for (const c of collected) this.fold(c.denial, c.occurrences, c.context, c.spread, c.repeats)
  }

  /** In order of first appearance. */
  collected(): Collected[] {
    return [...this.order]
  }

  private fold(
    denial: LocatedDenial,
    occurrences: number,
    context?: LogContext,
    spread: UrlSpread | null = null,
    repeats?: LogContext[]
  ): void {
    const key = keyOf(denial, denial.file, denial.code)
    const message = keyOf(denial, denial.file, null)
    const repeat = this.count(
      denial,
      denial.file,
      key,
      message,
      occurrences,
      false,
      spread,
      context,
      repeats
    )
    if (!this.sameBlock(denial, denial.file, denial.line, repeat) && !repeat) {
      this.keep(denial, key, message, occurrences, false, context, spread, repeats)
    }
  }

  /**
   * One credentials error printed over several lines by different layers (Terraform's `No valid
   * credential sources found` box, then the SDK's `failed to refresh cached credentials, no EC2
   * IMDS role found`): the other line, within a few lines of the first, is the same error,
   * neither a finding nor an occurrence of its own. Only the layers in ONE_ERROR fold, of one
   * cause (the grammar's, else the code's: a bare `NoCredentialProviders` is missing credentials
   * too): two lines of one grammar are two errors, counted as such. A repeat (already counted)
   * only moves the line.
   */
  private sameBlock(denial: Denial, file: string | null, line: number, repeat: boolean): boolean {
    if (denial.kind !== 'credentials') return false
    const before = this.lastCredentials.get(file ?? '')
    if (
      !repeat &&
      ECHOES.has(denial.grammar) &&
      before !== undefined &&
      !ECHOES.has(before.grammar) &&
      line >= before.line &&
      line - before.line <= ERROR_BLOCK_LINES
    )
      return true
    // A credential source that timed out is one reason for having none: the layers still fold.
    const cause = credentialCause(denial.detail.cause, denial.code)
    // What AWS answered (a code) or a cause the grammar read says why; a summary does not.
    const why = cause ?? (denial.code !== null ? denial.code : undefined)
    const specific = why !== undefined && why !== 'missing' && why !== 'credential-timeout'
    const key = keyOf(denial, file, denial.code)
    if (!repeat && this.summarised(denial, file, line, before, specific)) return true
    this.lastCredentials.set(file ?? '', { line, grammar: denial.grammar, key, specific })
    const at = `${file ?? ''}|${(cause === 'credential-timeout' ? 'missing' : cause) ?? ''}`
    const last = this.credentialLines.get(at)
    const first =
      !repeat &&
      last !== undefined &&
      line > last.line &&
      line - last.line <= layersOfOne(last.grammar, denial.grammar)
        ? this.byKey.get(last.key)
        : undefined
    if (!first) {
      this.credentialLines.set(at, { line, key, grammar: denial.grammar })
      return false
    }
    if (denial.code !== null && codeFits(first.denial, denial.code))
      first.denial.code ??= denial.code
    // The block's next line compares with the finding this layer folded into.
    this.lastCredentials.set(file ?? '', {
      line,
      grammar: denial.grammar,
      key: last!.key,
      specific
    })
    return true
  }

  /**
   * Terraform's summary (`No valid credential sources found`, and the SDK layers it folds) and the
   * cause the SDK's sentence in its box goes on to print (`InvalidIdentityToken: Couldn't retrieve
   * verification key…`, terrakube-io/terrakube#1425) are one error: the cause is the finding. The
   * summary kept first becomes the cause in place (same place in the report, one occurrence).
   */
  private summarised(
    denial: Denial,
    file: string | null,
    line: number,
    before: { line: number; grammar: string; key: string; specific: boolean } | undefined,
    specific: boolean
  ): boolean {
    // Only the SDK's own sentence going on (`failed to refresh cached credentials, … operation
    // error STS: …, InvalidIdentityToken: …`, wrapped over a few lines): a cause printed as an
    // error of its own (`An error occurred (ExpiredToken) …`) is another finding.
    if (!before || line < before.line || line - before.line > SENTENCE_LINES) return false
    if (!specific || !SDK_SENTENCES.has(before.grammar)) return false
    const summary = this.byKey.get(before.key)
    if (!summary || summary.occurrences !== 1 || !isSummary(summary.denial)) return false
    summary.denial = detached({ ...denial, file, line })
    const key = keyOf(denial, file, denial.code)
    this.byKey.set(key, summary)
    this.lastCredentials.set(file ?? '', { line, grammar: denial.grammar, key, specific })
    return true
  }

  /** Adds to the finding `denial` repeats, if there is one. */
  private count(
    denial: Denial,
    file: string | null,
    key: string,
    message: string,
    occurrences: number,
    copy: boolean,
    spread: UrlSpread | null,
    context?: LogContext,
    repeats: LogContext[] = []
  ): boolean {
    let seen = this.byKey.get(key)
    // The same message with and without its code (printed once with it, once alone) is one.
    if (!seen && denial.action === null) {
      if (denial.code === null) {
        seen = this.byMessage.get(message)
      } else {
        const codeless = this.byKey.get(message)
        if (codeless && codeless.denial.code === null) {
          seen = codeless
          this.byKey.set(key, codeless)
        }
      }
    }
    // One refusal of a named action, printed once without its reason and once with it (a
    // controller's status, then its log line with the elided SCP clause: aws-samples/
    // eks-workshop-v2#1859): one finding, with the reason.
    if (!seen && denial.action !== null) {
      const bare = this.byReasonless.get(reasonlessKey(denial, file))
      if (bare && (bare.denial.layer === null) !== (denial.layer === null)) {
        seen = bare
        this.byKey.set(key, bare)
        if (bare.denial.layer === null) {
          bare.denial.layer = denial.layer
          bare.denial.deny = denial.deny
        }
      }
    }
    if (!seen) return false
    seen.occurrences += occurrences
    if (denial.code !== null && codeFits(seen.denial, denial.code)) seen.denial.code ??= denial.code
    // Each refused image is named: its owner shares it or the job replaces it (heldout8 h8-132).
    const images = mergedImages(seen.denial.detail.images, denial.detail.images)
    if (images) seen.denial.detail = { ...seen.denial.detail, images }
    // The common prefix slices the kept (detached) spread: only a first URL needs a copy.
    if (spread)
      seen.spread = seen.spread
        ? spreadWith(seen.spread, spread)
        : copy
          ? detachedSpread(spread)
          : spread
    // Checked before anything is built: a log repeating one bare refusal reaches here per line.
    const room = MAX_REPEAT_CONTEXTS - (seen.repeats?.length ?? 0)
    if (seen.denial.action === null && room > 0) {
      const more = context ? [context, ...repeats] : repeats
      if (more.length > 0) {
        const kept = more.slice(0, room).map((c) => (copy ? detached(c) : c))
        seen.repeats = [...(seen.repeats ?? []), ...kept]
      }
    }
    return true
  }

  private keep(
    denial: LocatedDenial,
    key: string,
    message: string,
    occurrences: number,
    copy: boolean,
    context?: LogContext,
    spread: UrlSpread | null = null,
    repeats?: LogContext[]
  ): void {
    if (!this.admit(denial, key)) return
    const entry: Collected = {
      denial: copy ? detached(denial) : denial,
      occurrences,
      context: context && copy ? { ...detached(context), ...liveHolders(context) } : context,
      spread: spread && copy ? detachedSpread(spread) : spread,
      ...(repeats && repeats.length > 0 ? { repeats } : {})
    }
    this.order.push(entry)
    this.byKey.set(key, entry)
    if (!this.byMessage.has(message)) this.byMessage.set(message, entry)
    if (denial.action !== null) {
      const reasonless = reasonlessKey(denial, denial.file)
      if (!this.byReasonless.has(reasonless)) this.byReasonless.set(reasonless, entry)
    }
  }

  /** Whether a new distinct finding is kept; one that is not is counted once in `dropped`. */
  private admit(d: Denial, key: string): boolean {
    const shape = shapeOf(d)
    if (this.order.length < this.max) {
      this.shapes.add(shape)
      return true
    }
    if (!this.shapes.has(shape) && this.beyondCap < MAX_BEYOND_CAP) {
      this.shapes.add(shape)
      this.beyondCap++
      return true
    }
    const h = hash52(key)
    if (this.droppedKeys.has(h)) return false
    if (this.droppedKeys.size < MAX_DROPPED_REMEMBERED) this.droppedKeys.add(h)
    this.dropped++
    return false
  }
}
