// heldout12 second review (issue 17), h12-173: a message whose own advice names the action (`a
// policy granting s3:GetObject`) and prints the object's s3:// URL drafts that action on that object.
import { advisedGrantAction } from '../../src/infer/advisedGrant.js'
import { only } from '../diagnose/analyze.js'
import { corpusText } from '../support/corpusRecords.js'

describe("the tool's advice names the action", () => {
  it('h12-173 (AWS IoT Greengrass deployment status): s3:GetObject on the artifact object', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-173'))
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:s3:::pentest27/nucleus/281/aws.greengrass.nucleus.zip'
    )
  })

  it.each([
    // The same Greengrass message for a GetObject download (github-file:find_string#8843059690).
    [
      'S3 GetObject returns 403 Access Denied. Ensure the IAM role associated with the core device has a policy granting s3:GetObject',
      's3:GetObject'
    ],
    // Its bucket-location lookup before the download, the message as the downloader joins it.
    [
      'S3 GetBucketLocation returns 403 Access Denied. Ensure the IAM role associated with the core device has a policy granting s3:GetBucketLocation',
      's3:GetBucketLocation'
    ]
  ])('%s → %s', (text, action) => {
    expect(advisedGrantAction(text, null)?.value).toBe(action)
  })

  it.each([
    // Counter-cases: a wildcard is no one call; an action of another service than the denial's;
    // a name the catalog does not know; a policy document's Action field is not advice.
    ['Ensure the role has a policy granting s3:* on the bucket', null],
    ['Ensure the role has a policy granting kms:Decrypt', 's3'],
    ['Ensure the role has a policy granting s3:FetchObject', null],
    ['"Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"', null],
    // aws-greengrass/aws-greengrass-nucleus#1291: an IoT policy's action, which IAM does not know.
    [
      "getDeploymentConfiguration API returned 403 access denied. Please make sure core device's IoT policy grants greengrass:GetDeploymentConfiguration",
      null
    ]
  ])('%s (service %s) → none', (text, service) => {
    expect(advisedGrantAction(text, service)).toBeNull()
  })
})
