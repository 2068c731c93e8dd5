// The call a bare refusal concerns, from the tool's own words around it (src/infer/contextActions.ts).
// heldout8 review class 5 (issue 17): an uploader's "upload exception = Access Denied" names
// s3:PutObject as plainly as Terraform's "Error uploading object to S3 bucket".
import { contextAction } from '../../src/infer/contextActions.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'
import { logContext } from '../support/logContext.js'

describe('uploads and downloads in the tool’s words', () => {
  it.each([
    // heldout8 h8-063 (sm55555/Cloud, aws/s3/error.md): a Java handler's debug line.
    ['heldout8 h8-063', corpusText('heldout8.jsonl', 'h8-063'), 's3:PutObject'],
    // heldout3 h3-179 (github-file:find_string#68832645160): a changelog quoting the old answer.
    [
      'a photo upload relayed to the caller',
      '  `Photo upload failed: Access Denied (Service: S3, Status Code: 403, Request ID: null)`. The\n',
      's3:PutObject'
    ],
    // deliciousbrains/wp-amazon-s3-and-cloudfront#40, as printed.
    [
      'the WordPress plugin',
      'Jan 20 17:14:33 dev apache2[4194]: [error] [client 192.168.33.1] Error uploading $IMAGE to S3: Access Denied, referer: $MYBLOG/wp-admin/post-new.php\n',
      's3:PutObject'
    ]
  ])('%s → %s', (_n, text, action) => {
    const [f] = analyzeText(text).findings.filter((x) => x.kind === 'denial')
    expect(f?.inferredAction).toBe(action)
    expect(f?.inferred?.action?.from).toBe('the upload the log names')
  })

  it('a download refused is s3:GetObject', () => {
    expect(
      contextAction(
        logContext(
          'download exception = Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)'
        ),
        's3',
        false
      )?.value
    ).toBe('s3:GetObject')
  })

  it.each([
    [
      'an upload said lines before the refusal',
      logContext(
        'Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)',
        'Uploading artifacts...\nUpload finished with errors'
      )
    ],
    [
      'an upload word far from the refusal on its line',
      logContext(
        'upload error handling was reworked in this release, see the changelog for the list of all the fixes we made; the bucket said Access Denied'
      )
    ]
  ])('counter-case: nothing for %s', (_n, ctx) => {
    expect(['s3:PutObject', 's3:GetObject']).not.toContain(contextAction(ctx, 's3', false)?.value)
  })

  it('counter-case: the words answer for S3 only, not for another service’s refusal', () => {
    expect(
      contextAction(logContext('upload failed: Access Denied'), 'ecr', false)?.value
    ).toBeUndefined()
  })
})
