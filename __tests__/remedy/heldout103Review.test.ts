// heldout103–108's expert reviews (issue 17, session 43): what the drafts got wrong or left out, from
// the real excerpts, each with a counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)

describe('a service that could not assume the role it was handed (heldout105 review)', () => {
  it('h105-011: the trust statement names states.amazonaws.com and sts:AssumeRole, never the deploy action', () => {
    const { f, statements, notes } = analysedOne(h('h105-011'))
    expect(f.fixTarget.kind).toBe('trust-policy')
    expect(statements).toEqual([
      expect.objectContaining({
        Principal: { Service: 'states.amazonaws.com' },
        Action: 'sts:AssumeRole'
      })
    ])
    expect(notes).toContain('IAM had not yet propagated it')
  })

  it("own: a role assuming another account's role keeps the caller's trust statement", () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111111111111:assumed-role/ci/s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/deploy'
    )
    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { AWS: 'arn:aws:iam::111111111111:role/ci' },
        Action: 'sts:AssumeRole'
      })
    )
  })
})

describe('an SSM path with an empty sub-path (heldout106 review)', () => {
  it('h106-011: parameter//runner is a value left unset, not a grant to make', () => {
    const { f, statements, notes } = analysedOne(h('h106-011'))
    expect(f.traps).toContain('ssm-parameter-name')
    expect(statements).toEqual([])
    expect(notes).toContain('has an empty sub-path, built from a value that was unset')
  })

  it('own: a path ending in `/` is one GetParametersByPath reads, and is granted', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetParametersByPath operation: User: arn:aws:sts::123456789012:assumed-role/app/s is not authorized to perform: ssm:GetParametersByPath on resource: arn:aws:ssm:eu-west-1:123456789012:parameter/app/prod/ because no identity-based policy allows the ssm:GetParametersByPath action'
    )
    expect(f.traps).not.toContain('ssm-parameter-name')
    expect(statements).toHaveLength(1)
  })
})

describe("an SCP's explicit Deny beside the writer's Allow (heldout103 review)", () => {
  it('h103-018: the SCP leads; the "Allow already in place" reading does not apply', () => {
    const { f } = analysedOne(h('h103-018'))
    expect(f.traps).not.toContain('allow-already-granted')
    expect(f.explanation).toMatch(/^A Deny in a service control policy/)
  })

  it("own: an implicit refusal beside the writer's Allow keeps that reading", () => {
    const { f } = analysedOne(
      'The role already has s3:PutObject in its policy, but:\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/ci/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.traps).toContain('allow-already-granted')
  })
})

describe('a CodeBuild build losing its role under sudo (heldout103 review)', () => {
  it("h103-016: CodeBuild's variable and sudo -E, not an ECS task definition", () => {
    const { f } = analysedOne(h('h103-016'))
    expect(f.explanation).toMatch(/^This runs inside a CodeBuild build\./)
    expect(f.explanation).toContain('sudo --preserve-env=AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')
    expect(f.explanation).not.toContain('taskRoleArn')
  })

  it('own: the variable named without CodeBuild is still an ECS task', () => {
    const { f } = analysedOne(
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set\nUnable to locate credentials. You can configure credentials by running "aws configure".'
    )
    expect(f.explanation).toContain('taskRoleArn')
  })
})

describe('a service named by its product name (heldout103 review)', () => {
  it("h103-014: AWS CodeBuild pulling its build image is the repository policy's, for codebuild.amazonaws.com", () => {
    const { f, statements } = analysedOne(h('h103-014'))
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(statements[0]!.Principal).toEqual({ Service: 'codebuild.amazonaws.com' })
    expect(statements[0]!.Action).toEqual([
      'ecr:BatchCheckLayerAvailability',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer'
    ])
  })

  it('own: a product not in the table stays a name, not a guessed principal', () => {
    const { f } = analysedOne(
      'AWS Frobnicator is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
    )
    expect(JSON.stringify(f.fixTarget)).not.toContain('amazonaws.com')
  })
})

describe('tags at key creation (heldout107 review)', () => {
  it("h107-021: a key ID of zeros is KMS's stand-in for the key being made, so `key/*`", () => {
    const { statements, notes } = analysedOne(h('h107-021'))
    expect(statements.map((s) => s.Resource)).toEqual(['arn:aws:kms:us-west-2:<ACCOUNT_ID>:key/*'])
    expect(notes).toContain('the key ID of zeros is what KMS checks tags against')
  })

  it("h107-023: KMS's `You don't have the kms:TagResource permission` is no writer's Allow", () => {
    const { f, statements } = analysedOne(h('h107-023'))
    expect(f.traps).not.toContain('allow-already-granted')
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'kms:TagResource',
        Resource: 'arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/*'
      })
    ])
  })

  it("own: a real key's ID is kept", () => {
    const { statements } = analysedOne(
      'AccessDeniedException: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:TagResource on resource: arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
  })

  it("own: the writer's own `I have kms:TagResource in the policy` still counts as an Allow named", () => {
    const { f } = analysedOne(
      'I have kms:TagResource allowed in the role policy, yet:\nAccessDeniedException: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:TagResource on resource: arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:TagResource action'
    )
    expect(f.traps).toContain('allow-already-granted')
  })
})

