// A resource the catalog does not list for the action is granted as printed when AWS documents
// its shape elsewhere or it is a well-formed ARN of the action's own service; only a malformed or
// foreign ARN is called a typo (issue 17, class 2 of the heldout4 review).
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { DOCUMENTED_ARNS } from '../../src/catalog/documentedArns.js'
import { lookupAction } from '../../src/catalog/Catalog.js'
import { matchesFormat } from '../../src/catalog/fitResource.js'

const HTTP_API_CREATE =
  // Open-SL/serverless-permission-generator#12 (a Serverless deploy creating an HTTP API)
  'An error occurred: HttpApi - User: <MY_USER_ARN> is not authorized to perform: apigateway:POST on resource: arn:aws:apigateway:eu-west-3::/apis (Service: AmazonApiGatewayV2; Status Code: 403; Error Code: AccessDeniedException; Request ID: <MY_REQUEST_ID>; Proxy: null).'

const GET_APIS =
  // heldout4 h4-067 (a CTF permission-enumeration report, message cut by its author)
  '- **apigatewayv2.get_apis**: DENY `AccessDeniedException` — User: arn:aws:sts::121774052880:assumed-role/ctf_participant_role/d6d7ee068aa0 is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:us-east-1::/apis because'

const REST_APIS =
  // serverless/examples#253 (the REST API collection, which the catalog lists)
  'An error occurred: ApiGatewayRestApi - User: arn:aws:iam::xxxxxxxxx:user/rajdeep is not authorized to perform: apigateway:POST on resource: arn:aws:apigateway:us-east-1::/restapis.'

describe('API Gateway HTTP and WebSocket APIs', () => {
  it('Open-SL#12: apigateway:POST on /apis is granted on /apis, not on a REST API placeholder', () => {
    const { statements, notes } = analysedOne(HTTP_API_CREATE)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['apigateway:POST', 'arn:aws:apigateway:eu-west-3::/apis']
    ])
    expect(notes).toMatch(
      /the Apis resource AWS documents for apigateway:POST \(API Gateway Developer Guide/
    )
    expect(notes).not.toMatch(/typo|restapis/)
  })

  it('h4-067: apigateway:GET on /apis keeps /apis beside the EC2 Describe* on "*"', () => {
    const { statements } = analysed(GET_APIS)
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'apigateway:GET',
        Resource: 'arn:aws:apigateway:us-east-1::/apis'
      })
    )
    expect(JSON.stringify(statements)).not.toContain('REST_API_ID')
  })

  it('the REST API collection /restapis is a catalog type and stays as printed', () => {
    const { statements, notes } = analysedOne(REST_APIS)
    expect(statements[0]!.Resource).toBe('arn:aws:apigateway:us-east-1::/restapis')
    expect(notes).not.toMatch(/typo|documents/)
  })

  it('an HTTP API route, a documented child of /apis, is granted as printed', () => {
    // Our own variant: a route update refused on one HTTP API.
    const { statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/deployer is not authorized to perform: apigateway:PATCH on resource: arn:aws:apigateway:us-east-1::/apis/a1b2c3/routes/r9x8y7 because no identity-based policy allows the apigateway:PATCH action'
    )
    expect(statements[0]!.Resource).toBe('arn:aws:apigateway:us-east-1::/apis/a1b2c3/routes/r9x8y7')
  })
})

describe('a well-formed ARN of the same service the catalog does not list for the action', () => {
  it('is granted as printed with a note that says the catalog does not list it', () => {
    // Our own variant: a stack set ARN where the catalog lists only stacks for CreateChangeSet.
    const { statements, notes } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:us-east-1:123456789012:stackset/platform-baseline:0d6f2c1e-1111-2222-3333-444455556666 because no identity-based policy allows the cloudformation:CreateChangeSet action'
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:cloudformation:us-east-1:123456789012:stackset/platform-baseline:0d6f2c1e-1111-2222-3333-444455556666'
    )
    expect(notes).toMatch(
      /is a well-formed cloudformation stackset ARN, but the Service Authorization Reference does not list stackset for cloudformation:CreateChangeSet/
    )
  })

  it('an ARN of another service is still a typo, with a placeholder of the right type', () => {
    const { statements, notes } = analysedOne(
      'User: arn:aws:iam::444455556666:user/ci is not authorized to perform: logs:PutLogEvents on resource: arn:aws:iam::444455556666:user/ci because no identity-based policy allows the logs:PutLogEvents action'
    )
    expect(notes).toMatch(/check it for a typo/)
    expect(String(statements[0]!.Resource)).toMatch(
      /^arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:/
    )
  })
})

