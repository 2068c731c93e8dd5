// Tools whose own words call a refused probe a credentials problem. Vector's aws_s3 sink checks
// its bucket at start with HeadBucket and reports any 403 as `Invalid credentials`
// (vectordotdev/vector#14166, #17735; its docs ask for s3:ListBucket for the check, vector#14179):
// the keys were sent and accepted, the probe's action was refused. One row per tool; the
// finding's cause is `probe-forbidden` and `detail.probe` names the row. Bounded quantifiers only:
// the text is untrusted.

export interface MisnamedProbe {
  id: string
  /** What shows the refused probe is this tool's (the component, the sink type). */
  seen: RegExp
  /** What shows the failing component is another one, though `seen` matches elsewhere. */
  unless?: RegExp
  /** The bucket or resource the tool's config names, when the text shows it. */
  target?: RegExp
  /** The advice, with the target's ARN or a word for it. */
  advice(target: string | null): string
}

const BUCKET = '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]'

export const MISNAMED_PROBES: readonly MisnamedProbe[] = [
  {
    id: 'vector-aws-s3-healthcheck',
    seen: /\bcomponent_type="?aws_s3\b|\btype\s{0,3}[=:]\s{0,3}"?aws_s3\b/,
    // The error's own component_type, when printed, outranks a config's other sinks.
    unless: /\bcomponent_type="?aws_(?!s3\b)\w/,
    // The sink's config: `bucket = "name"` (TOML) or `bucket: name` (YAML).
    target: new RegExp(`\\bbucket\\s{0,3}[=:]\\s{0,3}["']?(${BUCKET})["']?(?=\\s|$)`, 'm'),
    advice: (bucket) =>
      `Vector's \`aws_s3\` sink reports \`Invalid credentials\` for any HTTP 403 from its health check, a HeadBucket on the sink's bucket: the credentials were most likely sent and accepted, and the role may lack the check's permission. ` +
      `S3 authorises HeadBucket as \`s3:ListBucket\` (there is no \`s3:HeadBucket\` action): grant the identity the sink runs as (its \`auth.assume_role\`, else the pod's, task's or instance's role) \`s3:ListBucket\` on ${bucket ? `\`arn:aws:s3:::${bucket}\`` : "`arn:aws:s3:::BUCKET` (the sink's `bucket`)"} beside \`s3:PutObject\` on its objects, or turn the check off (\`healthcheck.enabled = false\` on the sink) if writes already work. ` +
      "Suspect the credentials themselves only if that is not it: a bucket in another Region than the sink's `region`, or keys Vector did not find, answer differently in its debug log (`VECTOR_LOG=debug`)."
  }
]

export function misnamedProbeIn(text: string): MisnamedProbe | null {
  return MISNAMED_PROBES.find((p) => p.seen.test(text) && !p.unless?.test(text)) ?? null
}
