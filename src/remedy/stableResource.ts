// Names that change every run: a Lambda log stream (`2019/12/16/[$LATEST]9f7b...`), a dated or
// hashed object key. Granting the one that failed makes the next run fail again, so the statement
// names the stable part and a wildcard for the rest. One rule per kind of per-run name.
interface StableRule {
  /** Resource type (`service:type`) the rule applies to. */
  type: string
  stable(arn: string): string | null
  why: string
}

/** A path segment that differs between runs: dates, timestamps, UUIDs, long hex or run IDs. */
const PER_RUN_SEGMENT =
  /^(\d{4}[-/]?\d{2}[-/]?\d{2}.*|\d{8,}.*|.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*|.*[0-9a-f]{20,}.*|\[\$LATEST\].*)$/i

const RULES: StableRule[] = [
  {
    // CloudWatch Logs authorises log-group actions against `log-group:NAME:*`; messages print the
    // group as `log-group:NAME:log-stream:` or bare, neither of which a policy should name.
    type: 'logs:log-group',
    stable: (arn) => {
      const m = /^(.*:log-group:.+?)(?::log-stream(?::.*)?|:\*)?$/.exec(arn)
      return m ? `${m[1]}:*` : null
    },
    why: 'CloudWatch Logs matches a log group by its ARN ending in `:*`'
  },
  {
    type: 'logs:log-stream',
    stable: (arn) => {
      const m = /^(.*:log-group:.+?:log-stream:)(.+)$/.exec(arn)
      return m && m[2] !== '*' ? `${m[1]}*` : null
    },
    why: 'log stream names change with every run or instance, so the statement allows every stream of the log group'
  },
  {
    type: 's3:object',
    stable: (arn) => {
      const m = /^(arn:[^:]+:s3:::[^/]+\/)(.+)$/.exec(arn)
      if (!m) return null
      const segments = m[2]!.split('/')
      const first = segments.findIndex((s) => PER_RUN_SEGMENT.test(s))
      if (first < 0) return null
      return `${m[1]}${segments
        .slice(0, first)
        .map((s) => `${s}/`)
        .join('')}*`
    },
    why: 'the key holds a date, ID or hash that changes every run, so the statement allows the stable prefix'
  }
]

export function stableResource(
  service: string,
  type: string,
  arn: string
): { resource: string; why: string } | null {
  const rule = RULES.find((r) => r.type === `${service}:${type}`)
  const resource = rule?.stable(arn)
  return rule && resource && resource !== arn ? { resource, why: rule.why } : null
}
