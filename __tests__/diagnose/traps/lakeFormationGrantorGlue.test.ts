// WD946 (heldout22 review, h22-002): Lake Formation refusing a grant because the grantor lacks
// Glue Data Catalog permissions is glue:Get* on the catalog, database and table, not
// lakeformation:GrantPermissions.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'lakeformation-grantor-glue'

describe(TRAP, () => {
  it("h22-002 (data.all's share manager): the table and its database, as the share names them", () => {
    const { f, statements } = analysedOne(corpusText('heldout22.jsonl', 'h22-002'))
    expect(f.grammarRule).toBe('WD898')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      '`arn:aws:glue:REGION:CATALOG_ID:table/iff_ot_curr_data/asset_hierarchy_metadata`'
    )
    expect(f.explanation).toContain(
      'An Allow of `lakeformation:GrantPermissions` alone does not change this.'
    )
    expect(statements).toEqual([])
  })

  it('own: a database refused on its own, no table ARN', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GrantPermissions operation: Insufficient Glue permissions to access database sales_raw'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`arn:aws:glue:REGION:CATALOG_ID:database/sales_raw`')
    expect(f.explanation).not.toContain(':table/')
  })

  it("counter-case: Lake Formation's own missing grant is the other rule's", () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetTable operation: Insufficient Lake Formation permission(s) on sales_raw.orders'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
