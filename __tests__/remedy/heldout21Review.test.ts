// heldout21's expert review (issue 17, session 23): the wrong findings on logs nobody here had
// seen, each with the corpus text it was found on and counter-cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

const h21 = (id: string) => corpusText('heldout21.jsonl', id)
const one = (text: string) => {
  const { findings } = analyzeText(text)
  expect(findings).toHaveLength(1)
  return findings[0]!
}

describe("the kubelet's own start-up call is the node role's (review h21-009, h21-010)", () => {
  it.each(['h21-009', 'h21-010'])('%s: the node policy, not the load balancers’ role', (id) => {
    const f = one(h21(id))
    expect(f.inferred?.kubernetesIntegration?.value).toBe('kubelet-cloud-provider')
    expect(f.explanation).toContain("the node's own instance role")
    expect(f.explanation).not.toContain('AmazonEKSClusterPolicy')
    expect(f.explanation).not.toContain('elasticloadbalancing:CreateLoadBalancer')
  })

  it('own counter-case: the controller manager creating a load balancer keeps the control plane’s role', () => {
    const f = one(
      'E0102 10:00:00.000000       1 aws_loadbalancer.go:120] Error creating load balancer (will retry): failed to ensure load balancer for service default/web: UnauthorizedOperation: You are not authorized to perform this operation.'
    )
    expect(f.inferred?.kubernetesIntegration?.value).toBe('aws-cloud-provider')
  })
})

describe('a launch given no instance profile passes no role (review h21-017)', () => {
  it('h21-017 (run-instances --dry-run, encoded): the call itself first, PassRole only if a profile is passed', () => {
    const f = analyzeText(h21('h21-017')).findings[0]!
    expect(f.explanation).toContain('`ec2:RunInstances` needs the call itself first')
    expect(f.explanation).toContain('a launch given no instance profile passes no role')
    expect(f.explanation).not.toContain('The caller needs both')
  })

  it('own counter-case: a call that always passes a role still says both are needed', () => {
    const f = one(
      'An error occurred (UnauthorizedOperation) when calling the CreateFlowLogs operation: You are not authorized to perform this operation.'
    )
    expect(f.explanation).toContain('The caller needs both')
  })
})

describe('a policy pasted above the refusal that already allows it (review h21-052)', () => {
  it("h21-052 (Cognito's role printed as s3:* on *): an Allow exists, the cause is elsewhere", () => {
    const f = one(h21('h21-052'))
    expect(f.inferred?.statedCause?.value).toBe('allow-exists')
    expect(f.explanation).toMatch(/^The log says an Allow is already in place/)
  })

  it('own counter-cases: a statement that does not cover the call, two statements’ fields', () => {
    const refused =
      '2019-05-20 17:56:21.645 E/S3Uploader: Error upload file to S3 bucket : Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 375C07384A904483)'
    const narrow = [
      '- "Effect": "Allow",',
      '- "Action": "s3:GetObject",',
      '- "Resource": "*"',
      '- }',
      refused
    ]
    expect(one(narrow.join('\n')).inferred?.statedCause).toBeUndefined()
    // Read as one, the Deny's `s3:*` would be taken for the Allow's action.
    const two = [
      '"Effect": "Deny",',
      '"Action": "s3:*",',
      '"Resource": "*"',
      '"Effect": "Allow",',
      '"Action": "s3:GetObject",',
      '"Resource": "*"',
      'upload started',
      'uploading photo.jpg',
      'retrying',
      'still failing',
      refused
    ]
    expect(one(two.join('\n')).inferred?.statedCause).toBeUndefined()
  })
})

describe('a caller’s ARN half hidden by the reporter is still a role (review h21-002, h21-004)', () => {
  it('h21-002 (the JetBrains toolkit, the role name deleted): a role whose name is hidden, no user command', () => {
    const f = one(h21('h21-002'))
    expect(f.fixTarget.principalType).toBe('role')
    expect(f.title).toBe(
      'tag:GetResources denied for a role whose name the log hides (ResourceGroupsTaggingApiException)'
    )
    const [remedy] = buildRemedies([f])
    expect(remedy!.renderings.cli).toContain("put-role-policy --role-name '<CALLER_ROLE_NAME>'")
    expect(remedy!.renderings.cli).not.toContain('put-user-policy')
  })

  it('h21-004 (aegea, the head and session elided): the role name the log prints', () => {
    const f = one(h21('h21-004'))
    expect(f.fixTarget).toMatchObject({ principalType: 'role', principalName: 'aegea.launch' })
    expect(buildRemedies([f])[0]!.renderings.cli).toContain(
      "put-role-policy --role-name 'aegea.launch'"
    )
  })

  it('own counter-case: an elided user keeps the user', () => {
    const f = one(
      'An error occurred (AccessDenied) when calling the ListBuckets operation: User: ...:user/ci-bot is not authorized to perform: s3:ListAllMyBuckets'
    )
    expect(f.fixTarget).toMatchObject({ principalType: 'user', principalName: 'ci-bot' })
  })
})

