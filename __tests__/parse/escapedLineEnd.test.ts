// Issue 17 class 5 (heldout8 h8-006): a paste that turned an escaped `\n` into a backslash and a
// real line break leaves the backslash glued to the value before it. It is escaping, not part of
// the action, ARN or principal; a backslash inside a value is kept.
import { corpusText } from '../support/corpusRecords.js'
import { only } from './parseText.js'

describe('a backslash left at the end of a line', () => {
  it('h8-006 (kubernetes-sigs/external-dns#1222): the action ends before the escaped line break', () => {
    const f = only(corpusText('heldout8.jsonl', 'h8-006'))
    expect([f.grammar, f.code, f.action, f.principal]).toEqual([
      'iam-sentence',
      'AccessDenied',
      'route53:ListHostedZones',
      'arn:aws:sts::123456789:assumed-role/eks-worker-123456789/i-123456789'
    ])
  })

  it('own: a resource ARN before the escaped break loses the backslash, a run of them too', () => {
    for (const slashes of ['\\', '\\\\']) {
      const f = only(
        `msg="AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key${slashes}\n\\tstatus code: 403, request id: abc"`
      )
      expect([f.action, f.resource]).toEqual(['s3:GetObject', 'arn:aws:s3:::bucket/key'])
    }
  })

  it('counter-case: a backslash inside a value is part of it', () => {
    const f = only(
      'AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::bucket/dir\\file.txt\n'
    )
    expect(f.resource).toBe('arn:aws:s3:::bucket/dir\\file.txt')
  })
})
