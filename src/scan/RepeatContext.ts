import type { AnnouncedCall, DecodedInLog, LaterSuccess, LogContext } from '../model/Inferred.js'
import type { Line } from './Line.js'
import { liveHolders } from '../model/liveHolders.js'
import type { StepFacts } from './stepContext.js'

/** What a repeat's context holds beyond its lines: the step's facts and the calls announced. */
export type RepeatFacts = StepFacts & { announced?: AnnouncedCall[] }

/** The step facts a repeat's context answers, each read when first asked (see RepeatContext). */
const FACT_KEYS = [
  'command',
  'roleToAssume',
  'earlierRoleInput',
  'callerArn',
  'note',
  'aclNote',
  'mockNote',
  'clientNote',
  'writes',
  'webIdentityEnv',
  'signedLink',
  'printedStatement',
  'dependabotTitle',
  'roleArnSetting',
  'announced'
] as const satisfies readonly (keyof RepeatFacts)[]

// Adding a fact to StepFacts without a key here is a compile error, not a silently missing field.
type Unlisted = Exclude<keyof RepeatFacts, (typeof FACT_KEYS)[number]>
const everyFactListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyFactListed

/** Characters of context kept on each side (as a parsed record's context, src/scan/Scanner.ts). */
export interface ContextSpan {
  before: number
  after: number
}

/**
 * The context of a line counted as a repeat (not parsed again). Most repeats are only counted:
 * the collector reads the line (its S3 URL) and nothing else, so the lines around and the step's
 * facts are read only when asked, and the whole is built once, when the collector keeps a copy
 * (`toJSON`). It must be read before the scanner takes its next line: what it answers is the
 * scanner's state at this line, and the collector copies what it keeps at once.
 */
export class RepeatContext implements LogContext {
  readonly line: string
  decoded?: DecodedInLog
  laterSuccess?: LaterSuccess
  // Served by the prototype's getters (below), read when first asked.
  declare readonly command: string | null
  declare readonly roleToAssume: string | null
  declare readonly earlierRoleInput: string | null
  declare readonly callerArn: string | null
  declare readonly note: string | null
  declare readonly aclNote: string | null
  declare readonly mockNote: string | null
  declare readonly clientNote: string | null
  declare readonly writes: string | null
  declare readonly webIdentityEnv: string | null
  declare readonly signedLink: string | null
  declare readonly printedStatement: string | null
  declare readonly dependabotTitle: string | null
  declare readonly roleArnSetting: string | null
  declare readonly announced?: AnnouncedCall[]
  private around: { before: string; after: string } | null = null
  private facts: RepeatFacts | null = null

  constructor(
    line: string,
    /** The window's lines around the repeat: `at` is the repeat's own. */
    private readonly lines: readonly Line[],
    private readonly at: number,
    private readonly span: ContextSpan,
    private readonly readFacts: () => RepeatFacts
  ) {
    this.line = line
  }

  get before(): string {
    return this.joined().before
  }

  get after(): string {
    return this.joined().after
  }

  /** The step's facts at this line (the prototype's getters read them, see below). */
  factsRead(): RepeatFacts {
    this.facts ??= this.readFacts()
    return this.facts
  }

  /** A plain copy with every field read: what JSON (the collector's detached copy) sees. */
  toJSON(): LogContext {
    return {
      line: this.line,
      before: this.before,
      after: this.after,
      ...this.factsRead(),
      ...liveHolders(this)
    }
  }

  private joined(): { before: string; after: string } {
    this.around ??= {
      before: this.lines
        .slice(0, this.at)
        .map((l) => l.text)
        .join('\n')
        .slice(-this.span.before),
      after: this.lines
        .slice(this.at + 1)
        .map((l) => l.text)
        .join('\n')
        .slice(0, this.span.after)
    }
    return this.around
  }
}

// One getter per fact on the prototype, not one closure per repeat.
for (const key of FACT_KEYS) {
  Object.defineProperty(RepeatContext.prototype, key, {
    get(this: RepeatContext) {
      return this.factsRead()[key]
    },
    configurable: true
  })
}
