// Issue 17 (heldout14 third review, h14-093): a remedy states each grant once, and its notes name
// statements by their action, never by position.
import { analysed } from '../diagnose/traps/analysed.js'
import { buildStatements } from '../../src/remedy/statements.js'

const grants = (statements: { Action: string | string[]; Resource?: string | string[] }[]) =>
  statements.flatMap((s) =>
    [s.Action].flat().flatMap((a) => [s.Resource ?? []].flat().map((r) => `${a} ${r}`))
  )

describe('a Terraform state read refused: s3:ListBucket once', () => {
  it.each([
    [
      // heldout14 h14-093: https://errornotes.dev/vi/errors/terraform/fix-terraform-accessdenied-s3getobject-error-when-refreshing-state-from-s3-backe
      'h14-093',
      'Error refreshing state: AccessDenied: User: arn:aws:iam::123456789:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::my-terraform-state-bucket/path/to/terraform.tfstate\n        status code: 403, request id: XXXXXXXXXXXXXXXX'
    ],
    [
      // ministryofjustice/modernisation-platform#9380 (Terraform 1.x backend, HeadObject 403)
      'modernisation-platform#9380',
      '│ Error: Error refreshing state: Unable to access object "environments/members/analytical-platform-ingestion/analytical-platform-ingestion-production/terraform.tfstate" in S3 bucket "modernisation-platform-terraform-state": operation error S3: HeadObject, https response error StatusCode: 403, RequestID: TRTAA1RYFJD08N9P, HostID: 71Tg6Idj/mP7QcMnn5pUdDXqEXcpg/0vpW6GA6ltItImyMJpp0rFnoEdlvktuwAHQFs2D3SCNR/n35ybBFDJ7A==, api error Forbidden: Forbidden'
    ]
  ])('%s', (_id, text) => {
    const { statements, notes } = analysed(text)
    const all = grants(statements)
    expect(all.filter((g) => g.startsWith('s3:ListBucket '))).toHaveLength(
      all.some((g) => g.startsWith('s3:ListBucket ')) ? 1 : 0
    )
    expect(new Set(all).size).toBe(all.length)
    expect(notes.join('\n')).not.toMatch(/\b(?:the )?first statement\b/i)
  })

  it('own: a plain GetObject refusal (no backend) keeps its Optional s3:ListBucket and its note', () => {
    const { statements, notes } = analysed(
      // h14-093's refusal with no Terraform backend around it: nothing else lists the bucket.
      'AccessDenied: User: arn:aws:iam::123456789:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::reports-bucket/daily/2024-01-01.csv\n        status code: 403, request id: XXXXXXXXXXXXXXXX'
    )
    expect(statements.map((s) => s.Sid)).toEqual(expect.arrayContaining(['AllowOptionalS3Bucket']))
    expect(notes.join('\n')).toMatch(/s3:ListBucket on the bucket\) may follow/)
  })
})

describe('buildStatements', () => {
  it('own: an Optional part a proven part already grants is dropped', () => {
    const statements = buildStatements([
      { actions: ['s3:ListBucket'], resource: 'arn:aws:s3:::b', sidWords: ['S3', 'Bucket'] },
      {
        actions: ['s3:ListBucket'],
        resource: 'arn:aws:s3:::b',
        sidWords: ['S3', 'Bucket'],
        optional: true
      }
    ])
    expect(statements.map((s) => s.Sid)).toEqual(['AllowS3Bucket'])
  })

  it('own: an Optional part on another resource or with another condition stays', () => {
    const statements = buildStatements([
      { actions: ['s3:ListBucket'], resource: 'arn:aws:s3:::b', sidWords: ['S3', 'Bucket'] },
      {
        actions: ['s3:ListBucket'],
        resource: 'arn:aws:s3:::other',
        sidWords: ['S3', 'Bucket'],
        optional: true
      },
      {
        actions: ['s3:ListBucket'],
        resource: 'arn:aws:s3:::b',
        condition: { StringLike: { 's3:prefix': ['state/*'] } },
        sidWords: ['S3', 'Bucket'],
        optional: true
      }
    ])
    expect(statements).toHaveLength(3)
  })
})
