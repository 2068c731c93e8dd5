// Logs often mask account IDs and names (`***`, `<account-id>`, `xxxx`, a reporter's `ROLE` beside
// `ACCOUNT` and `REGION`: h18-015, aws/aws-cdk#… in heldout18). A masked value can't be
// pasted into a policy, so it becomes a named placeholder the notes ask the reader to fill in. The
// words typed in a value's place may run together (`user/USERNAME`, segmentio/chamber#663).
import { STAND_IN_NAME } from '../model/standInNames.js'
import { escapeRegExp } from '../common/escapeRegExp.js'
import { formatArn, parseArn } from '../model/Arn.js'
import { isRedacted, namesAnAccount, sameAccount } from '../model/accountFields.js'
import { accountOmitted, regionOmitted } from '../catalog/fitResource.js'
import { serviceResourceTypes } from '../catalog/Catalog.js'
import { runSlotAt, slotToken, slotWords } from './formatSlots.js'

/** A name cut short by the reporter or the tool (`cdk-hnb659fds-cfn-exec-role-...`). */
const ELISION = /(?:\.{3}|…)$/

// A shell or template variable standing whole for a segment (`snapshot:${SNAPSHOT_ID}`, heldout53
// review h53-011): in a policy it would read as an IAM policy variable, which has a colon.
// A run of dashes or underscores standing for a name (`user/---` beside the account `---`, a Korean
// EKS note, github-file:find_string#10161925019; heldout161 review h161-075).
const MASK =
  /^(\*{2,}|[xX]{3,}|-{3,}|_{3,}|<+[^<>]*>+|\{[A-Za-z_ -]+\}|\$\{[A-Za-z_][A-Za-z0-9_]{0,63}\}|\[[A-Za-z][A-Za-z _-]*\]|\.{3}|…|#{3,}|~{2,}|X+-?X+|(?:ROLE|USER|STACK|BUCKET|FUNCTION|TABLE|QUEUE|TOPIC|CLUSTER|PROJECT|REPO|REPOSITORY|SECRET|PIPELINE|RESOURCE|NAME)(?:[_-]?(?:NAME|ID))?)$/
/**
 * Part of a name masked or cut (`***-deployment`, `deploy-~~`, an unclosed `<node-role`,
 * `AmazonGrafanaServiceRole-XXXX`, `xxxx-role`, `[redacted]-ecs-task-execution-role`,
 * `AWSCodePipelineServiceRole-...`, `Jyo.....`, GitLab's `[MASKED]-NodeInstanceRole`, digits in
 * brackets `-[999999]-authRole`, a run of capital X inside a hex ID `…47bXXXXXXXX40`: heldout42
 * review, h42-016, h42-018), an ID's first characters kept and the rest masked (`E2XXXXXXXXXXX`,
 * a CloudFront OAI, heldout70 review h70-012), or a mask glued to the rest (`xxxPostConfirmation-dev`, h26-006): no
 * IAM name (none may hold a bracket), and never a value to paste.
 */
const PARTLY_MASKED =
  /(?:^|[-_.])[xX]{3,}(?=[A-Z0-9])|\[\d{2,}\]|(?<=[0-9a-f])X{4,}(?=[0-9a-f])|\*{2,}|~{2,}|[<>]|(?<!\$)\{[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){0,4}\}|\[[A-Za-z][A-Za-z _-]*\]|(?:^|[-_.])[xX]{4,}(?=$|[-_.])|^[A-Z0-9]{1,4}X{6,}$|redacted|\.{3}|…|#{3,}|[█▇■]/i

export function isMasked(value: string): boolean {
  return MASK.test(value.trim())
}

/** Masked whole or in part: never paste it as a name. */
export function hasMask(value: string): boolean {
  return isMasked(value) || PARTLY_MASKED.test(value)
}

/**
 * An IAM role or user name that is masked, or holds whitespace: words typed in its place (`user
 * name`, h26-010) or a newline, since no IAM name holds a space. Other names may (S3 keys, Glue jobs).
 */
export function iamNameMasked(name: string): boolean {
  return hasMask(name) || /\s/.test(name)
}

/** The account fields of the caller and of the resource, as the log printed them. */
export interface PrintedAccounts {
  caller: string | null
  resource: string | null
  /** The log says the resource is in another account: the same mask on both is two accounts. */
  distinct?: boolean
}

export interface Placeholders {
  /** Placeholder → what the reader must put there. */
  used: Map<string, string>
  /** Set when the finding shows two account fields: each masked one gets its own placeholder. */
  accounts?: PrintedAccounts | null
}

export function newPlaceholders(accounts: PrintedAccounts | null = null): Placeholders {
  return { used: new Map(), accounts }
}

export function placeholder(p: Placeholders, name: string, meaning: string): string {
  const token = `<${name}>`
  p.used.set(token, meaning)
  return token
}

// `*` in an account field is a log's redaction, never a wildcard to paste.
const ACCOUNT = /^(\d{12}|aws|)$/
const REGION = /^([a-z]{2}(-[a-z]+)+-\d+|\*|)$/

/**
 * Types whose ARN takes an ID AWS assigned, not a name (a KMS key ARN never takes an alias), with
 * the service whose ID shape the words describe: an Amazon Connect `instance/` takes a UUID, never
 * an EC2 `i-…` (heldout56 review, h56-011).
 */
const BY_ID_SERVICE: Record<string, string> = {
  key: 'kms',
  instance: 'ec2',
  vpc: 'ec2',
  subnet: 'ec2',
  'security-group': 'ec2',
  hostedzone: 'route53',
  image: 'ec2',
  volume: 'ec2'
}
const BY_ID: Record<string, string> = {
  key: 'the KMS key ID (a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab; a key ARN never takes an alias name)',
  instance: 'the instance ID (i-...)',
  vpc: 'the VPC ID (vpc-...)',
  subnet: 'the subnet ID (subnet-...)',
  'security-group': 'the security group ID (sg-...)',
  hostedzone:
    "the hosted zone ID (Z..., as `aws route53 list-hosted-zones-by-name` shows it; not the zone's domain name)",
  image: 'the AMI ID (ami-...)',
  volume: 'the volume ID (vol-...)'
}

/** Services whose ARN resource is the name itself, with no type word before it. */
const NAME_FIRST: Record<string, { token: string; word: string }> = {
  s3: { token: 'BUCKET_NAME', word: 'bucket' },
  sns: { token: 'TOPIC_NAME', word: 'topic' },
  sqs: { token: 'QUEUE_NAME', word: 'queue' },
  // An API's ID first (`****/stage/DELETE/@connections/…`, h87-004: a masked ID kept as `****`
  // was a wildcard over every API of the account).
  'execute-api': { token: 'API_ID', word: 'API ID' }
}

/** `bucket` → `bucket name`; an ID is called by its own word. */
const nameWord = (word: string): string => (/\bID$/.test(word) ? word : `${word} name`)

/**
 * The catalog's ARN formats name what stands after a type word: `hostedzone/${Id}` takes the zone's
 * ID, never its domain name (heldout20 review h20-069). True when that slot is an ID.
 */
function idSlot(service: string | undefined, typeWord: string | undefined): boolean {
  if (!service || !typeWord || !/^[A-Za-z][\w-]*$/.test(typeWord)) return false
  const slot = new RegExp(`[:/]${typeWord}[/:]\\$\\{(\\w+)\\}`)
  return Object.values(serviceResourceTypes(service))
    .flat()
    .some((format) => /Id$/.test(slot.exec(format)?.[1] ?? ''))
}

/** Whether `word` stands as a type word (`targetgroup/`, `log-group:`) in one of the service's ARN formats. */
function isTypeWord(service: string, word: string): boolean {
  if (!/^[a-z][a-z0-9-]*$/.test(word)) return false
  const formats = Object.values(serviceResourceTypes(service)).flat()
  return formats.some((f) => new RegExp(`[:/]${escapeRegExp(word)}[/:]`).test(f))
}

/** Whether an ARN format of the service has `TYPE/${…Name}/${…Id}`: an ID after the name. */
function idAfterName(service: string, type: string): boolean {
  const shape = new RegExp(`[:/]${escapeRegExp(type)}/\\$\\{\\w+\\}/\\$\\{\\w*Id\\}`)
  return Object.values(serviceResourceTypes(service))
    .flat()
    .some((f) => shape.test(f))
}

/** The ID words for a type word, when the service is the one they describe (or not known). */
function byId(typeWord: string | undefined, service?: string): string | null {
  if (!typeWord || !Object.hasOwn(BY_ID, typeWord)) return null
  return service === undefined || service === BY_ID_SERVICE[typeWord] ? BY_ID[typeWord]! : null
}

function nameFor(typeWord: string | undefined, service?: string): string {
  const word = (typeWord ?? 'resource').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()
  const id = byId(typeWord, service) !== null || idSlot(service, typeWord)
  return `${word || 'RESOURCE'}_${id ? 'ID' : 'NAME'}`
}

/** What the reader puts in a masked or cut segment after `typeWord`. */
function meaningFor(typeWord: string | undefined, why: string, service?: string): string {
  const words = byId(typeWord, service)
  if (words) return `${words} (${why})`
  if (idSlot(service, typeWord)) return `the ${typeWord} ID, not its name (${why})`
  return `the ${typeWord ?? 'resource'} name (${why})`
}

/** A placeholder the writer typed in the ARN, named (`<cluster_name>`, `<service-name>`). */
// Also in braces, as a README's template writes them (`azul-indexer-{deployment_stage}`,
// DataBiosphere/azul; heldout23 review, h23-051).
const WRITTEN =
  /^(?:<([A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){0,4})>|\{([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){0,4})\})$/

/**
 * Tokens our inference writes into a resource it knows the shape of but not every part, whole
 * (`bucket/<KEY_PREFIX>/*`) or inside a name (`cdk-Q-assets-<ACCOUNT_ID>-REGION`, which a writer's
 * own `<ACCOUNT_ID>` means just as well).
 */
const OWN_TOKENS: Record<string, string> = {
  KEY_PREFIX:
    'the key prefix (folder) the job writes under in the bucket (the log does not print it)',
  ACCOUNT_ID: 'the 12-digit AWS account ID (the log does not print it)'
}

const MASK_WORD =
  /^(?:re?a?dacted|hidden|masked|removed|omitted|snip|censored|private|secret|name|id|value|resource|arn|x+)$/i

/**
 * The writer's own placeholder kept under its own name (`<cluster_name>` → `<CLUSTER_NAME>`): it
 * says what stands there, where the type word before it may not (`service/<cluster_name>/<service_name>`
 * holds the cluster first).
 */
function writtenPlaceholder(
  p: Placeholders,
  piece: string,
  typeWord: string | undefined
): string | null {
  const m = WRITTEN.exec(piece)
  const word = m?.[1] ?? m?.[2]
  // `<redacted>`, `<name>`: a mask or a bare word says nothing the type word does not.
  if (!word || MASK_WORD.test(word)) return null
  const name = word.replace(/[ -]/g, '_').toUpperCase()
  // Our own tokens (an inferred resource's unprinted parts) are no writer's placeholder.
  if (Object.hasOwn(OWN_TOKENS, name) && piece === `<${name}>`)
    return placeholder(p, name, OWN_TOKENS[name]!)
  // The type word's own name (`key/<KEY_ID>`) keeps its fuller meaning.
  if (name === nameFor(typeWord)) return null
  return placeholder(p, name, `${writersWords(word)} (the log shows a placeholder)`)
}

/** The writer's placeholder as words: `the role name`, but `their role` as written (h19-054). */
function writersWords(word: string): string {
  const words = word.replace(/[_-]/g, ' ')
  return /^(?:the|a|an|your|their|my|our|its|his|her|some)\b/i.test(words) ? words : `the ${words}`
}

/** A writer's placeholder inside a name (`eksctl-<cluster_name>-cluster-…`). */
const EMBEDDED =
  /<([A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){0,4})>|(?<!\$)\{([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){0,4})\}/g

/** The name without the writer's own placeholders in it; mask words (`<redacted>`) stay. */
export function withoutWrittenPlaceholders(name: string): string {
  return name.replace(EMBEDDED, (whole, angled?: string, braced?: string) =>
    MASK_WORD.test(angled ?? braced!) ? whole : 'P'
  )
}

/**
 * A name whose only hidden parts are the writer's placeholders (`eksctl-<cluster_name>-cluster-*`,
 * heldout11 h11-024): each becomes ours in its place and the printed rest is kept. Null when
 * anything else in it is masked.
 */
function embeddedPlaceholders(p: Placeholders, piece: string): string | null {
  if (WRITTEN.test(piece) || hasMask(withoutWrittenPlaceholders(piece))) return null
  return piece.replace(EMBEDDED, (_whole, angled?: string, braced?: string) => {
    const word = angled ?? braced!
    if (Object.hasOwn(OWN_TOKENS, word)) return placeholder(p, word, OWN_TOKENS[word]!)
    return placeholder(
      p,
      word.replace(/[ -]/g, '_').toUpperCase(),
      `${writersWords(word)} (the log shows a placeholder)`
    )
  })
}

/** The placeholder a stand-in word becomes, named by its own word (`username` → `<USER_NAME>`). */
function standInName(p: Placeholders, word: string): string {
  const thing = word
    .replace(/^(?:your|my)[-_]?/i, '')
    .replace(/[-_]?name$/i, '')
    .toLowerCase()
  return placeholder(
    p,
    `${thing.toUpperCase()}_NAME`,
    `the ${thing} name (the log's \`${word}\` is a writer's stand-in)`
  )
}

/**
 * Replaces masked parts of an ARN with placeholders: the account field (anything but 12 digits,
 * `aws` or empty: a `*` there is redaction), the region, and fully masked path segments (`user/****` → `user/<USER_NAME>`).
 */
/** A backslash before Markdown punctuation, as a Markdown source writes `-`, `_` or `.`. */
const MARKDOWN_ESCAPE = /\\([-_.*()])/g

export function unmaskArn(
  p: Placeholders,
  arn: string,
  /** Whose ARN it is, where one mask stands for two accounts (`PrintedAccounts.distinct`). */
  side: 'caller' | 'resource' | null = null
): string {
  // A Markdown source's escapes (`role/service\-role/…`, a docs page's table, h77-022) are no part
  // of the name: IAM names hold no backslash.
  const parts = parseArn(arn.replace(MARKDOWN_ESCAPE, '$1'))
  if (!parts) return arn
  if (isMasked(parts.partition)) parts.partition = 'aws'
  if (!REGION.test(parts.region)) parts.region = placeholder(p, 'REGION', 'the AWS Region')
  else if (regionOmitted(arn))
    parts.region = placeholder(
      p,
      'REGION',
      'the AWS Region (the log printed the ARN with its Region field empty, which matches nothing)'
    )
  // An account-shaped mask only (`xxxxxxxxxxxx`, `1234XXXXXXXX`): a word there (`blah`) may be a name's too.
  const maskedAccount = /^(?=.*[xX*#])[\dxX*#]{12}$/.test(parts.account) ? parts.account : null
  if (!ACCOUNT.test(parts.account)) parts.account = accountPlaceholder(p, parts.account, side)
  else if (accountOmitted(arn))
    parts.account = placeholder(
      p,
      'ACCOUNT_ID',
      'the 12-digit AWS account ID (the log printed the ARN with its account field empty: masked)'
    )
  // The account's own mask inside a name (CDK's `cdk-hnb659fds-deploy-role-xxxxxxxxxxxx-eu-west-1`)
  // is the account: its placeholder, the rest of the name kept (heldout23's unseen-logs review, u25-002).
  const accountInName = maskedAccount
    ? new RegExp(`(?<=[-_.])${escapeRegExp(maskedAccount)}(?=[-_.]|$)`, 'g')
    : null
  const withAccount = (piece: string): string => {
    if (!accountInName) return piece
    const named = piece.replace(accountInName, parts.account)
    return named !== piece && !hasMask(named.replaceAll(parts.account, 'A')) ? named : piece
  }
  // Separators kept (odd indexes): `log-group:/aws/x/xxxx:log-stream` masks a `:`-delimited name.
  const pieces = parts.resource.split(/([/:])/)
  // The type word before a segment; a writer's placeholder (`service/<cluster_name>/…`) is none.
  const named = (i: number): string | undefined => {
    const word = pieces
      .slice(0, i - 1)
      .reverse()
      .find(Boolean)
    return word && WRITTEN.test(word) ? undefined : word
  }
  // A segment whose word before is no type word of the service's ARN formats is that resource's
  // ID after its name (`targetgroup/NAME/ID`, the name printed or masked: heldout24 review 2, h24-003),
  // not a name of a type called after the name.
  const maskedId = (i: number): string | null => {
    const before = named(i)
    if (i < 4 || !before || isTypeWord(parts.service, before)) return null
    const type = named(i - 2)
    if (!type || !idAfterName(parts.service, type)) return null
    return placeholder(
      p,
      `${type.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_ID`,
      `the ${type} ID, the segment after its name (the log masked it)`
    )
  }
  // One of several slots in a row after a type word, named by the format's own slot.
  const slotInRun = (i: number): string | null => {
    const slot = runSlotAt(parts.service, pieces, i, hasMask)
    // A slot named for its type word (`targetgroup/${TargetGroupName}/…`) keeps the type word's name.
    const typeWord = (named(i) ?? '').replace(/[^A-Za-z0-9]/g, '').toLowerCase()
    return slot && !(typeWord && slot.toLowerCase().startsWith(typeWord))
      ? placeholder(p, slotToken(slot), `${slotWords(slot)} (the log masked it)`)
      : null
  }
  // S3, SNS and SQS resources start with the name itself (`***/prefix/*`, `app-Topic-XE***`), not a type word.
  const nameFirst = Object.hasOwn(NAME_FIRST, parts.service) ? NAME_FIRST[parts.service]! : null
  const first = nameFirst ? 0 : 2
  const unmasked = pieces.map((piece, i) =>
    withAccount(piece) !== piece
      ? withAccount(piece)
      : // A stack's UUID after its name (`stack/NAME/xxxxxxxx-…`), masked or cut: nobody can fill it
        // in, and policies name a stack by its name (heldout18 review h18-014).
        i === 4 && parts.service === 'cloudformation' && pieces[0] === 'stack' && hasMask(piece)
        ? '*'
        : i > 0 && i % 2 === 0 && ELISION.test(piece)
          ? placeholder(
              p,
              nameFor(named(i), parts.service),
              meaningFor(named(i), `the log cut it short: \`${piece}\``, parts.service)
            )
          : i >= first && i % 2 === 0 && hasMask(piece)
            ? i === 0 && nameFirst
              ? // A name whose only hidden part is a token (`cdk-Q-assets-<ACCOUNT_ID>-REGION`,
                // a bootstrap bucket inferred with its account masked) keeps the rest.
                (piece !== `<${nameFirst.token}>` && embeddedPlaceholders(p, piece)) ||
                placeholder(
                  p,
                  nameFirst.token,
                  // Our own token (a tool's objects inferred, their bucket unprinted) is no mask.
                  piece === `<${nameFirst.token}>`
                    ? `the ${nameWord(nameFirst.word)} (the log prints none)`
                    : `the ${nameWord(nameFirst.word)} (the log masked it)`
                )
              : // A masked `i-…` is an EC2 instance ID (a per-instance name, src/remedy/stableResource.ts).
                /^i-/.test(piece)
                ? placeholder(p, 'INSTANCE_ID', 'the EC2 instance ID (the log masked it)')
                : (writtenPlaceholder(p, piece, named(i)) ??
                  embeddedPlaceholders(p, piece) ??
                  maskedId(i) ??
                  slotInRun(i) ??
                  placeholder(
                    p,
                    nameFor(named(i), parts.service),
                    meaningFor(named(i), 'the log masked it', parts.service)
                  ))
            : // The word a writer puts where the name goes (`user/default/username`, heldout27
              // review h27-003, beside a `region` the same writer left): no resource is called so.
              !nameFirst &&
                i >= first &&
                i % 2 === 0 &&
                i === pieces.length - 1 &&
                STAND_IN_NAME.test(piece)
              ? standInName(p, piece)
              : i === 2 && notAKeyId(parts.service, pieces[0], piece)
                ? placeholder(
                    p,
                    'KEY_ID',
                    piece === ''
                      ? `${BY_ID.key!} (the log's ARN ends at \`key/\`: the writer cut the key ID)`
                      : `${BY_ID.key!} (the log's \`${piece}\` is no key ID: a writer's stand-in)`
                  )
                : piece
  )
  return formatArn({ ...parts, resource: unmasked.join('') })
}

/**
 * A KMS key ARN's ID that no key has: AWS gives a UUID, or `mrk-` and 32 hex digits to a
 * multi-Region key. A writer's stand-in such as `0123456789abcdef` (heldout23 review, h23-005)
 * would name a key that does not exist.
 */
function notAKeyId(service: string, typeWord: string | undefined, id: string): boolean {
  return (
    service === 'kms' &&
    typeWord === 'key' &&
    !hasMask(id) &&
    !id.includes('*') &&
    !/^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i.test(id)
  )
}

/**
 * An ARN the log cut at its line's end (`…:table/raw_zone/pa`, its closing quote lost): the part
 * after the last complete `/` or `:` may be only the start of a name, so a placeholder stands for
 * it. Null when the cut left no separator to keep (the type word itself was cut).
 */
export function cutArn(p: Placeholders, arn: string): string | null {
  const parts = parseArn(arn)
  if (!parts) return null
  const at = Math.max(parts.resource.lastIndexOf('/'), parts.resource.lastIndexOf(':'))
  const s3 = parts.service === 's3'
  if (at < 0 && !s3) return null
  const shown = parts.resource.slice(at + 1)
  const why = shown
    ? `the log cut its line after \`${shown}\`, which may be only the start of it`
    : 'the log cut its line there'
  const typeWord = parts.resource.split(/[/:]/)[0]
  const token = !s3
    ? placeholder(p, nameFor(typeWord, parts.service), meaningFor(typeWord, why, parts.service))
    : at < 0
      ? placeholder(p, 'BUCKET_NAME', `the bucket name (${why})`)
      : placeholder(p, 'OBJECT_KEY', `the rest of the object key (${why})`)
  return formatArn({ ...parts, resource: parts.resource.slice(0, at + 1) + token })
}

/**
 * The placeholder for a masked account field. When the caller's and the resource's fields differ
 * as printed (`<別アカウントID>` and `<アカウントID>`, `145` and `123`), they may be two accounts: one
 * shared `<ACCOUNT_ID>` would have the reader fill in one number for both.
 */
function accountPlaceholder(
  p: Placeholders,
  printed: string | null,
  side: 'caller' | 'resource' | null = null
): string {
  const field = printed?.trim() ?? ''
  const caller = p.accounts?.caller?.trim() ?? ''
  const resource = p.accounts?.resource?.trim() ?? ''
  // Only when both are hidden (beside a real ID the one placeholder is unambiguous) and one of
  // them names an account: `***` beside `<account-id>` is one redaction, not two accounts. Two
  // different blanks typed to be filled in (`YOUR-USER-NUMBER`, `YOUR-INSTANCE-NUMBER`, h12-174)
  // are unknown: whether they are one account is not known, so each gets its own.
  const hidden = (v: string): boolean => v !== '' && !/^\d{12}$/.test(v)
  if (
    hidden(caller) &&
    hidden(resource) &&
    (caller !== resource || p.accounts?.distinct === true) &&
    (p.accounts?.distinct === true ||
      namesAnAccount(caller) ||
      namesAnAccount(resource) ||
      (!isRedacted(caller) && !isRedacted(resource)) ||
      // Masked after different digits (`8752XXXXXXXX`, `1904XXXXXXXX`): two accounts (h16-048).
      sameAccount(caller, resource) === false)
  ) {
    // One mask for two accounts (the log says which is remote): the side tells them apart.
    if (field === caller && (caller !== resource || side !== 'resource'))
      return placeholder(
        p,
        'CALLER_ACCOUNT_ID',
        `the 12-digit ID of the caller's own account (the log shows it as \`${field}\`)`
      )
    if (field === resource)
      return placeholder(
        p,
        'RESOURCE_ACCOUNT_ID',
        `the 12-digit ID of the account that owns the resource (the log shows it as \`${field}\`)`
      )
  }
  // Masked unlike the resource's (`xxxxxxxx` beside `xxxxxxxxxx`, h27-024): perhaps one account,
  // perhaps two. The caller's gets a name of its own so a trust policy's Principal and the role it
  // trusts are never one blank; the resource's stays the plain one.
  if (
    hidden(caller) &&
    hidden(resource) &&
    caller !== resource &&
    field === caller &&
    side !== 'resource'
  )
    return placeholder(
      p,
      'CALLER_ACCOUNT_ID',
      `the 12-digit ID of the caller's own account (the log shows it as \`${field}\`)`
    )
  // A field the log printed masked (`ACCOUNTID`, `6****5`, `xxxx`) is hidden, not absent.
  // A placeholder a rule already wrote (`<ACCOUNT_ID>`) is no mask the log printed.
  const masked = /^<[A-Z_]+>$/.test(field) ? '' : field.replace(/`/g, "'").slice(0, 40)
  return placeholder(
    p,
    'ACCOUNT_ID',
    masked
      ? `the 12-digit AWS account ID (the log masks it as \`${masked}\`)`
      : 'the 12-digit AWS account ID (the finding names none)'
  )
}

/** An account ID field as printed → itself when real, else the placeholder. */
export function unmaskAccount(p: Placeholders, account: string | null): string {
  if (account && /^\d{12}$/.test(account)) return account
  return accountPlaceholder(p, account)
}

/** The paste-ready forms a placeholder may appear in, as a note names them. */
export interface RenderedForms {
  terraform?: string
  cdk?: string
  cli?: string
}

const FORM_LABEL: Record<keyof RenderedForms, string> = {
  terraform: 'Terraform',
  cdk: 'CDK',
  cli: 'AWS CLI'
}

function listed(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/**
 * One note per placeholder the reader will meet in `shown` (the statements), or only in some
 * paste-ready `forms` (a caller's name in `--role-name`): then the note says which forms, since
 * the JSON statement holds none. A placeholder made only for a name nothing prints (a holder, an
 * identifier that was sanitised) would ask the reader to fill in something they cannot find.
 */
export function placeholderNotes(
  p: Placeholders,
  shown: string,
  forms: RenderedForms = {}
): string[] {
  return [...p.used.entries()].flatMap(([token, meaning]) => {
    if (shown.includes(token)) return [`Replace ${token} with ${meaning} before applying.`]
    const where = (Object.keys(FORM_LABEL) as (keyof RenderedForms)[])
      .filter((k) => forms[k]?.includes(token))
      .map((k) => FORM_LABEL[k])
    if (where.length === 0) return []
    return [
      `In the ${listed(where)} ${where.length === 1 ? 'form' : 'forms'} only (the JSON statement does not hold it), replace ${token} with ${meaning}.`
    ]
  })
}
