// An operation printed without its service that several services have (`PutObject`: S3's and
// MediaStore's...): S3's when the log names a bucket, key or S3, or shows S3's own code and
// message (round 9); otherwise every candidate is named and none claimed (issue 10 round 7). Sources in the titles; `own` cases are ours.
import { analysed } from '../diagnose/traps/analysed.js'
import { parseText } from '../parse/parseText.js'

describe('PutObject with no service printed', () => {
  it('aws-deeplens-worker-safety-project#2: `Pushing to S3 failed` places the call in S3', () => {
    const [f] = parseText(
      'Pushing to S3 failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect([f?.operation, f?.inferredAction]).toEqual(['PutObject', 's3:PutObject'])
    expect(f?.inferred?.action?.from).toMatch(/S3/)
  })

  it('own: a bucket named by the tool on the line above', () => {
    const [f] = parseText(
      'Uploading scene.json (Bucket=twinmaker-workspace-123)\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f?.inferredAction).toBe('s3:PutObject')
  })

  it('aws-samples/aws-iot-twinmaker-samples#146: S3’s own code and message place the call in S3', () => {
    const text = [
      '3:32:44 PM | CREATE_FAILED        | AWS::CloudFormation::CustomResource      | TmdtAppiottwinmakerWorkspaceData40DBAECF',
      'Received response status [FAILED] from custom resource. Message returned: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (RequestId: 9b4e4168-57c1-492c-9903-8daa99'
    ].join('\n')
    const [f] = parseText(text)
    expect([f?.operation, f?.service, f?.inferredAction]).toEqual([
      'PutObject',
      null,
      's3:PutObject'
    ])
    expect(f?.inferred?.action?.from).toMatch(/AccessDenied code with its 'Access Denied' message/)
  })

  it('own: a bare PutObject refusal gets the placeholder statement a bare ListObjectsV2 one gets', () => {
    const put = analysed(
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    const list = analysed(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    expect(put.statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:PutObject', 'arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*']
    ])
    expect(list.statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::<BUCKET_NAME>']
    ])
  })

  it('own: another service’s JSON code leaves the candidates named, none claimed', () => {
    const [f] = parseText(
      'An error occurred (AccessDeniedException) when calling the PutObject operation: User is not authorized to access this resource'
    )
    expect([f?.operation, f?.inferredAction ?? null]).toEqual(['PutObject', null])
    expect(f?.explanation).toMatch(/PutObject is an operation of [^)]*\bmediastore\b[^)]*\bs3\b/)
  })

  it('own: an operation only one service has is not listed as ambiguous', () => {
    const [f] = parseText(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    expect(f?.explanation ?? '').not.toContain('is an operation of')
  })
})
