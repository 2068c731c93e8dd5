// Redshift assumes a COPY's or UNLOAD's IAM_ROLE itself: the cluster's roles and the role's trust
// policy decide, no Allow of the database user's (WD953).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'redshift-iam-role'

describe(TRAP, () => {
  it('fullstorydev/hauser#10 (h40-012): the cluster’s roles, the trust of redshift.amazonaws.com, no statement', () => {
    const { f, statements } = analysedOne(corpusText('heldout40.jsonl', 'h40-012'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toContain('--cluster-identifier us-aws-nk-redshift')
    expect(f.explanation).toContain('`sts:ExternalId`')
    expect(statements).toEqual([])
  })

  it('counter-case: the same words with no dbuser ARN are not read as Redshift’s', () => {
    const { f } = analysedOne(
      'User arn:aws:iam::111122223333:user/etl is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/copy'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
