// The running step's command line and the identities the log printed, remembered for inference
// (src/infer). Fed only from context-fragment hits (see triggers.ts): no per-line work. Each kind
// keeps its last two values with the line they start on, so a denial parsed a few lines late
// (the scanner waits for look-ahead) still gets what was printed before it.
import { REMOTE_RUN } from '../model/terraformRemoteRun.js'
import { S3FS_WRITER } from '../model/createOnMissingClients.js'

/** Longest command text kept per step: the script's first lines are the ones that matter. */
const MAX_COMMAND = 2048
/** Script lines after a step's `##[group]Run` title that still belong to it. */
const SCRIPT_LINES = 60

interface Dated {
  line: number
  value: string
  /** The line appended last. */
  appended?: number
}

/** The last two values of one kind, newest last. */
class History {
  private items: Dated[] = []
  set(line: number, value: string): void {
    // One line seen twice (two context fragments on it) is one value, not the older one's end.
    const keep = this.items.at(-1)?.line === line ? this.items.slice(0, -1) : this.items
    this.items = [...keep.slice(-1), { line, value }]
  }
  /** Appends to the newest value when it started at most `within` lines before `line`. */
  append(line: number, text: string, within: number): void {
    const last = this.items.at(-1)
    if (!last || line - last.line > within || last.value.length >= MAX_COMMAND) return
    // One line seen twice (two context fragments, or two segments of a long line) is one line.
    if (last.appended === line || last.line === line) return
    last.appended = line
    last.value = `${last.value}\n${text}`.slice(0, MAX_COMMAND)
  }
  /** The line's text as the newest value's next line when that began within `within`, else anew. */
  extend(line: number, text: string, within: number): void {
    if (this.near(line, within) !== null) this.append(line, text, within)
    else this.set(line, text)
  }
  at(line: number): string | null {
    return this.near(line, Infinity)
  }
  /** The value before the newest one printed by `line`, or null. */
  earlier(line: number): string | null {
    const seen = this.items.filter((item) => item.line <= line)
    return seen.length >= 2 ? seen.at(-2)!.value : null
  }
  /** The newest value printed at most `within` lines before `line`. */
  near(line: number, within: number): string | null {
    for (let k = this.items.length - 1; k >= 0; k--) {
      const item = this.items[k]!
      if (item.line <= line) return line - item.line <= within ? item.value : null
    }
    return null
  }
}

/** A note stays with the refusals at most this many lines below it (a comment above a command). */
const NOTE_LINES = 12

/** Terraform's banner for a run streamed from HCP Terraform / Terraform Enterprise, or its URL. */
/**
 * Words of a note: a policy layer or an Allow named in prose (src/infer/statedCause.ts reads it),
 * or a heading saying the function or role was recreated (a stale Lambda KMS grant, h12-129).
 */
