// Amazon Q Developer refusing the signed-in identity (heldout7 review h7-177): subscription and
// login, not CloudTrail and IAM.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// aws/amazon-q-developer-cli#1310: the CLI's error chain (older crate path).
const Q_1310 = `Amazon Q is having trouble responding right now: 
   0: unhandled error (AccessDeniedException)
   1: service error
   2: unhandled error (AccessDeniedException)
   3: Error { code: "AccessDeniedException", message: "User is not authorized to make this call.", aws_request_id: "929287ed-9bbc-4f98-a04d-ce3aa883875d" }

Location:
   crates/q_cli/src/cli/chat/mod.rs:668`

// aws/amazon-q-developer-cli#2100: "Your account is not authorized", fixed by subscribing a group.
const Q_2100 = `Amazon Q is having trouble responding right now: 
   0: unhandled error (AccessDeniedException)
   1: service error
   2: unhandled error (AccessDeniedException)
   3: Error { code: "AccessDeniedException", message: "Your account is not authorized to make this call.", aws_request_id: "408b26fa-e943-4a78-a5d1-b137ae844572" }

Location:
   crates/chat-cli/src/cli/chat/mod.rs:1241`

describe('amazon-q-subscription', () => {
  it.each([
    ['review h7-177', corpusText('heldout7.jsonl', 'h7-177')],
    ['aws/amazon-q-developer-cli#1310', Q_1310],
    ['aws/amazon-q-developer-cli#2100', Q_2100]
  ])('subscription and q login, no IAM statement (%s)', (_source, text) => {
    const { findings, statements, notes } = analysed(text)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect(f.traps).toContain('amazon-q-subscription')
      expect(f.explanation).toMatch(/^Amazon Q Developer refused the signed-in identity/)
      expect(f.explanation).not.toContain('CloudTrail')
    }
    expect(statements).toEqual([])
    expect(notes.join('\n')).toContain('q login')
  })

  it('not for the same Rust error chain from another program (own case)', () => {
    const { findings } = analysed(
      'Error: service error\n   0: unhandled error (AccessDeniedException)\n   1: Error { code: "AccessDeniedException", message: "User is not authorized to make this call.", aws_request_id: "00000000-0000-0000-0000-000000000000" }\n\nLocation:\n   crates/uploader/src/main.rs:42'
    )
    for (const f of findings) expect(f.traps).not.toContain('amazon-q-subscription')
  })
})
