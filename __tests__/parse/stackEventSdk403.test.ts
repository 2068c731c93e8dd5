// A failed stack event whose reason keeps only the Java SDK's label and a 403 (rule WD824): the
// label names the service, the status is no code; any message on the line that says more wins.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('a failed stack event with only the SDK label and a 403', () => {
  it('cdk deploy, the event as the issue title shortened it (held-out h8-146)', () => {
    const [f, ...rest] = parseText(corpusText('heldout8.jsonl', 'h8-146'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: null, service: 's3', action: null })
  })

  it('aws-samples/aws-cdk-examples#1022 (comment): the label lower-cased after `Access Denied`', () => {
    const [f, ...rest] = parseText(
      'Looks like my issue is slightly different. CREATE_FAILED - Access Denied (Service: s3, status code: 403)'
    )
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: null, service: 's3' })
  })

  it('own: a credentials message on the line is read as such, not as a refusal', () => {
    const [f, ...rest] = parseText(
      'UPDATE_FAILED | AWS::Lambda::Function | The security token included in the request is invalid (Service: Lambda, Status Code: 403, Request ID: 0f6a4a3c-8f32-4c6c-9a2b-7d0a8f0e1c11)'
    )
    expect(rest).toEqual([])
    expect(f!.kind).toBe('credentials')
  })

  it.each([
    [
      'own: another status than 403',
      'CREATE_FAILED | AWS::S3::Bucket | (Service: S3, Status Code: 409)'
    ],
    [
      'own: a 403 label with no failed event on its line',
      'CREATE_FAILED | AWS::S3::BucketPolicy | see below\nthe docs list (Service: S3, Status Code: 403) among the answers'
    ],
    [
      'own: a stack that completed',
      'CREATE_COMPLETE | AWS::S3::BucketPolicy | (Service: S3, Status Code: 403)'
    ]
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
