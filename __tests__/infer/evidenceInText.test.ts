// Issue 17 (heldout6 review, D2: h6-058, h6-098, h6-148, h6-158): the text around a bare refusal
// names the call, and the remedy uses it instead of "see CloudTrail": an AWS CLI command's service
// and arguments, a JS SDK call, Terraform's S3 backend reading state, a Spot Fleet request and the
// role it passes.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

const actions = (s: { Action?: string | string[] }[]) => s.flatMap((x) => [x.Action ?? []].flat())
const resources = (s: { Resource?: string | string[] }[]) =>
  s.flatMap((x) => [x.Resource ?? []].flat())

describe('evidence in the text', () => {
  it.each([
    [
      'the review case h6-058 (command quoted above the error)',
      corpusText('heldout6.jsonl', 'h6-058')
    ],
    [
      // Constructed: the same call at a shell prompt, the output below it.
      'a prompt',
      '$ aws s3api put-object --bucket my-bucket --key data/file.txt --body local-file.txt\n\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ]
  ])('aws s3api put-object --bucket --key: %s', (_, text) => {
    const { findings, statements } = analysed(text)
    expect(findings[0]!.inferredAction).toBe('s3:PutObject')
    expect(actions(statements)).toContain('s3:PutObject')
    expect(resources(statements)).toContain('arn:aws:s3:::my-bucket/data/file.txt')
  })

  it('prose that merely names the CLI is no command', () => {
    const { findings, statements } = analysed(
      'I use the aws cli for everything.\n\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    // S3's own code and message say S3 (round 9); no command says which bucket or key.
    expect(findings[0]!.inferred?.action?.from ?? '').not.toMatch(/command/)
    expect(resources(statements)).toEqual(['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'])
  })

  it.each([
    // Loading a state lists the workspaces first (the backend's StateMgr calls Workspaces, a
    // ListObjects, before the read: heldout23's unseen-logs review, u25-001).
    ['the review case h6-158', corpusText('heldout6.jsonl', 'h6-158'), 's3:ListBucket'],
    [
      // turnbullpress/tfb-code#7
      'terraform init',
      'Initializing the backend...\nError loading state: AccessDenied: Access Denied\n\tstatus code: 403, request id: EB27C9DF81B43C09, host id: JYmK6VDsxNYghYRNIWOpbJYT+lyaCaMb+YuQueiq+JMMQnuBw+rsfQqroFm5AwN2ar5ipLFPl8w=',
      's3:ListBucket'
    ],
    [
      // hashicorp/terraform#27466
      'refreshing state',
      'Successfully configured the backend "s3"! Terraform will automatically\nuse this backend unless the backend configuration changes.\nError refreshing state: AccessDenied: Access Denied\n\tstatus code: 403, request id: 32C5F7ACFD08498D, host id: w4Y6W9kQKM22x/10sAtzqpzr3oOBFHVuCxqDL2VdC0PdcFgettFtIYp+w6ys7x3M8agmGrJ8z/Q=',
      's3:GetObject'
    ]
  ])(
    "Terraform's S3 backend reading state (%s): the call and the backend's whole set",
    (_, text, action) => {
      const { findings, statements, notes } = analysed(text)
      expect(findings[0]!.inferredAction).toBe(action)
      expect(findings[0]!.traps).toContain('terraform-state-backend')
      expect(actions(statements)).toContain('s3:GetObject')
      expect(notes.join('\n')).toMatch(/s3:ListBucket on the bucket/)
    }
  )

  it.each([
    ['the review case h6-098 (Coalfire-Research/npk#148)', corpusText('heldout6.jsonl', 'h6-098')],
    [
      // The wording of c6fc/npk#30's Lambda log, with the refusal of npk#148.
      "npk's Lambda log",
      'Failed to request spot fleet. UnauthorizedOperation: You are not authorized to perform this operation.'
    ]
  ])(
    'a Spot Fleet request (%s): RequestSpotFleet and iam:PassRole of the fleet role',
    (_, text) => {
      const { statements } = analysed(text)
      expect(actions(statements)).toEqual(
        expect.arrayContaining(['ec2:RequestSpotFleet', 'iam:PassRole'])
      )
      const pass = statements.find((s) => actions([s]).includes('iam:PassRole'))!
      expect(pass.Condition).toEqual({
        StringEquals: { 'iam:PassedToService': 'spotfleet.amazonaws.com' }
      })
      // The request's ID does not exist before the call: never a placeholder for it.
      expect(resources(statements)).toContain(
        'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:spot-fleet-request/*'
      )
    }
  )

  it('a JS SDK v2 call shown above the error names the action (sqs.sendMessage)', () => {
    const { findings } = analysed(
      // Constructed after jeremydaly/serverless-cloudside-plugin#5 (h6-148), the call right above.
      'const res = await sqs.sendMessage(params).promise();\nAccessDenied: Access to the resource https://sqs.eu-west-1.amazonaws.com/123456789012/orders is denied.'
    )
    expect(findings[0]!.inferredAction).toBe('sqs:SendMessage')
  })

  it('a lower-case variable that is no service names nothing', () => {
    const { findings } = analysed(
      'const res = await queue.sendMessage(params).promise();\nAccessDenied: Access to the resource https://sqs.eu-west-1.amazonaws.com/123456789012/orders is denied.'
    )
    expect(findings[0]!.inferredAction).toBeNull()
  })
})
