// Issue 10 point 3 (heldout6 review: h6-005): a message cut right after `on resource` names no
// resource; the line after it is the page's next section, not the value.
import { parseText } from './parseText.js'

describe('the end of `on resource`', () => {
  it('does not take the next line (`Azure:`) as the resource', () => {
    // heldout6 h6-005 (stigcloud.com): a blog's per-cloud list of errors.
    const found = parseText(
      [
        'Here’s what it looks like across the three major clouds:',
        'AWS:',
        'Error: error putting S3 Bucket ACL: AccessDenied: User is not authorized to perform: s3:PutBucketAcl on resource',
        'Azure:'
      ].join('\n')
    )
    expect(found.map((f) => [f.action, f.resource])).toEqual([['s3:PutBucketAcl', null]])
  })

  it('own: nor a label on the next line after `on resource:`', () => {
    const f = parseText(
      'AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource:\nDetails: see below'
    )[0]!
    expect(f.resource).toBeNull()
  })

  it('counter-case: a value wrapped onto the next line after the colon is still read', () => {
    const f = parseText(
      'AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource:\narn:aws:s3:::bucket/key because no identity-based policy allows the s3:PutObject action'
    )[0]!
    expect([f.resource, f.layer]).toEqual(['arn:aws:s3:::bucket/key', 'identity'])
  })
})
