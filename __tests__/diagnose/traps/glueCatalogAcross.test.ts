// WD923: another account's Glue Data Catalog. heldout12 review h12-104 (OvertureMaps/data#205):
// Athena refused glue:GetDatabases on catalog 913550007193 "because no resource-based policy
// allows" it, a public dataset's catalog; crossAccount stayed null and the draft named
// `database/<DATABASE_NAME>` where the listing is authorised on `database/*`.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// dbeaver/dbeaver#18786, as printed (the reporter wrote the accounts as `Account A` / `Account B`).
const DBEAVER_18786 =
  '2023-01-31 07:34:48.834 - User: arn:aws:sts::Account A:assumed-role/authorizedrole/authorizeduser is not authorized to perform: glue:GetTables on resource: arn:aws:glue:us-east-1:Account B:database/xxxxxxx because no resource-based policy allows the glue:GetTables action (Service: AmazonDataCatalog; Status Code: 400; Error Code: AccessDeniedException; Request ID: a5685b5c-c4da-4efc-b447-5c174346dd60; Proxy: null) (Service: AmazonAthena; Status Code: 400; Error Code: MetadataException; Request ID: e2a21ae7-634c-48a9-9a46-53603fa509fb; Proxy: xxxx.xxxx.xxxx.xxxx)'

const resources = (statements: { Resource?: string | string[] }[]) =>
  statements.flatMap((s) => [s.Resource ?? []].flat())

describe('glue-catalog-another-account', () => {
  it("h12-104: a public dataset's catalog: the owner's side or your own catalog, database/*", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout12.jsonl', 'h12-104'))
    expect(f.traps).toContain('glue-catalog-another-account')
    expect(f.crossAccount).toBe(true)
    expect(f.explanation).toMatch(
      /^The Data Catalog refused is account 913550007193's, not the caller's/
    )
    expect(f.explanation).toContain("define the database and tables in your own account's catalog")
    expect(resources(statements)).toContain('arn:aws:glue:us-east-2:913550007193:database/*')
    expect(resources(statements).join(' ')).not.toContain('<DATABASE_NAME>')
    expect(notes).toContain('glue:GetDatabases returns every database there')
  })

  it('dbeaver#18786: a table listing in a database of account B: the catalog is named, table/DB/*', () => {
    const { f, statements } = analysedOne(DBEAVER_18786)
    expect(f.traps).toContain('glue-catalog-another-account')
    expect(f.explanation).toMatch(/^The Data Catalog refused is another account's/)
    // GetTables names its database: only the table's name is the listing's `*`.
    expect(resources(statements).some((r) => /:table\/[^/]+\/\*$/.test(r))).toBe(true)
  })

  it.each([
    // counter-cases: the caller's own catalog (identity side), an explicit deny, another service's
    // resource policy, a Glue job (not the catalog)
    [
      'an identity-side refusal in the own catalog',
      'User: arn:aws:sts::123456789012:assumed-role/etl/s is not authorized to perform: glue:GetDatabases on resource: arn:aws:glue:us-east-1:123456789012:catalog because no identity-based policy allows the glue:GetDatabases action (Service: AWSGlue; Status Code: 400; Error Code: AccessDeniedException)'
    ],
    [
      'an explicit deny in a resource-based policy',
      'User: arn:aws:sts::123456789012:assumed-role/etl/s is not authorized to perform: glue:GetTable on resource: arn:aws:glue:us-east-1:210987654321:table/db/t with an explicit deny in a resource-based policy (Service: AWSGlue; Status Code: 400; Error Code: AccessDeniedException)'
    ],
    [
      "a Lambda layer's resource policy",
      'User: arn:aws:sts::123456789012:assumed-role/ci/s is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:210987654321:layer:tools:3 because no resource-based policy allows the lambda:GetLayerVersion action'
    ],
    [
      'a Glue job',
      'User: arn:aws:sts::123456789012:assumed-role/ci/s is not authorized to perform: glue:StartJobRun on resource: arn:aws:glue:us-east-1:210987654321:job/nightly because no resource-based policy allows the glue:StartJobRun action'
    ]
  ])('%s: no catalog trap', (_, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain('glue-catalog-another-account')
  })
})
