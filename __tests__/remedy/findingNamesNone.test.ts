// The remedy sees the finding, not the log: a placeholder says the finding names no value, never
// that "the log does not show it" (heldout9 review: h9-016 and h9-159 printed their buckets on the
// lines around the refusal, and the note denied it).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

const notesOf = (text: string): string[] =>
  buildRemedies(analyzeText(text, 'x.log').findings).flatMap((r) => r.notes)

// Source: fluent/fluent-plugin-s3#337 (text as printed; the bucket is in the reporter's config,
// not in this line).
const FLUENT_337 = 'error = #<Aws::S3::Errors::AccessDenied: Access Denied>"'
// Source: ASFHyP3/hyp3#210 (text as printed): the key and bucket are variables in the traceback.
const HYP3_210 =
  '[ERROR] ClientError: An error occurred (AccessDenied) when calling the GetObjectTagging operation: Access Denied\n' +
  'Traceback (most recent call last):\n' +
  '  File "/var/task/main.py", line 23, in get_object_file_type\n' +
  '    response = S3_CLIENT.get_object_tagging(Bucket=bucket, Key=key)'
// A bucket named on the line above the refusal, which the finding may or may not pick up: either
// way no note may claim the log lacks it (a counter-case of our own).
const NAMED_ABOVE =
  'Uploading build.zip to s3://acme-artifacts-prod/builds/build.zip\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'

describe('placeholder notes speak for the finding', () => {
  it.each([
    ['fluent-plugin-s3#337', FLUENT_337],
    ['hyp3#210', HYP3_210],
    ['a bucket named above', NAMED_ABOVE]
  ])('%s: no note claims what the log does not show', (_, text) => {
    const notes = notesOf(text)
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.join('\n')).not.toMatch(/the log does not show|log doesn't show/i)
  })

  it('hyp3#210: the caller placeholder says the finding names none', () => {
    const notes = notesOf(HYP3_210).join('\n')
    expect(notes).toContain(
      'replace <CALLER_NAME> with the name of the IAM role or user that made the call (the finding names none).'
    )
  })
})
