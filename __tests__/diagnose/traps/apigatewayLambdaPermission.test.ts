// API Gateway may not invoke its integration's function: the function's resource policy for
// apigateway.amazonaws.com, or the integration's credentials role (WD986).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'apigateway-lambda-permission'

describe(TRAP, () => {
  it('awslabs/aws-api-gateway-developer-portal#62 (h41-021): add-permission for API Gateway, limited to the API', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout41.jsonl', 'h41-021'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toContain('aws lambda add-permission --function-name stage')
    expect(f.fixTarget.kind).toBe('resource-policy')
    const s = statements[0]!
    expect(s.Principal).toEqual({ Service: 'apigateway.amazonaws.com' })
    expect(JSON.stringify(s.Condition)).toContain('aws:SourceArn')
    expect(notes).toContain('arn:aws:execute-api:REGION:ACCOUNT:API_ID/STAGE/METHOD/PATH')
  })

  it('counter-case: SNS invoking a function keeps the generic source wording', () => {
    const { f, notes } = analysedOne(
      'User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:fan-out'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(notes).not.toContain('execute-api')
  })
})