describe("a sync's multipart copy: the command's prefixes and the source read first (review h21-049)", () => {
  it('h21-049 (aws s3 sync, UploadPartCopy refused for four keys): prefixes, the listing, the read first', () => {
    const f = one(h21('h21-049'))
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::permissions-fixed-from-utkbepress/*')
    expect(f.explanation).toContain(
      "the upload was started (CreateMultipartUpload), which the destination's `s3:PutObject` allows, so the source read"
    )
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      // `--acl bucket-owner-full-control` sets each object's ACL: s3:PutObjectAcl too (heldout28 review h28-035).
      [['s3:PutObject', 's3:PutObjectAcl'], 'arn:aws:s3:::permissions-fixed-from-utkbepress/*'],
      ['s3:ListBucket', 'arn:aws:s3:::utkbepress'],
      ['s3:GetObject', 'arn:aws:s3:::utkbepress/archive/trace.tennessee.edu/utk_graddiss/*']
    ])
  })

  it('own counter-case: a single cp’s failed line keeps its one key', () => {
    const f = one(
      'copy failed: s3://src-bucket/a/b.txt to s3://dst-bucket/a/b.txt An error occurred (AccessDenied) when calling the CopyObject operation: Access Denied'
    )
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::dst-bucket/a/b.txt')
  })
})

describe('names that change every run or instance (review h21-048, h21-064)', () => {
  it('h21-048 (a dated extract refused): the file name up to its date, so the next day’s file is allowed too', () => {
    const f = one(h21('h21-048'))
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements[0]!.Resource).toBe(
      'arn:aws:s3:::missionlane-odis-prod-us-east-1/data/B2KCDS300/1T-B2KCDS300.*'
    )
  })

  it('own counter-cases: an undated name keeps its key; a version number is no date', () => {
    const key = (name: string) =>
      buildRemedies([
        one(
          `upload failed: ./${name} to s3://b-bucket/data/${name} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
        )
      ]).flatMap((r) => r.statements)[0]!.Resource
    expect(key('report.avro')).toBe('arn:aws:s3:::b-bucket/data/report.avro')
    expect(key('tool-2.0.1.tar.gz')).toBe('arn:aws:s3:::b-bucket/data/tool-2.0.1.tar.gz')
    expect(key('backup-2024-01-31.tar.gz')).toBe('arn:aws:s3:::b-bucket/data/backup-*')
  })

  it('h21-064 (Terrakube on an EKS node group, the session masked as `i-X`): the pod’s own role', () => {
    const f = one(h21('h21-064'))
    expect(f.traps).toContain('pod-on-node-role')
    expect(f.fixTarget.pod).toEqual({ serviceAccount: null })
  })
})

describe('a run page of a Dependabot pull request (review h21-042)', () => {
  it('h21-042 (a `Bump … from … to …` run): Dependabot’s secrets first', () => {
    const f = one(h21('h21-042'))
    expect(f.inferred?.signals?.['dependabot-run']?.from).toContain(
      'Bump com.puppycrawl.tools:checkstyle'
    )
    expect(f.explanation).toContain('runs Dependabot triggers get only Dependabot secrets')
  })

  it('own counter-case: a person’s “Bump version” title is not Dependabot’s', () => {
    const f = one(
      'Bump version to 1.2\nConfigure AWS Credentials\nCredentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.inferred?.signals?.['dependabot-run']).toBeUndefined()
  })
})

describe("Logstash's S3 input, its settings printed above the error (review h21-014)", () => {
  it('h21-014 (CloudTrail logs under a prefix): the bucket listed, the prefix read; the account folder kept', () => {
    const f = one(h21('h21-014'))
    expect(f.inferred?.s3Wrapper?.value).toBe('logstash-s3-input')
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::cloudtrail.cimsprd'],
      ['s3:GetObject', 'arn:aws:s3:::cloudtrail.cimsprd/AWSLogs/072478573200/CloudTrail/*']
    ])
  })

  it('own counter-case: a Ruby hash with a bucket but no Logstash plugin is not the row', () => {
    const f = one(
      '  config: {bucket=>"my-bucket", region=>"us-east-1"}\n Error: Access Denied\n Exception: Aws::S3::Errors::AccessDenied'
    )
    expect(f.inferred?.s3Wrapper).toBeUndefined()
  })
})

describe('review 2 (h21-052, h21-056): no Allow that repeats one shown; a generated name under a masked stack', () => {
  it('h21-052: the printed `s3:*` on `*` already allows the upload, so nothing is drafted', () => {
    const f = one(h21('h21-052'))
    const [remedy] = buildRemedies([f])
    expect(remedy!.statements).toEqual([])
    expect(remedy!.notes.join('\n')).toMatch(
      /^No statement is proposed: the log shows an Allow already in place/
    )
  })

  it('h21-056 (Serverless, the stack name masked whole): the stack’s placeholder and the logical ID, then `*`', () => {
    const f = one(h21('h21-056'))
    const [remedy] = buildRemedies([f])
    expect(remedy!.statements[0]!.Resource).toBe(
      'arn:aws:iam::<ACCOUNT_ID>:role/<STACK_NAME>-IamRoleCustomResourcesLamb-*'
    )
    expect(remedy!.notes.join('\n')).toContain(
      'Replace <STACK_NAME> with the name of the stack that creates the resource (the log masked it)'
    )
  })

  it('own counter-case: a stack name masked in part is no prefix to keep', () => {
    const f = one(
      'API: iam:CreateRole User: arn:aws:iam::111122223333:user/publisher is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/ab***cd-IamRoleLambdaExecution-55JBAFIF334L'
    )
    const [remedy] = buildRemedies([f])
    expect(JSON.stringify(remedy!.statements)).not.toContain('<STACK_NAME>')
  })
})

describe('an STS refusal whose client names no call (review h21-013)', () => {
  it('h21-013 (a Trino query): the role it assumes first, on both sides', () => {
    const f = one(h21('h21-013'))
    expect(f.explanation).toContain(
      "STS's refusal is most often `sts:AssumeRole` of the role the tool is set to assume"
    )
  })

  it('own counter-case: an STS refusal that names its operation keeps to that call', () => {
    const f = one(
      'An error occurred (AccessDenied) when calling the GetSessionToken operation: Access denied'
    )
    expect(f.explanation).not.toContain('most often `sts:AssumeRole`')
  })
})
