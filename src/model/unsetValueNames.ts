// Names a request was built with while a value was missing: how a language prints an unset value
// (`stream/undefined`, `bucket/None`; inside a name too, `parameter/build-null-redis-master-host`,
// govuk-one-login/authentication-api#4870), or a sample configuration's placeholder left in place
// (`…/your-account-id/sqs/your-queue-name`, christoph-kluge/bref-sqs-laravel#3). Such a resource does
// not exist, so no Allow helps.

const UNSET = String.raw`(undefined|null|None|nil|NaN|\[object Object\])`
/** A whole name segment that is how a language prints an unset value. */
const UNSET_SEGMENT = new RegExp(String.raw`[:/]${UNSET}(?=$|[/:?&])`)
/**
 * A `-`/`_`/`.`-separated word of a segment after its first (`parameter/build-null-redis-…`):
 * never inside a word (`nullable`), nor the segment's first word (`stream/undefined-events` is a
 * name some stream may have).
 */
const UNSET_WORD = new RegExp(String.raw`[:/][\w+=,@-]*?[\w+=,@][-_.]${UNSET}(?=$|[/:?&]|[-_.])`)

/** A sample's placeholder: `your-account-id`, `YOUR_QUEUE_NAME`, `your-bucket`. */
const SAMPLE_PLACEHOLDER =
  /(?:^|[-_/.:=])((?:your|YOUR)[-_](?:aws[-_])?(?:account[-_]?id|account[-_]?number|queue[-_]?name|queue|bucket[-_]?name|bucket|table[-_]?name|region|role[-_]?name|topic[-_]?name|function[-_]?name|secret[-_]?name|ACCOUNT[-_]?ID|QUEUE[-_]?NAME|BUCKET[-_]?NAME|TABLE[-_]?NAME|REGION))(?=$|[-_/.:?&])/

export interface UnsetValue {
  /** The segment as printed. */
  token: string
  kind: 'unset' | 'sample'
  /** The value is the whole name segment (`stream/undefined`), not a word of it. */
  whole: boolean
}

/** The first unset value or sample placeholder in a request's resource or URL, or null. */
export function unsetValueIn(value: string | null | undefined): UnsetValue | null {
  if (!value) return null
  const sample = SAMPLE_PLACEHOLDER.exec(value)
  if (sample) return { token: sample[1]!, kind: 'sample', whole: false }
  const segment = UNSET_SEGMENT.exec(value)
  if (segment) return { token: segment[1]!, kind: 'unset', whole: true }
  const word = UNSET_WORD.exec(value)
  return word ? { token: word[1]!, kind: 'unset', whole: false } : null
}

/**
 * Pulumi's text where a program passed an Output as a string (`Calling [toJSON] on an [Output<T>]
 * is not supported.`, pulumi/pulumi-eks#418): the value was never resolved.
 */
export const PULUMI_OUTPUT_TEXT = 'Calling [toJSON] on an [Output<T>]'

export function isPulumiOutputText(value: string | null | undefined): boolean {
  return (value ?? '').startsWith(PULUMI_OUTPUT_TEXT)
}
