// Causes the reporter states (issue 17, heldout5 review part 1 class 4, part 2 class 1: h5-009,
// h5-018, h5-142): an Allow already in place puts the Deny, boundary, SCP, session-policy and
// credentials checks first; an SCP named in the text routes to the SCP and drafts no Allow.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const heldout5 = (id: string): string => corpusText('heldout5.jsonl', id)

describe('allow-already-granted', () => {
  it('AmazonEC2ContainerRegistryFullAccess already attached: the checks lead, the Allow is secondary (h5-018)', () => {
    const { f, statements, notes } = analysedOne(heldout5('h5-018'))
    expect(f.traps).toContain('allow-already-granted')
    expect(f.explanation).toMatch(/^The log says an Allow is already in place/)
    for (const check of [
      /explicit Deny/,
      /MultiFactorAuthPresent/,
      /PermissionsBoundary/,
      /service control policy/,
      /session policy/,
      /get-caller-identity/
    ])
      expect(f.explanation).toMatch(check)
    expect(statements.map((s) => s.Action)).toEqual(['ecr:GetAuthorizationToken'])
    expect(notes.split('\n')[0]).toMatch(/^The log says an Allow is already in place/)
  })

  it('"given all the permission to zappa user" (h5-009)', () => {
    const { f } = analysedOne(heldout5('h5-009'))
    expect(f.traps).toContain('allow-already-granted')
  })

  it('"I used Admin" under a CloudFormation S3 refusal (aws-samples/unishop-monolith-to-microservices#47)', () => {
    const { f } = analysedOne(
      'Resource handler returned message: "Access Denied (Service: S3, Status Code: 403, Request ID:XXX, Extended Request ID: XXX" (RequestToken: XXXX, HandlerErrorCode: AccessDenied)\nI used Admin'
    )
    expect(f.traps).toContain('allow-already-granted')
  })

  it('advice to attach a managed policy is no Allow in place (own case)', () => {
    const { f } = analysedOne(
      'To fix it you need to attach AmazonS3FullAccess to the role.\nupload failed: ./a.zip to s3://my-artifacts-111122223333/a.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('allow-already-granted')
  })

  it('an explicit Deny in the message is already the answer', () => {
    // cloud-custodian/cloud-custodian#4736: "I am running as an account administrator".
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetFunction operation: User: arn:aws:iam::111111111111:user/USERNAME is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:111111111111:function:custodian-s3-deny-public-object-acl-realtime with an explicit deny\nI am running as an account administrator (but not root).'
    )
    expect(f.traps).not.toContain('allow-already-granted')
    expect(f.deny).toBe('explicit')
  })
})

describe('scp-stated', () => {
  it('the policy simulator blames an SCP: no Allow, the organization admins (h5-142)', () => {
    const { f, statements, notes } = analysedOne(heldout5('h5-142'))
    expect(f.traps).toContain('scp-stated')
    expect(f.explanation).toMatch(/^The log says a service control policy blocks this/)
    expect(f.fixTarget).toMatchObject({ kind: 'scp', owner: 'org-admin' })
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: the log says a service control policy/)
    // The parsed layer stays as printed: the SCP is named only in prose.
    expect(f.layer).toBeNull()
  })

  it('"caused by SCP rules" after a Terraform S3 refusal (the sentence from hashicorp/terraform-provider-aws#20750; the error line in Terraform wording, own)', () => {
    const { f, statements } = analysedOne(
      'Error: Error putting S3 policy: AccessDenied: Access Denied\n\tstatus code: 403, request id: 8J5B1QW8Z2\nThe problem was caused by SCP rules applied to the AWS Organisation accounts.'
    )
    expect(f.traps).toContain('scp-stated')
    expect(statements).toEqual([])
  })

  it('an SCP mentioned without blaming it is no cause (own case)', () => {
    const { f } = analysedOne(
      '# our SCPs are documented in the wiki\nupload failed: ./a.zip to s3://my-artifacts-111122223333/a.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('scp-stated')
  })
})

describe('a note paragraphs above the error block', () => {
  it('"gave it `Administrator Access` policy", a blank line and a fence away (cloudfoundry/bosh-bootloader#9)', () => {
    const { f } = analysedOne(
      'I created a new AWS user and gave it `Administrator Access` policy. When I use the corresponding secret access id and key I get the following error:\n\n```\nstep: creating keypair\n\n\nUnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id:\n```'
    )
    expect(f.traps).toContain('allow-already-granted')
    // The same words twenty lines above belong to something else.
    const filler = Array.from({ length: 20 }, (_, i) => `step ${i} ok`).join('\n')
    const far = analysedOne(
      `I created a new AWS user and gave it \`Administrator Access\` policy.\n${filler}\nUnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id:`
    )
    expect(far.f.traps).not.toContain('allow-already-granted')
  })
})

