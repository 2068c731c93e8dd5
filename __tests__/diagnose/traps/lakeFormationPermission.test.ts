// Lake Formation refused: a Lake Formation grant, not IAM.
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'lake-formation-permission'

// hashicorp/terraform-provider-aws#49398: Go SDK v2 form inside Terraform's diagnostic.
const TERRAFORM = `2026-08-11T19:41:46.431Z [ERROR] sdk.proto: Response contains error diagnostic: tf_req_id=5ddf05b1-931a-52e8-fa2b-b861e37e46c8 tf_provider_addr=registry.terraform.io/hashicorp/aws diagnostic_summary="creating Glue Catalog Database (tf-acc-test-5427400900344515035): operation error Glue: CreateDatabase, https response error StatusCode: 400, RequestID: ce741b04-5db3-4e7c-930b-75ce9620fb32, api error AccessDeniedException: Insufficient Lake Formation permission(s): Required Create Database on Catalog" diagnostic_detail="" diagnostic_severity=ERROR`

// awslabs/sagemaker-explaining-credit-decisions#8: a Glue crawler refused on a database.
const CRAWLER = `[fae5d684-f4c7-3e09-a5a4-7a95657088bf] ERROR : Insufficient Lake Formation permission(s) on sagemaker-soln-ecd-js-98cdwa-database (Database name: sagemaker-soln-ecd-js-98cdwa-database) (Service: AWSGlue; Status Code: 400; Error Code: AccessDeniedException; Request ID: 2c810ee2-dd2c-43ce-89ad-f778cdfaf48c;`

describe(TRAP, () => {
  it.each([
    ['review h5-144', reviewed('h5-144')],
    ['hashicorp/terraform-provider-aws#49398', TERRAFORM]
  ])('Create Database on Catalog: the grant command, no IAM statement (%s)', (_source, text) => {
    const { findings, statements, notes } = analysed(text)
    const f = findings.find((x) => x.traps.includes(TRAP))!
    expect(
      f.explanation.startsWith(
        'Lake Formation refused the call (it requires Create Database on Catalog), not IAM'
      )
    ).toBe(true)
    expect(f.explanation).toContain(`--permissions CREATE_DATABASE --resource '{"Catalog":{}}'`)
    expect(statements).toEqual([])
    expect(notes.join('\n')).toContain('Lake Formation, not IAM, refused')
  })

  it('a refusal on a database names the database, and no permission it does not know (awslabs/sagemaker-explaining-credit-decisions#8)', () => {
    const { f, statements } = analysedOne(CRAWLER)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      `--permissions PERMISSION --resource '{"Database":{"Name":"sagemaker-soln-ecd-js-98cdwa-database"}}'`
    )
    expect(statements).toEqual([])
  })

  it('h9-102: dbt-glue GetTable refused on a table, message on the next line: the table grant with its database', () => {
    const { f, statements } = analysedOne(corpusText('heldout9.jsonl', 'h9-102'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      `--permissions SELECT DESCRIBE --resource '{"Table":{"DatabaseName":"unified_datalakehouse_dl3","Name":"extraction_batch"}}'`
    )
    expect(f.explanation).toContain('lakeformation:GetDataAccess')
    expect(statements).toEqual([])
  })

  it('aws/aws-sdk-pandas#677: the same on one line; the table may not exist', () => {
    // https://github.com/aws/aws-sdk-pandas/issues/677, as printed
    const { f } = analysedOne(
      'AccessDeniedException: An error occurred (AccessDeniedException) when calling the GetTable operation: Insufficient Lake Formation permission(s) on TABLE_WANT_TO_CHECK_BUT_NOT_EXIST'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      `'{"Table":{"DatabaseName":"DATABASE","Name":"TABLE_WANT_TO_CHECK_BUT_NOT_EXIST"}}'`
    )
    expect(f.explanation).toContain('The table may also not exist')
  })

  it('counter-case: a Glue IAM refusal two lines before an unrelated Lake Formation word is not this trap', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetTable operation: User: arn:aws:sts::111122223333:assumed-role/etl/s is not authorized to perform: glue:GetTable on resource: arn:aws:glue:us-east-1:111122223333:table/db/t because no identity-based policy allows the glue:GetTable action\nretrying\nsee the Lake Formation guide'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to a Glue refusal by IAM', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the CreateDatabase operation: User: arn:aws:sts::111122223333:assumed-role/etl/s is not authorized to perform: glue:CreateDatabase on resource: arn:aws:glue:us-east-1:111122223333:catalog because no identity-based policy allows the glue:CreateDatabase action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