const NOTE =
  /\bpermissions? boundar|dministrator ?Access|FullAccess\b|\bservice control polic|\bre-?creat(?:ed|ion)\b|\bIRSA\b|\bworker instance profile\b|\b(?:node|worker)(?:'s)? (?:instance )?role\b/i
/** Longest note kept. */
const MAX_NOTE = 256
/**
 * A line naming canned ACLs (the STEP_FRAGMENTS that find it): the public ones, or a private one
 * quoted as a value, or a deploy plugin that sets public-read by default (src/infer/companions.ts).
 * Lines of one paragraph are joined, so a contrast said over two lines reads whole.
 */
const ACL_LINE =
  /public[-_]?read|authenticated[-_]?read|BucketOwner|[`'"]private[`'"]|\bacl\b[^\n]{0,12}\bprivate\b|\bgatsby-plugin-s3\b|\bvue-cli-plugin-s3-deploy\b/i
/** ACL lines this close to the first one are one paragraph. */
const ACL_PARAGRAPH = 6
/** Longest run of ACL lines kept. */
const MAX_ACL_NOTE = 512
/** A test's AWS mock (its import, decorator, server or emulator settings). */
const MOCK_LINE =
  /\bmoto\b|@?\bmock_\w{2,20}|\blocalstack\b|\bLOCALSTACK_|aws-sdk-client-mock|aws-sdk-mock|\bmockClient\(/i
/**
 * A pre-signed link's query string (its expiry: `Expires=` of signature version 2, `X-Amz-Expires`
 * of version 4), as an HTTP client's session log prints the request lines above S3's answer and
 * its headers (src/infer/presignedExpiry.ts): kept apart, the request is more lines up than the
 * context holds.
 */
const SIGNED_LINK =
  /[?&](?:AWSAccessKeyId|X-Amz-Credential|X-Amz-Date|Expires|X-Amz-Expires)=[^\s]{0,700}/
/** A signed request's header line, as a wire trace prints it (`> X-Amz-Security-Token: …`). */
const SIGNED_HEADER = /^[ \t<>]*(?:X-Amz-Security-Token|X-Amz-Content-Sha256):/
/** The link stays with the answers this many lines below it: the request's and response's headers. */
const LINK_LINES = 20
/** Longest query string kept. */
const MAX_LINK = 900
/**
 * A policy statement's fields a user pasted above the refusal, one a line (`"Effect": "Allow",` /
 * `"Action": "s3:*",` / `"Resource": "*"`): further up than the context reaches, kept as one
 * statement while its lines follow each other (src/infer/allowShown.ts reads it, h21-053).
 */
const STATEMENT_FIELD = /"(?:Effect|Action|NotAction|Resource|NotResource|Condition)"\s{0,8}:/
/** Lines of one statement follow each other this closely (a Condition's body between). */
const STATEMENT_GAP = 4
/**
 * A pull request title only Dependabot writes (`Bump com.puppycrawl.tools:checkstyle from 8.42 to
 * 10.15.0 #5324`, a run page's heading, h21-042): the run is Dependabot's, whose secrets are its own.
 */
const DEPENDABOT_TITLE =
  /^[ \t]*Bump (?:the [\w-]{1,60} group(?: across \d+ director(?:y|ies))? with \d+ updates?|[\w.@/:-]{1,200} from [\w.+-]{1,60} to [\w.+-]{1,60})\b/
/** A profile's `role_arn` setting, as `cat ~/.aws/config` prints it (src/infer/contextSignals.ts). */
const ROLE_ARN_SETTING = /^[ \t]*(?:\d{1,4}\.[ \t]+)?role_arn[ \t]*=[ \t]*(arn:\S{1,300})/
/** The setting stays with the refusals this many lines below it: the profile, then the command. */
const SETTING_LINES = 30
/** A mock stays with the refusals this many lines below it: a test's body and its traceback. */
const MOCK_LINES = 60
/**
 * A client that creates what it uses by default, named in the writer's words above a pasted error
 * (`dynamoose is trying to create new table`), or s3fs's frames and a pandas `to_csv('s3://…')`
 * above a traceback (src/model/createOnMissingClients.ts).
 */
const CREATING_CLIENT_LINE = new RegExp(`\\bdynamoose\\b|${S3FS_WRITER.source}`, 'i')
/**
 * A web-identity variable set in a step's environment (the runner's `env:` block under its `Run`
 * title, an `export`, `-e`): the block can be long, so the lines are kept apart from the context.
 */
const WEB_IDENTITY_LINE = /\bAWS_(WEB_IDENTITY_TOKEN_FILE|ROLE_ARN)[ \t]{0,2}[:=]/
/** The variables stay with the step's refusals this many lines below them. */
const ENV_LINES = 60

/**
 * A reporter's words that writes to the store work (`whereas I am able to push backup using same
 * credentials`, `I was able to upload but download is still failing`): src/infer/writeOnlyAccess.ts
 * reads them beside a refused read or listing. Not `unable to`, `not able to`.
 */
const WRITES =
  /(?<![\w'])(?:[Aa]ble to|can|could) (?:successfully )?(?:push|upload|write|put|copy|back ?up)\b/

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m|\[[0-9;]*m/g
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\s?/

export interface StepFacts {
  command: string | null
  roleToAssume: string | null
  /** The `role-to-assume` input before the last one, when the job printed two different ones. */
  earlierRoleInput: string | null
  callerArn: string | null
  /** A line a few lines above naming a policy layer in words (`# a permission boundary blocks…`). */
  note: string | null
  /** Lines a few lines above naming canned ACLs (`It works: \`Private\``), joined. */
  aclNote: string | null
  /** The last line above naming a test's AWS mock (`from moto import mock_s3`). */
  mockNote: string | null
  /** A line a few lines above naming a client that creates its table by default (dynamoose). */
  clientNote: string | null
  /** A line a few lines above saying writes to the store work (see WRITES). */
  writes: string | null
  /** The web-identity variables the step's environment sets (see WEB_IDENTITY_LINE), joined. */
  webIdentityEnv: string | null
  /**
   * The query string of a pre-signed link a few lines above (see SIGNED_LINK), or a signed
   * request's header line (see SIGNED_HEADER): the request answered below was signed.
   */
  signedLink: string | null
  /** A policy statement's field lines a few lines above (see STATEMENT_FIELD), joined. */
  printedStatement: string | null
  /** A Dependabot pull request's title printed above (see DEPENDABOT_TITLE). */
  dependabotTitle: string | null
  /** The ARN of a profile's `role_arn` setting printed a few lines above (see ROLE_ARN_SETTING). */
  roleArnSetting: string | null
}

export class StepContext {
  private readonly command = new History()
  private readonly role = new History()
  private readonly roleInput = new History()
  private readonly caller = new History()
  private readonly note = new History()
  private readonly acl = new History()
  private readonly mock = new History()
  private readonly creatingClient = new History()
  private readonly writes = new History()
  private readonly webIdentityFile = new History()
  private readonly webIdentityRole = new History()
  private readonly link = new History()
  private readonly statement = new History()
  private readonly dependabot = new History()
  private readonly roleArnSetting = new History()

  /** A line holding a context fragment, without its newline (latin1 is fine: ASCII is read). */
  see(text: string, line: number): void {
    const t = text.replace(TIMESTAMP, '')
    const run = /##\[group\]Run (.+)/.exec(t)
    if (run) {
      this.command.set(line, run[1]!.trim())
      return
    }
    if (t.includes('[36;1m')) {
      this.command.append(line, t.replace(ANSI, '').trim(), SCRIPT_LINES)
      return
    }
    // A shell trace (`set -x`) names the exact command that ran.
    const trace = /^\s*\++ (aws .+)/.exec(t)
    if (trace) {
      this.command.set(line, trace[1]!.trim())
      return
    }
    // A prompt's or a quoted command (`$ aws …`, `aws s3api put-object --bucket B --key K`):
    // only the AWS CLI's own shape, `aws SERVICE OPERATION`, so prose mentioning it is not one.
    // A writer's line holding only the command in backticks counts too (aws/amazon-rekognition-
    // developer-guide#56: `` `aws rekognition stop-stream-processor --name N` `` above the error).
    const shown =
      /^\s*(?:[$>#]\s*)?(aws\s+[a-z0-9-]+\s+[a-z][a-z0-9-]*\b.*)/.exec(t) ??
      /^\s*`(aws\s+[a-z0-9-]+\s+[a-z][a-z0-9-]*\b[^`\n]*)`\s*$/.exec(t)
    if (shown) {
      this.command.set(line, shown[1]!.trim())
      return
    }
    // Terraform's run on HCP Terraform / Terraform Enterprise: the command ran on their workers.
    const remote = REMOTE_RUN.exec(t)
    if (remote) {
      this.command.set(line, `terraform (${remote[0]})`)
      return
    }
    // Pulumi's backend login names the bucket its state and lock objects live in.
    const login = /\bpulumi login (s3:\/\/\S+)/.exec(t)
    if (login) {
      this.command.set(line, `pulumi login ${login[1]!}`)
      return
    }
    // Every role input, masked or not: two different ones in a job are a role chain.
    const input = /\brole-to-assume:\s*(\S{1,200})/.exec(t)
    if (input && this.roleInput.at(line) !== input[1]!) this.roleInput.set(line, input[1]!)
    const role = /\brole-to-assume:\s*(arn:[\w-]+:iam::\d{12}:role\/[\w+=,.@/-]+)/.exec(t)
    if (role) {
      this.role.set(line, role[1]!)
      return
    }
    if (input) return
    const caller = /"Arn":\s*"(arn:[\w-]+:(?:sts|iam)::\d{12}:[\w+=,.@/-]+)"/.exec(t)
    if (caller) {
      this.caller.set(line, caller[1]!)
      return
    }
    if (ACL_LINE.test(t)) this.acl.extend(line, t.trim().slice(0, MAX_NOTE), ACL_PARAGRAPH)
    const variable = WEB_IDENTITY_LINE.exec(t)
    if (variable) {
      const kept = variable[1] === 'ROLE_ARN' ? this.webIdentityRole : this.webIdentityFile
      kept.set(line, t.trim().slice(0, MAX_NOTE))
    }
    if (MOCK_LINE.test(t)) this.mock.set(line, t.trim().slice(0, MAX_NOTE))
    if (CREATING_CLIENT_LINE.test(t)) this.creatingClient.set(line, t.trim().slice(0, MAX_NOTE))
    // Each reader's own fragment first: a line seen for one fragment skips the others' regexes.
    if (t.includes('Bump ') && DEPENDABOT_TITLE.test(t))
      this.dependabot.set(line, t.trim().slice(0, MAX_NOTE))
    const setting = t.includes('role_arn') ? ROLE_ARN_SETTING.exec(t) : null
    if (setting) this.roleArnSetting.set(line, setting[1]!)
    if (t.includes('"') && STATEMENT_FIELD.test(t))
      this.statement.extend(line, t.trim().slice(0, MAX_NOTE), STATEMENT_GAP)
    if (t.includes('Expires=')) {
      const link = SIGNED_LINK.exec(t)
      if (link) this.link.set(line, t.slice(Math.max(0, link.index - 200), link.index + MAX_LINK))
    }
    // A signed request's header in a wire trace (aws-nuke's `> X-Amz-Security-Token: …`, h24-011):
    // the request S3 answered below was signed, whatever its answer looks like.
    if (t.includes('X-Amz-') && SIGNED_HEADER.test(t))
      this.link.set(line, t.trim().slice(0, MAX_NOTE))
    if (NOTE.test(t)) this.note.set(line, t.trim().slice(0, MAX_NOTE))
    if (WRITES.test(t) && !/\b(?:not|never)\s+(?:be\s+)?able to\b/.test(t)) {
      this.writes.set(line, t.trim().slice(0, MAX_NOTE))
    }
  }

  /** Both web-identity variables, when both were set within ENV_LINES above `line`. */
  private webIdentityEnvAt(line: number): string | null {
    const file = this.webIdentityFile.near(line, ENV_LINES)
    const role = this.webIdentityRole.near(line, ENV_LINES)
    return file !== null && role !== null ? `${file}\n${role}` : null
  }

  /** What was printed up to `line`. */
  at(line: number): StepFacts {
    return {
      command: this.command.at(line),
      roleToAssume: this.role.at(line),
      earlierRoleInput: this.roleInput.earlier(line),
      callerArn: this.caller.at(line),
      note: this.note.near(line, NOTE_LINES),
      aclNote: this.acl.near(line, NOTE_LINES)?.slice(0, MAX_ACL_NOTE) ?? null,
      mockNote: this.mock.near(line, MOCK_LINES),
      clientNote: this.creatingClient.near(line, NOTE_LINES),
      writes: this.writes.near(line, NOTE_LINES),
      webIdentityEnv: this.webIdentityEnvAt(line),
      signedLink: this.link.near(line, LINK_LINES),
      printedStatement: this.statement.near(line, NOTE_LINES),
      dependabotTitle: this.dependabot.at(line),
      roleArnSetting: this.roleArnSetting.near(line, SETTING_LINES)
    }
  }
}
