// heldout52–53's refusals the engine missed or misread on their unseen score (issue 10, session
// 36): services' own sentences for a role, an image, a trigger, a crawler's target and a loader's
// source; an unsigned request to Neptune; a writer's own S3 server; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h52 = (id: string) => corpusText('heldout52.jsonl', id)
const h53 = (id: string) => corpusText('heldout53.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('services’ own sentences', () => {
  it('h52-014 (aws/aws-cdk#27007): Lambda may not pull a container image', () => {
    expect(read(h52('h52-014'))).toEqual([
      ['denial', 'lambda-image-permission', null, 'lambda', null]
    ])
  })

  it('h52-019 (Motiva-AI/stepwise#22): Step Functions names itself, not the role', () => {
    expect(parseText(h52('h52-019')).map((f) => [f.grammar, f.detail.assumer])).toEqual([
      ['service-cannot-use-role', 'states.amazonaws.com']
    ])
  })

  it('h53-025 (aws-cloudformation/cloudformation-coverage-roadmap#1921): a Glue crawler’s S3 target', () => {
    expect(
      parseText(h53('h53-025')).map((f) => [f.grammar, f.service, f.detail.crawlerTarget])
    ).toEqual([['glue-crawler-target', 's3', 's3://path/to/data']])
  })

  it('h53-016 (aws-samples/aws-bookstore-demo-app#58): Neptune’s loader could not list its S3 source', () => {
    expect(read(h53('h53-016'))).toEqual([['denial', 'neptune-loader-s3', null, 's3', null]])
  })

  it('own: a Cognito trigger refused as the console reports it', () => {
    expect(
      parseText('PreSignUp invocation failed due to error AccessDeniedException.').map((f) => [
        f.grammar,
        f.code,
        f.detail.cognitoTrigger
      ])
    ).toEqual([['cognito-trigger-permission', 'AccessDeniedException', 'PreSignUp']])
  })

  it('own: another failure of the same trigger is no refusal', () => {
    expect(read('PreSignUp invocation failed due to error TimeoutException.')).toEqual([])
  })
})

describe('credentials and look-alikes', () => {
  it('h53-014 (aws-samples/amazon-neptune-samples#118): Neptune answering an unsigned request', () => {
    expect(read(h53('h53-014'))).toEqual([
      ['credentials', 'neptune-unsigned-request', 'AccessDeniedException', null, 'not-sigv4']
    ])
  })

  it('h53-006 (awspring/spring-cloud-aws#1535): the Java SDK v2’s web identity provider with no token file', () => {
    expect(read(h53('h53-006'))).toEqual([
      ['credentials', 'no-credentials-sdk', null, null, 'web-identity-token-file']
    ])
  })

  it('h53-038 (boto/boto3#2967): a writer’s on-prem S3 server answering `Forbidden` is not AWS', () => {
    expect(read(h53('h53-038'))).toEqual([])
  })
})

describe('a service named by a tool’s words around the error', () => {
  it('h52-003 (aws/chalice#725): PynamoDB’s `on table (NAME) when calling the DescribeTable operation` is DynamoDB', () => {
    expect(parseText(h52('h52-003')).map((f) => f.service)).toEqual(['dynamodb'])
  })

  it('h53-034 (boto/boto3#4138): a bucket said to be requester-pays leads with the flag', () => {
    expect(parseText(h53('h53-034'))[0]?.inferred?.signals?.['foreign-bucket']?.value).toBe(
      'requester-pays:'
    )
  })

  it('own: requester pays said to be off is no such bucket', () => {
    expect(
      parseText(
        'Requester Pays is disabled on this bucket.\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
      )[0]?.inferred?.signals?.['foreign-bucket']
    ).toBeUndefined()
  })
})
