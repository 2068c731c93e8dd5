// A tool that calls its refused probe "invalid credentials" (heldout13 review, h13-096): the
// probe's action, not credential setup. Sources in the titles; `own` cases are ours.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// vectordotdev/vector#17735: the sink's config below the error names the bucket.
const VECTOR_17735 = `ERROR vector::topology::builder: msg="Healthcheck failed." error=Invalid credentials component_kind="sink" component_type="aws_s3" component_id=s3_data component_name=s3_data

[sinks.s3_data]
type = "aws_s3"
inputs = [ "nats_data" ]
key_prefix = "example/"
bucket = "mybucket"
compression = "gzip"`

// vectordotdev/vector#14166: Vector 0.20's wording; the role was given "s3:HeadBucket", no such action.
const VECTOR_14166 = [
  '`ERROR vector::topology::builder: msg="Healthcheck: Failed Reason." error=Invalid credentials` ',
  '',
  'Not sure why is it happening...',
  '',
  '[sinks.output]',
  'type = "aws_s3"',
  'inputs = ["input"]',
  'bucket = <BUCKET_NAME>'
].join('\n')

describe('misnamed-probe-refusal', () => {
  it.each([
    ['heldout13 h13-096', corpusText('heldout13.jsonl', 'h13-096'), '`arn:aws:s3:::BUCKET`'],
    ['vectordotdev/vector#17735', VECTOR_17735, '`arn:aws:s3:::mybucket`'],
    ['vectordotdev/vector#14166', VECTOR_14166, '`arn:aws:s3:::BUCKET`']
  ])("Vector's aws_s3 health check: s3:ListBucket on the sink's bucket (%s)", (_s, text, arn) => {
    const { f } = analysedOne(text)
    expect(f.detail.cause).toBe('probe-forbidden')
    expect(f.traps).toContain('misnamed-probe-refusal')
    expect(f.explanation.startsWith("Vector's `aws_s3` sink reports `Invalid credentials`")).toBe(
      true
    )
    expect(f.explanation).toContain(`\`s3:ListBucket\` on ${arn}`)
    expect(f.explanation).toContain('healthcheck.enabled = false')
    expect(f.explanation).not.toMatch(/found no credentials at all/)
    expect(f.fixTarget.kind).toBe('identity-policy')
  })

  it.each([
    [
      "own: Vector's aws_cloudwatch_logs sink, whose check is another call",
      'ERROR vector::topology::builder: msg="Healthcheck failed." error=Invalid credentials component_kind="sink" component_type="aws_cloudwatch_logs" component_id=cw'
    ],
    [
      'own: another sink of the config is aws_s3, the failing one is Firehose',
      'ERROR vector::topology::builder: msg="Healthcheck failed." error=Invalid credentials component_kind="sink" component_type="aws_kinesis_firehose" component_id=fh\n\n[sinks.archive]\ntype = "aws_s3"\nbucket = "archive-bucket"'
    ]
  ])('%s: no credential advice turned into a grant', (_s, text) => {
    const { f } = analysedOne(text)
    expect(f.detail.cause).toBe('missing')
    expect(f.traps).not.toContain('misnamed-probe-refusal')
  })
})
