// Secrets Manager could not invoke the rotation function: the function's resource policy admits
// secretsmanager.amazonaws.com, nothing of the caller's (heldout17 review h17-087).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h17 = (id: string) => corpusText('heldout17.jsonl', id)

describe('secretsmanager-rotation-invoke', () => {
  it("h17-087 (localstack's Secrets Manager snapshot): the rotation function admits secretsmanager.amazonaws.com", () => {
    const { f, statements } = analysedOne(h17('h17-087'))
    expect(f.traps).toContain('secretsmanager-rotation-invoke')
    expect(f.explanation).toContain('--principal secretsmanager.amazonaws.com')
    expect(f.fixTarget.description).toMatch(/^the rotation function's resource policy/)
    expect(statements).toEqual([])
  })

  it('own: the botocore line of a rotate-secret call', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the RotateSecret operation: Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.'
    )
    expect(f.traps).toContain('secretsmanager-rotation-invoke')
    expect(f.code).toBe('AccessDeniedException')
    expect(statements).toEqual([])
  })

  it('counter-case: another Lambda invoke refusal is not this one', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Invoke operation: User: arn:aws:sts::111122223333:assumed-role/ci/x is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:rotate because no identity-based policy allows the lambda:InvokeFunction action'
    )
    expect(f.traps).not.toContain('secretsmanager-rotation-invoke')
  })
})
