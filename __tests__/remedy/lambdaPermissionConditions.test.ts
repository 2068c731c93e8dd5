// A Lambda permission carries its statement's conditions in every form. heldout11 review h11-166
// (awslabs/aws-automated-incident-response-and-forensics#13): SNS was let invoke the function with
// aws:SourceArn/aws:SourceAccount in the JSON statement only; aws_lambda_permission, addPermission
// and add-permission dropped them, so any topic in any account could invoke it.
import type { PolicyStatement } from '../../src/model/Remedy.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import type { RenderInput } from '../../src/remedy/render/RenderInput.js'
import { renderCdk } from '../../src/remedy/render/cdk.js'
import { renderCli } from '../../src/remedy/render/cli.js'
import { renderTerraform } from '../../src/remedy/render/terraform.js'
import { corpusText } from '../support/corpusRecords.js'

const FUNCTION = 'arn:aws:lambda:eu-central-1:XXX:function:pinpointEventsHandler-develop'

function forms(statement: PolicyStatement, holder = FUNCTION) {
  const input: RenderInput = {
    shape: 'resource',
    service: 'lambda',
    holder,
    target: {} as RenderInput['target'],
    statements: [statement],
    document: { Version: '2012-10-17', Statement: [statement] },
    complete: false,
    principalName: ''
  }
  return { terraform: renderTerraform(input)!, cdk: renderCdk(input)!, cli: renderCli(input)! }
}

describe('Lambda permissions keep their conditions', () => {
  it('h11-166: SNS may invoke only from its topic and account, in every form', () => {
    const text = corpusText('heldout11.jsonl', 'h11-166')
    const [r] = buildRemedies(analyzeText(text).findings)
    expect(r!.statements[0]!.Condition).toEqual({
      ArnLike: { 'aws:SourceArn': '<SOURCE_ARN>' },
      StringEquals: { 'aws:SourceAccount': '<ACCOUNT_ID>' }
    })
    const { terraform, cdk, cli } = r!.renderings
    expect(terraform).toMatch(/source_arn += "<SOURCE_ARN>"\n +source_account = "<ACCOUNT_ID>"/)
    expect(cdk).toContain("sourceArn: '<SOURCE_ARN>',\n  sourceAccount: '<ACCOUNT_ID>',")
    // A service principal is no ARN: ArnPrincipal would put it under "AWS".
    expect(cdk).toContain("principal: new iam.ServicePrincipal('sns.amazonaws.com'),")
    expect(cli).toContain("--source-arn '<SOURCE_ARN>' --source-account '<ACCOUNT_ID>'")
  })

  it('aws-amplify/amplify-cli#12849: the Pinpoint statement as printed keeps its SourceArn', () => {
    // The statement the reporter added in the console, as printed (`AWS:SourceArn`, `XXX`).
    const { terraform, cdk, cli } = forms({
      Sid: 'custom-test',
      Effect: 'Allow',
      Principal: { Service: 'pinpoint.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: FUNCTION,
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:mobiletargeting:eu-central-1:XXX:apps/*' } }
    })
    const source = 'arn:aws:mobiletargeting:eu-central-1:XXX:apps/*'
    expect(terraform).toContain(`source_arn    = "${source}"`)
    expect(cdk).toContain(`sourceArn: '${source}',`)
    expect(cli).toContain(`--source-arn '${source}'`)
  })

  it('counter-case: a role in another account gets no source arguments', () => {
    const { terraform, cdk, cli } = forms({
      Sid: 'AllowInvoke',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/caller' },
      Action: 'lambda:InvokeFunction',
      Resource: FUNCTION
    })
    for (const text of [terraform, cdk, cli])
      expect(text).not.toMatch(/source_arn|sourceArn|--source/)
    expect(cdk).toContain("new iam.ArnPrincipal('arn:aws:iam::111122223333:role/caller')")
  })

  it('counter-case: a condition add-permission cannot set is said, never silently dropped', () => {
    const { terraform, cdk, cli } = forms({
      Sid: 'AllowInvoke',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: FUNCTION,
      Condition: { StringLike: { 'aws:SourceVpc': 'vpc-*' } }
    })
    for (const text of [terraform, cdk, cli])
      expect(text).toContain(
        'add-permission cannot set the statement\'s condition StringLike aws:SourceVpc = "vpc-*"'
      )
    expect(cli).not.toContain('--source-arn')
  })
})
