// Issue 17/10 (heldout7 review h7-002, h7-019): Lambda relays a refusal it met in another service
// while acting with the caller's credentials ("Your access has been denied by EC2, ..."). The inner
// service and operation become the inferred action, so the remedy drafts the caller's statement.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { delegatedDenialOf } from '../../src/infer/delegatedDenial.js'
import { logContext as ctx } from '../support/logContext.js'

const actions = (s: { Action?: string | string[] }[]) => s.flatMap((x) => [x.Action ?? []].flat())
const resources = (s: { Resource?: string | string[] }[]) =>
  s.flatMap((x) => [x.Resource ?? []].flat())

describe("Lambda relaying another service's refusal", () => {
  it('h7-002 (Zappa, VPC config): the EC2 read and its VPC companions, Resource "*"', () => {
    const { findings, statements, notes } = analysed(corpusText('heldout7.jsonl', 'h7-002'))
    const f = findings[0]!
    expect(f.inferredAction).toBe('ec2:DescribeSecurityGroups')
    expect(f.action).toBeNull()
    expect(f.resource).toBeNull()
    expect(f.inferred?.companions?.map((c) => c.action)).toEqual([
      'ec2:DescribeSubnets',
      'ec2:DescribeVpcs'
    ])
    expect(actions(statements).sort()).toEqual([
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeSubnets',
      'ec2:DescribeVpcs'
    ])
    expect(resources(statements)).toEqual(['*'])
    expect(notes.join('\n')).toMatch(/Lambda, which used the caller's credentials/)
  })

  it("h7-019 (Copilot via CloudFormation): s3:GetObject on the code package's object", () => {
    const { findings, statements, notes } = analysed(corpusText('heldout7.jsonl', 'h7-019'))
    const f = findings[0]!
    expect(f.code).toBe('AccessDenied')
    expect(f.service).toBe('lambda')
    expect(f.resource).toBeNull()
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:s3:::stackset-app-infrastruc-pipelinebuiltartifactbuc-xyz/manual/scripts/custom-resources/envcontrollerfunction/3ffcf03598029891816b7ce2d1ff14fdd8079af4406a0cfeff1d4aa0109dcd7d.zip'
    )
    expect(actions(statements)).toEqual(['s3:GetObject'])
    expect(resources(statements)[0]).toMatch(
      /^arn:aws:s3:::stackset-app-infrastruc-pipelinebuiltartifactbuc-xyz\/manual\/scripts\/custom-resources\/envcontrollerfunction\//
    )
    expect(notes.join('\n')).toMatch(/caller's credentials/)
  })

  it('a constructed UpdateFunctionCode from S3: the inner read, not lambda:UpdateFunctionCode', () => {
    const { findings, statements } = analysed(
      'An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation: Your access has been denied by S3, please make sure your request credentials have permission to GetObject for my-deploy-bucket/builds/app-v2.zip. S3 Error Code: AccessDenied. S3 Error Message: Access Denied'
    )
    expect(findings[0]!.inferredAction).toBe('s3:GetObject')
    expect(findings[0]!.inferred?.resource?.value).toBe(
      'arn:aws:s3:::my-deploy-bucket/builds/app-v2.zip'
    )
    expect(actions(statements)).toEqual(['s3:GetObject'])
    expect(actions(statements)).not.toContain('lambda:UpdateFunctionCode')
    expect(findings[0]!.inferred?.relayedBy?.value).toBe('lambda')
  })

  it('the sentence quoted in prose, with no error code around, changes nothing', () => {
    const prose =
      'The docs say Lambda may answer "Your access has been denied by S3, please make sure your request credentials have permission to GetObject for my-bucket/app.zip." when the bucket is elsewhere.'
    expect(delegatedDenialOf(ctx(prose))).toBeNull()
    for (const f of analyzeText(prose).findings) {
      expect(f.inferredAction).not.toBe('s3:GetObject')
      expect(f.inferred?.resource).toBeUndefined()
    }
  })

  it.each([
    [
      'the inner code labelled by another service',
      'Your access has been denied by S3, please make sure your request credentials have permission to GetObject for b/k.zip. EC2 Error Code: AccessDenied.'
    ],
    [
      'a service no rule knows (no guessed prefix)',
      'Your access has been denied by KMS, please make sure your request credentials have permission to Decrypt for key. KMS Error Code: AccessDeniedException.'
    ]
  ])('no inference for %s', (_, line) => {
    expect(delegatedDenialOf(ctx(line))).toBeNull()
  })

  it('a masked or malformed S3 target gives the action but no resource', () => {
    const got = delegatedDenialOf(
      ctx(
        'S3 Error Code: AccessDenied. S3 Error Message: Access Denied',
        'Your access has been denied by S3, please make sure your request credentials have permission to GetObject for ***/app.zip.'
      )
    )
    expect(got?.action.value).toBe('s3:GetObject')
    expect(got?.resource).toBeNull()
  })
})
