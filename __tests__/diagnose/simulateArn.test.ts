import { simulateArn } from '../../src/diagnose/simulateArn.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

/** The `--resource-arns` value of the simulate command an explanation gives. */
function simulated(text: string): string | undefined {
  const e = analyzeText(text).findings[0]!.explanation
  return /--resource-arns (\S+?)`/.exec(e)?.[1]
}

describe('simulateArn: the resource the action is authorised against', () => {
  it('names the object ARN for an object action when only the bucket is known', () => {
    expect(simulateArn('s3:GetObject', 'arn:aws:s3:::pentest27').arn).toBe(
      'arn:aws:s3:::pentest27/<OBJECT_NAME>'
    )
    expect(simulateArn('s3:PutObject', 'arn:aws:s3:::b').why).toMatch(/object ARN, not/)
  })

  it('names the bucket ARN for a bucket action when an object was printed', () => {
    expect(simulateArn('s3:ListBucket', 'arn:aws:s3:::b/logs/2024/a.gz').arn).toBe('arn:aws:s3:::b')
  })

  it('counter-case: an ARN of the action’s own type is kept as printed, with nothing said', () => {
    expect(simulateArn('s3:GetObject', 'arn:aws:s3:::b/k.zip')).toEqual({
      arn: 'arn:aws:s3:::b/k.zip',
      why: null
    })
    expect(simulateArn('s3:ListBucket', 'arn:aws:s3:::b')).toEqual({
      arn: 'arn:aws:s3:::b',
      why: null
    })
  })

  it("generalises to other services through the catalog's resource types", () => {
    // dynamodb:GetItem takes the table; an index ARN printed by Query is cut to its table.
    expect(
      simulateArn('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/t/index/i').arn
    ).toBe('arn:aws:dynamodb:us-east-1:111122223333:table/t')
    expect(simulateArn('sqs:SendMessage', null).arn).toBe(
      'arn:aws:sqs:<REGION>:<ACCOUNT_ID>:<QUEUE_NAME>'
    )
    expect(simulateArn('sts:GetCallerIdentity', null).arn).toBe('*')
  })

  it('with no known action, gives the object form and says the bucket form for bucket actions', () => {
    const s = simulateArn(null, 'arn:aws:s3:::pentest27')
    expect(s.arn).toBe('arn:aws:s3:::pentest27/<OBJECT_KEY>')
    expect(s.why).toContain('bucket ARN arn:aws:s3:::pentest27')
    expect(simulateArn(null, null).arn).toBe('RESOURCE_ARN')
  })
})

describe('the bare S3 explanation simulates on the matching ARN', () => {
  it('h12-173: the Greengrass artifact download is simulated on the object its s3:// URL names', () => {
    // The message's advice names s3:GetObject (src/infer/advisedGrant.ts): the URL's key is kept.
    const arn = simulated(corpusText('heldout12.jsonl', 'h12-173'))
    expect(arn).not.toBe('arn:aws:s3:::pentest27')
    expect(arn).toBe('arn:aws:s3:::pentest27/nucleus/281/aws.greengrass.nucleus.zip')
  })

  it('h12-099: an inferred s3:GetObject with no resource names an object ARN, not RESOURCE_ARN', () => {
    expect(simulated(corpusText('heldout12.jsonl', 'h12-099'))).toBe(
      "'arn:aws:s3:::<BUCKET_NAME>/<OBJECT_NAME>'"
    )
  })

  it('a HeadObject the log names no bucket for (aws-samples/service-catalog-engine-for-terraform-os#81)', () => {
    // As printed in the issue (Service Catalog's Terraform engine launching a product).
    const text =
      'Could not download artifact S3://sc-bb8a97221778f3a88404ef6b472ecccf-us-east-2/out/31e1fb34acfe78135ae8efa7a879be72/18fb769de1b5769789b705b77b1620d1-985f42732ee0bdc5caafb73afc91eda3dd528ebd3d90279e7b53221b1f0af9a2-ec1c35936c831cd9be8702804ce713fe5e635582f06a0485b1b8e938f928a6d5-1708651327111-2ad3fd57-06f0-4731-a340-9325919e0093 using launch role <ROLE_ARN>: Failed to execute API: HeadObject with request Id: 4JG52CXYX68VVVJA: An error occurred (403) when calling the HeadObject operation: Forbidden\nfailed to run commands: exit status '
    const e = analyzeText(text).findings[0]!.explanation
    expect(e).toContain(
      "--action-names s3:GetObject --resource-arns 'arn:aws:s3:::<BUCKET_NAME>/<OBJECT_NAME>'"
    )
    expect(e).not.toContain('RESOURCE_ARN')
  })

  it('counter-case: a printed object key stays the simulated resource (aws/aws-cli#813)', () => {
    const text =
      'upload failed: ./baz to s3://mybucket/foo/bar/baz A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied'
    expect(simulated(text)).toBe('arn:aws:s3:::mybucket/foo/bar/baz')
  })
})