describe('names the log prints, kept (heldout105–106 reviews)', () => {
  it("h106-007: the Glue database a processing job creates, from `Error creating database '…'`", () => {
    const { statements } = analysedOne(h('h106-007'))
    expect(statements[0]!.Resource).toContain(
      'arn:aws:glue:us-west-2:726167300549:database/sagemaker_processing'
    )
  })

  it("h105-006: Karpenter's fleet launch hands the node role to EC2, so PassRole is limited to it", () => {
    const { statements } = analysedOne(h('h105-006'))
    expect(statements[0]!.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' }
    })
  })

  it('own: a PassRole refusal with no launch in the log names no service', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::123456789012:assumed-role/deploy/s is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/app because no identity-based policy allows the iam:PassRole action'
    )
    expect(JSON.stringify(statements)).not.toContain('ec2.amazonaws.com')
  })
})

describe('the command shown below the error it printed (heldout109 review)', () => {
  it('h109-025: `--no-sign-request` on the aws command under the quoted error: an anonymous caller', () => {
    const { f, statements } = analysedOne(h('h109-025'))
    expect(f.traps).toContain('unsigned-request-refused')
    expect(f.fixTarget.description).toBe(
      'the resource policy of arn:aws:s3:::overturemaps-us-west-2'
    )
    expect(JSON.stringify(statements)).not.toContain('<BUCKET_NAME>')
  })

  it('own: the switch in prose below the error ("without --no-sign-request") is no command', () => {
    const { f } = analysedOne(
      'fatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\nI ran it without --no-sign-request, as the README says.'
    )
    expect(f.traps).not.toContain('unsigned-request-refused')
  })
})

describe('a test plan expecting the refusal (heldout106 review)', () => {
  it('h106-023: `expected: the base user is denied` marks it intended, nothing drafted', () => {
    const { f, statements } = analysedOne(h('h106-023'))
    expect(f.traps).toContain('intended-denial')
    expect(statements).toEqual([])
  })
})

describe('a role assuming itself (heldout108 review)', () => {
  it("h108-021: the trust statement names the role's own ARN with its path", () => {
    const { statements } = analysed(h('h108-021'))
    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { AWS: 'arn:aws:iam::299544290090:role/service/<ROLE_NAME>' },
        Action: 'sts:AssumeRole'
      })
    )
  })

  it('own: a pathless role assuming itself keeps its plain ARN', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::123456789012:assumed-role/deploy/s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy'
    )
    expect(statements).toContainEqual(
      expect.objectContaining({ Principal: { AWS: 'arn:aws:iam::123456789012:role/deploy' } })
    )
  })
})

describe('Lambda (heldout110 review)', () => {
  it('h110-013: lambda:TagResource on the function being created, not a capacity provider', () => {
    const { statements } = analysedOne(h('h110-013'))
    const tagging = statements.find((s) => [s.Action].flat().includes('lambda:TagResource'))
    expect(tagging?.Resource).toBe('arn:aws:lambda:<REGION>:<ACCOUNT_ID>:function:<FUNCTION_NAME>')
  })

  it('h110-017: a public function URL keeps direct invocation closed', () => {
    const { notes } = analysedOne(h('h110-017'))
    expect(notes).toContain('`lambda:InvokeFunction` with `lambda:InvokedViaFunctionUrl` `true`')
  })
})

describe("a DynamoDB-compatible store's own authorization (heldout113)", () => {
  it("h113-008 (scylladb/scylladb#25038): ScyllaDB's Alternator, not AWS, said so", () => {
    const { f } = analysedOne(h('h113-008'))
    expect(f.inferred?.signals?.['local-emulator']?.value).toBe('emulator')
  })

  it('own: an invalid token with nothing of an emulator around keeps no such signal', () => {
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the CreateTable operation: The security token included in the request is invalid.'
    )
    expect(f.inferred?.signals?.['local-emulator']).toBeUndefined()
  })
})

describe('StackSets called from a delegated administrator (heldout112)', () => {
  it('h112-014: CallAs DELEGATED_ADMIN, no statement', () => {
    const { f, statements, notes } = analysedOne(h('h112-014'))
    expect(f.fixTarget.kind).toBe('workflow')
    expect(statements).toEqual([])
    expect(notes).toContain('--call-as DELEGATED_ADMIN')
  })
})