describe("the message's service-wide ARN (`arn:aws:SERVICE:REGION:ACCOUNT:*`)", () => {
  // heldout14 h14-019: aws/aws-toolkit-jetbrains#2426, the Java SDK's exception as printed
  // (masks kept, cut after the first frame).
  const TOOLKIT_2426 =
    'software.amazon.awssdk.services.schemas.model.ForbiddenException: User: arn:aws:iam::SOME_ID:user/USER_ID is not authorized to perform: schemas:ListRegistries on resource: arn:aws:schemas:eu-central-1:SOME_ID:* (Service: Schemas, Status Code: 403, Request ID: 06ca23c5-1a5a-4fee-8e90-006c74b5b271, Extended Request ID: null) at software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:123)'
  // Our own variant of ljacobsson/evb-cli#40 (`…schemas:ListRegistries on resource:
  // arn:aws:schemas:us-east-1:12345678901023:* with an explicit deny`), with an implicit ending.
  const EVB_IMPLICIT =
    'MethodNotAllowed: User: arn:aws:sts::123456789012:assumed-role/developer-admin/johnb is not authorized to perform: schemas:ListRegistries on resource: arn:aws:schemas:us-east-1:123456789012:* because no identity-based policy allows the schemas:ListRegistries action'

  it('h14-019: the Allow names the printed ARN, never a registry placeholder or a typo', () => {
    const { statements, notes } = analysedOne(TOOLKIT_2426)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['schemas:ListRegistries', 'arn:aws:schemas:eu-central-1:<ACCOUNT_ID>:*']
    ])
    expect(notes).toMatch(/is the resource the message names: every schemas resource/)
    expect(notes).not.toMatch(/typo|REGISTRY_NAME/)
  })

  it('with a 12-digit account the ARN is kept whole', () => {
    const { statements } = analysedOne(EVB_IMPLICIT)
    expect(statements[0]!.Resource).toBe('arn:aws:schemas:us-east-1:123456789012:*')
  })

  it("another service's `:*` ARN is still a typo", () => {
    // Our own counter-case: an EventBridge ARN printed for a Schemas action.
    const { statements, notes } = analysedOne(
      EVB_IMPLICIT.replace('arn:aws:schemas:us-east-1', 'arn:aws:events:us-east-1')
    )
    expect(notes).toMatch(/check it for a typo/)
    expect(String(statements[0]!.Resource)).toMatch(/:registry\/<REGISTRY_NAME>$/)
  })
})

describe('the documented shapes (data)', () => {
  it.each(DOCUMENTED_ARNS.map((d) => [d.service, d.type, d] as const))(
    '%s %s: names real actions, a source, and matches its own example',
    (_s, _t, d) => {
      for (const a of d.actions)
        expect(lookupAction(`${d.service}:${a}`)?.action).toBe(`${d.service}:${a}`)
      expect(d.source).toMatch(/https:\/\/docs\.aws\.amazon\.com\//)
      const example = d.format
        .replace(/\$\{Partition\}/, 'aws')
        .replace(/\$\{Region\}/, 'us-east-1')
        .replace(/\$\{\w+\}/g, 'x1')
      expect(matchesFormat(d.format, example)).toBe(true)
      // Not already a format of the catalog for these actions (else the entry is dead data).
      const listed = lookupAction(`${d.service}:${d.actions[0]}`)!.resourceTypes.flatMap(
        (t) => t.arnFormats
      )
      expect(listed).not.toContain(d.format)
    }
  )
})
