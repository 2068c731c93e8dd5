// Lambda may not pull a container-image function's image (WD995): the ECR repository's policy for
// the Lambda service, never a statement for the caller.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'lambda-image-permission'

describe(TRAP, () => {
  it('aws/aws-cdk#27007 (h52-014): the repository policy for lambda.amazonaws.com first', () => {
    const { f, statements } = analysedOne(corpusText('heldout52.jsonl', 'h52-014'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toContain('"Principal": {"Service": "lambda.amazonaws.com"}')
    expect(f.explanation).toContain('ecr:BatchGetImage')
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(statements).toEqual([])
  })

  it('counter-case: an ECR refusal of the caller’s own pull keeps its statement', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the BatchGetImage operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:123456789012:repository/app because no identity-based policy allows the ecr:BatchGetImage action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
