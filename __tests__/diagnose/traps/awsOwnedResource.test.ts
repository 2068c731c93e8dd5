import { only } from '../analyze.js'

const TRAP = 'aws-owned-resource'

function layer(account: string): string {
  return `An error occurred (AccessDeniedException) when calling the GetLayerVersion operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:us-east-1:${account}:layer:LambdaInsightsExtension:99 because no resource-based policy allows the lambda:GetLayerVersion action`
}

describe(TRAP, () => {
  it('applies to a resource in a well-known AWS-owned account, naming it', () => {
    const f = only(layer('580247275435'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('AWS-owned account (the Lambda Insights extension layer)')
  })

  it('does not apply to other accounts or to masked ones', () => {
    expect(only(layer('444455556666')).traps).not.toContain(TRAP)
    expect(only(layer('************')).traps).not.toContain(TRAP)
  })
})
