// heldout40's new wordings whose advice is the tool's own (issue 17, session 35): the refusals no
// Allow of the caller fixes, from their real excerpts, each with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h40 = (id: string) => corpusText('heldout40.jsonl', id)

describe('databases and deploy providers refusing in their own words', () => {
  it('h40-012 (fullstorydev/hauser#10): Redshift’s role is the cluster’s and its trust policy’s, no Allow for the database user', () => {
    const { f, statements, notes } = analysedOne(h40('h40-012'))
    expect(f.title).toMatch(/^Redshift refused a database user its IAM role/)
    expect(f.fixTarget.description).toContain('the IAM roles of the Redshift cluster')
    expect(statements).toEqual([])
    expect(notes).toContain('`redshift.amazonaws.com`')
  })

  it('h40-018 (awsdocs/amazon-rds-user-guide#10): Aurora’s missing S3 credentials are the cluster’s role and parameter', () => {
    const { f, statements, notes } = analysedOne(h40('h40-018'))
    expect(f.title).toBe('The Aurora cluster has no IAM role for S3')
    expect(f.explanation).toContain('`aws_default_s3_role`')
    expect(f.fixTarget.description).toMatch(/^the IAM role associated with the Aurora DB cluster/)
    expect(notes).toContain('`aws rds add-role-to-db-cluster')
    expect(notes).not.toMatch(/no policy change helps/)
    expect(statements).toEqual([])
  })

  it('h40-008 (travis-ci/travis-ci#3142): an unreadable Authorization header is a key left empty, no policy', () => {
    const { f, statements } = analysedOne(h40('h40-008'))
    expect(f.title).toMatch(/^The request’s Authorization header holds no usable access key ID/)
    expect(statements).toEqual([])
  })

  it('own: Redshift’s wording with an IAM principal is not this rule', () => {
    const { f } = analysedOne(
      'User: arn:aws:iam::111122223333:user/etl is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/redshift-copy'
    )
    expect(f.traps).not.toContain('redshift-iam-role')
  })
})

describe("a diagnostic command's wildcard (heldout40 review, h40-024)", () => {
  it('h40-024: `--resource-arns *` is quoted, or a shell expands it', () => {
    const { f } = analysedOne(h40('h40-024'))
    expect(f.explanation).toContain("--resource-arns '*'")
    expect(f.explanation).not.toMatch(/--resource-arns \*/)
  })
})

describe('a listing named by its URL (heldout40 re-review, h40-014)', () => {
  it('h40-014 (duckdb/duckdb#5190): `?…&list-type=2` is ListObjectsV2, s3:ListBucket, not an object read', () => {
    const { f, statements } = analysedOne(h40('h40-014'))
    expect(f.operation).toBe('ListObjectsV2')
    expect(JSON.stringify(statements)).toContain('s3:ListBucket')
    expect(JSON.stringify(statements)).not.toContain('s3:GetObject')
  })
})
