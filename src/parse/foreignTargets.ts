// A refusal belongs to the service the command that printed it talked to. When the nearest
// command before it in the log points an S3 or registry client at something other than AWS
// (`aws --endpoint-url=$ENDPOINT …`, `rclone copy … R2backups:…`, a private Docker registry),
// the refusal is that service's, even though it is worded as AWS words it. A later command
// without such a target (`aws s3 cp` to AWS after an `--endpoint-url` one) is AWS again.

export interface ForeignTarget {
  id: string
  /** A line that runs this client (its own prompt, `+ ` trace or `docker run` prefix allowed). */
  command: RegExp
  /** On that command line: the target is not AWS. */
  foreign: RegExp
  /** Grammars the rule applies to; every grammar when absent. */
  grammars?: readonly string[]
}

/** Where a command word may stand: line start, after a prompt, a trace `+`, a pipe, `;`, `&&`, `/`. */
const AT = String.raw`(?:^|[\s;&|($>+/])`

/** rclone subcommands that talk to a remote. */
const RCLONE_VERBS =
  'copy|copyto|sync|move|moveto|ls|lsd|lsf|lsl|lsjson|mkdir|rmdir|rmdirs|purge|delete|deletefile|cat|rcat|check|size|mount|serve|touch|link|tree|bisync|copyurl|cleanup'

/** An rclone command line; flags (`--config f -vv`) may stand before the subcommand. */
const RCLONE = new RegExp(String.raw`${AT}rclone\s+(?:\S+\s+)*?(?:${RCLONE_VERBS})\s`)

/** Remote names that say which non-AWS store they are: `R2backups:`, `my-wasabi:`, `Cloudflare:`. */
const NON_AWS_REMOTE =
  /(?<![\w-])(?:[\w-]*?[-_])?(?:r2|b2|cloudflare|backblaze|wasabi|minio|ceph|storj|gcs|google|spaces|digitalocean|do|idrive|scaleway|scw|linode|ovh|hetzner|aruba|garage|seaweedfs|seaweed|oracle|oci|ibm|cos|filebase|contabo|exoscale|ionos|vultr|rustfs|webarchive|internetarchive)(?:[-_]?[\w]*)?:/i

export const FOREIGN_TARGETS: ForeignTarget[] = [
  {
    // The AWS CLI pointed at another endpoint: a variable, a host, localhost (an emulator). The
    // CLI takes `--endpoint` for it too, as a prefix of its option (red-hat-storage/ocs-ci#10689,
    // an OpenShift object gateway, its host masked).
    id: 'aws-endpoint-url',
    command: new RegExp(String.raw`${AT}aws(?:\.exe)?\s+(?:-|[a-z][a-z0-9-]*\s)`),
    foreign:
      /--endpoint(?:-url)?(?:=|\s+)["']?(?!https?:\/\/[^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))\S/
  },
  {
    // `awslocal`, LocalStack's wrapper of the AWS CLI: every call it makes goes to the emulator.
    id: 'awslocal',
    command: new RegExp(String.raw`${AT}awslocal\s+[a-z]`),
    foreign: /./
  },
  {
    // rclone to a remote whose name says it is another store.
    id: 'rclone-remote',
    command: RCLONE,
    foreign: NON_AWS_REMOTE
  },
  {
    // rclone given an endpoint of its own (`--s3-endpoint ***`): AWS needs none.
    id: 'rclone-endpoint',
    command: RCLONE,
    foreign:
      /--s3-endpoint(?:=|\s+)["']?(?!https?:\/\/[^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))\S/
  },
  {
    // A registry login failure at a registry host that is not ECR's.
    id: 'docker-registry',
    command:
      /\bThe push refers to (?:a )?repository \[|\bdocker\s+(?:image\s+)?(?:push|pull|login)\s|\bhttps?:\/\/[^\s/]+\/v2\//,
    foreign:
      // An ECR host whose `dkr` label a writer masked with the account (`xxxx.xxxxx.ecr.…`) is ECR's.
      /(?:\[|\s|https?:\/\/)(?![\w-]+\.(?:dkr|[xX*#]{2,12})\.ecr\.|public\.ecr\.aws)(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?\/(?!\S*\.dkr\.ecr\.)/i,
    grammars: ['docker-no-basic-auth']
  }
]

/** How many lines back the command behind a refusal may stand (its output in between). */
const REACH = 12

/** Up to `REACH` lines of a record before `at`, nearest first, the line holding `at` included. */
function* linesBack(text: string, at: number): Generator<string> {
  let end = text.indexOf('\n', at)
  if (end === -1) end = text.length
  for (let n = 0; n < REACH && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    yield text.slice(start, end)
    if (start === 0) return
    end = start - 1
  }
}

/**
 * What every foreign target's line holds: records without any of these skip the rules. Looked
 * for one by one: `includes` skips through a record far faster than an alternation of literals
 * with no common start, which V8 tries at every position (this runs for every record).
 */
const HINTS = ['--endpoint', 'awslocal', 'rclone', 'push refers', 'docker', '/v2/']

/**
 * The reader of foreign targets for one record's text: for a candidate at `at` of `grammar`,
 * the rule naming a non-AWS target of the command behind it, or null. Null itself when the
 * record names none of the targets, so most records pay one scan.
 */
export function foreignTargets(
  text: string
): ((at: number, grammar: string) => string | null) | null {
  return HINTS.some((h) => text.includes(h))
    ? (at, grammar) => foreignTargetAt(text, at, grammar)
    : null
}

/** The rule naming a non-AWS target of the command behind the candidate at `at`, or null. */
export function foreignTargetAt(text: string, at: number, grammar: string): string | null {
  const rules = FOREIGN_TARGETS.filter((r) => !r.grammars || r.grammars.includes(grammar))
  if (rules.length === 0) return null
  for (const line of linesBack(text, at)) {
    const commands = rules.filter((r) => r.command.test(line))
    if (commands.length > 0) return commands.find((r) => r.foreign.test(line))?.id ?? null
  }
  return null
}