// heldout13 review h13-035: administrator access that did not help, and an S3 refusal: the
// bucket's side (its policy's Deny, objects another account owns, its KMS key) leads, no statement.
describe('administrator access said not to help', () => {
  it('h13-035: "I tried giving the role admin access but no change", below a TF_LOG trace', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout13.jsonl', 'h13-035'))
    expect(f.traps).toContain('allow-already-granted')
    expect(f.explanation).toMatch(
      /^The log says an Allow is already in place \("giving the role admin access" in the log\)/
    )
    expect(f.explanation).toMatch(
      /For S3 look at the bucket's side first: a Deny in the bucket policy/
    )
    expect(statements).toEqual([])
    expect(notes).toMatch(/Look first at the bucket's side/)
  })

  it('"The account I am using has full admin access" under Lambda\'s refused code object (aws-samples/aws-codepipeline-bitbucket-integration#11)', () => {
    const { f, statements } = analysedOne(
      '> Your access has been denied by S3, please make sure your request credentials have permission to GetObject for lexlabs3bucketmgmtapps/f4a779b4953357ca1517a6a0e76994f4. S3 Error Code: AccessDenied. S3 Error Message: Access Denied (Service: AWSLambdaInternal; Status Code: 403; Error Code: AccessDeniedException; Request ID: 25909cf8-1365-4872-a6ad-b4e6f21d2001)\n\nThe account I am using has full admin access. Not really sure what to check.'
    )
    expect(f.traps).toContain('allow-already-granted')
    expect(f.explanation).toMatch(/For S3 look at the bucket's side first/)
    expect(statements).toEqual([])
  })

  it('"even as the root user" (own case): no statement either', () => {
    const { f, statements } = analysedOne(
      'upload failed: ./a.zip to s3://acme-artifacts/a.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nIt fails even as the root user.'
    )
    expect(f.traps).toContain('allow-already-granted')
    expect(statements).toEqual([])
  })

  it.each([
    ["I don't have admin access", "I don't have admin access to this account."],
    ['advice to give admin access', 'Ask your admin to give the role the s3 permissions.'],
    ['"not root"', 'We never log in as root here.']
  ])('not for %s (own case)', (_, words) => {
    const { f } = analysedOne(
      `upload failed: ./a.zip to s3://acme-artifacts/a.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n${words}`
    )
    expect(f.traps).not.toContain('allow-already-granted')
  })
})

// heldout14 review (h14-103): administrator rights in other words than the managed policy's name;
// under them an EC2 launch refusal points at what the launch touches, never a RunInstances Allow.
describe('allow-already-granted: administrator rights in other words', () => {
  it('"theoretically granted broad administrative privileges" under a Terraform EC2 launch (h14-103)', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout14.jsonl', 'h14-103'))
    expect(f.traps).toContain('allow-already-granted')
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: the log says administrator access/)
    for (const check of [
      /decode/,
      /service control policy/,
      /iam:PassRole/,
      /KMS key/,
      /ec2:CreateTags/
    ])
      expect(f.explanation).toMatch(check)
  })

  it('"I have an admin access to the user account" (the sentence from QT-DevOps/DevOpsIssues#718, whose error is a screenshot; the error line as h14-103 prints it)', () => {
    const { f, statements } = analysedOne(
      'Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\nI have an admin access to the user account. One which i am trying to execute my terraform file.'
    )
    expect(f.traps).toContain('allow-already-granted')
    expect(statements).toEqual([])
    expect(f.explanation).toMatch(/iam:PassRole.*ec2:CreateTags/s)
  })

  it.each([
    ['AdministratorAccess attached to the deploy user, still refused'],
    ['The role already has broad administrative permissions.'],
    ['the AdministratorAccess policy is already attached']
  ])('%s (own cases)', (words) => {
    const { f } = analysedOne(
      `Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\n${words}`
    )
    expect(f.traps).toContain('allow-already-granted')
  })

  it.each([
    ["I don't have an admin access to this account."],
    ['The user needs to be granted admin privileges first.'],
    ['AdministratorAccess is not attached to the role.'],
    ['Ask an administrator to attach AdministratorAccess.']
  ])('no Allow in place: %s (own counter-cases)', (words) => {
    const { f } = analysedOne(
      `Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.\n${words}`
    )
    expect(f.traps).not.toContain('allow-already-granted')
  })
})
