// heldout23's expert review (issue 17, session 25): the wrong findings on logs nobody here had
// seen, each with the corpus text it was found on and counter-cases of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h23 = (id: string) => corpusText('heldout23.jsonl', id)
const resourcesOf = (statements: { Resource?: string | string[] }[]) =>
  statements.flatMap((s) => [s.Resource ?? []].flat())

describe('a name made per run is no hash (review h23-001)', () => {
  it("h23-001: the digits inside a state machine's commit hash are not an epoch time", () => {
    const { statements, notes } = analysedOne(h23('h23-001'))
    expect(resourcesOf(statements).filter((r) => r.includes('64bd*'))).toEqual([])
    expect(notes).not.toContain('epoch time')
  })

  it('own counter-case: an epoch time after a name still gives its stable prefix', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetExecutionHistory operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: states:GetExecutionHistory on resource: arn:aws:states:eu-west-1:123456789012:execution:nightly-load:run-1700000000 because no identity-based policy allows the states:GetExecutionHistory action'
    )
    expect(resourcesOf(statements).some((r) => /execution:nightly-load:run-\*$/.test(r))).toBe(true)
  })
})

describe('Identity Center in a key or trust policy by its account (review h23-002)', () => {
  it('h23-002: the permission set must allow the call too', () => {
    const { notes } = analysedOne(h23('h23-002'))
    expect(notes).toContain(
      'the permission set `modernisation-platform-developer` must allow the call too'
    )
  })
})

describe("a writer's stand-in key ID (review h23-005)", () => {
  it('h23-005: `0123456789abcdef` is no KMS key ID: a placeholder, never pasted', () => {
    const { statements, notes } = analysedOne(h23('h23-005'))
    expect(resourcesOf(statements).filter((r) => r.includes('0123456789abcdef'))).toEqual([])
    expect(resourcesOf(statements).some((r) => r.endsWith('key/<KEY_ID>'))).toBe(true)
    expect(notes).toContain('is no key ID')
  })

  it('own counter-case: a UUID key ID is kept as printed', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action'
    )
    expect(resourcesOf(statements)).toContain(
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
  })
})

describe('a pod on the node role the writer named so (review h23-012)', () => {
  it('h23-012: `<REDACTED-NODE-ROLE>` is the node role: the pod needs its own', () => {
    const { f } = analysedOne(h23('h23-012'))
    expect(f.traps).toContain('pod-on-node-role')
    expect(f.explanation).toContain('the role the log calls the node role')
  })

  it('own counter-case: a masked role that says nothing of nodes is no node role', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::<REDACTED>:assumed-role/<REDACTED-APP-ROLE> is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::logs/x" because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.traps).not.toContain('pod-on-node-role')
  })
})

describe('a service refusing the account, not a principal (review h23-017)', () => {
  it('h23-017 (aws-deadline/deadline-cloud#732): contact AWS Support, no Allow of CreateJob', () => {
    const { f, statements } = analysedOne(h23('h23-017'))
    expect(f.traps).toContain('account-level-block')
    expect(f.explanation).toContain('AWS Support')
    expect(statements).toEqual([])
  })
})

describe("Organizations' own calls are delegated by policy (review h23-021)", () => {
  it('h23-021: CreatePolicy through the delegation policy, not register-delegated-administrator', () => {
    const { f, notes } = analysedOne(h23('h23-021'))
    const said = `${f.explanation}\n${notes}`
    expect(said).toContain('put-resource-policy')
    expect(said).not.toMatch(/register-delegated-administrator --account-id/)
  })

  it("own: a read-only call may come through a service's delegated administrator too", () => {
    const { f } = analysedOne(
      "An error occurred (AccessDeniedException) when calling the ListAccounts operation: You don't have permissions to access this resource."
    )
    expect(f.explanation).toContain('register-delegated-administrator')
    expect(f.explanation).toContain('put-resource-policy')
  })
})

describe("a README's braces are its placeholders (review h23-051)", () => {
  it('h23-051 (DataBiosphere/azul): no malformed-name verdict, no literal `{deployment_stage}`', () => {
    const { findings, statements } = analysed(h23('h23-051'))
    expect(findings.flatMap((f) => f.traps)).not.toContain('ssm-parameter-name')
    expect(JSON.stringify(statements)).not.toContain('{deployment_stage}')
    expect(JSON.stringify(statements)).toContain('<DEPLOYMENT_STAGE>')
  })
})

describe('the role a creating call hands over (review h23-050)', () => {
  it('h23-050: eks:CreateCluster is followed by iam:PassRole on the cluster role', () => {
    const { findings, statements } = analysed(h23('h23-050'))
    expect(findings.some((f) => f.traps.includes('iam-passrole'))).toBe(true)
    expect(statements.some((s) => [s.Action].flat().includes('iam:PassRole'))).toBe(true)
  })
})

describe("an IaC tool's reads after its refused read (review h23-057)", () => {
  it('h23-057: GetRole comes with the role policy listings, GetPolicy with its version', () => {
    const { statements } = analysed(h23('h23-057'))
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions).toEqual(
      expect.arrayContaining([
        'iam:ListRolePolicies',
        'iam:ListAttachedRolePolicies',
        'iam:GetPolicyVersion'
      ])
    )
  })
})

describe('second review: what the log states, used (review 2: h23-024, h23-018, h23-026)', () => {
  it("h23-024: Service Catalog's launch role: its trust, no Allow of the caller", () => {
    const { f, statements } = analysedOne(h23('h23-024'))
    expect(f.traps).toContain('role-assumer-trust')
    expect(f.explanation).toContain('servicecatalog.amazonaws.com')
    expect(f.explanation).toContain('AmazonSageMakerServiceCatalogProductsLaunchRole')
    expect(statements).toEqual([])
  })

  it("h23-018: the bucket ParallelCluster names is the statement's", () => {
    const { statements } = analysedOne(h23('h23-018'))
    expect(resourcesOf(statements)).toEqual(['arn:aws:s3:::parallelcluster-jnsa236su0cc22n6'])
  })

  it("h23-026: EC2's service-linked-role code drafts no Allow of the call the tool names", () => {
    const { f, statements } = analysedOne(h23('h23-026'))
    expect(f.traps).toContain('service-linked-role')
    expect(f.explanation).toContain('spot.amazonaws.com')
    expect(statements).toEqual([])
  })
})

describe("third review, on unseen logs: Terraform's S3 backend and AFT's own tables", () => {
  // hashicorp/terraform#18053 (heldout23's unseen-logs check, u25-003), as printed.
  const init =
    'Initializing the backend...\nError loading state: AccessDenied: Access Denied\n\tstatus code: 403, request id: 1D5E1B2C3A4F5E6D, host id: abc'

  it("loading a state is the workspaces listing, and the backend syntax is 1.6's attribute", () => {
    const { findings } = analysed(init)
    const f = findings[0]!
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(f.explanation).toContain('`assume_role = { role_arn = "…" }`')
    expect(f.explanation).not.toContain('assume_role { role_arn')
    // HeadBucket answers 403 both ways: the owner's listing tells.
    expect(f.explanation).toContain('aws s3api list-buckets')
    expect(f.explanation).not.toContain('--expected-bucket-owner')
  })

  it("h23-023 (aws-ia/terraform-aws-control_tower_account_factory#109): AFT's own table", () => {
    const { f, statements } = analysedOne(h23('h23-023'))
    expect(f.explanation).toContain("one of AFT's own tables")
    expect(f.explanation).not.toContain('would land in the wrong account')
    expect(statements).toEqual([])
  })

  it('anomalyco/sst#1328 (u25-008): the Region printed before the elision stays in the ARN', () => {
    const { statements } = analysedOne(
      'Preparing your SST app\nDeploying stacks\nAccessDenied: User: arn:aws:sts::0...9:assumed-role/GitlabRunner/... is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-2:... because no identity-based policy allows the cloudformation:DescribeStacks action'
    )
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:cloudformation:eu-west-2:<ACCOUNT_ID>:stack/<STACK_NAME>/*'
    ])
  })

  it('ministryofjustice/modernisation-platform#12163 (u25-007): the metric filter read back', () => {
    const { statements } = analysedOne(
      'Error: putting CloudWatch Logs Metric Filter (): operation error CloudWatch Logs: PutMetricFilter, https response error StatusCode: 400, RequestID: bb4efab8-3301-4a57-a183-36628386872f, api error AccessDeniedException: User: arn:aws:sts::771283872747:assumed-role/circleci_iam_role/circleci-oidc-session is not authorized to perform: logs:PutMetricFilter on resource: arn:aws:logs:eu-west-2:771283872747:log-group:dms-tasks-dpr-dms-dps-activities-instance-development:log-stream: because no identity-based policy allows the logs:PutMetricFilter action\n\u2502 \n\u2502   with module.dms-instance["dps-activities"].module.dms_instance.aws_cloudwatch_log_metric_filter.dms_replication_instance_warnings[0],\n\u2502   on .terraform/modules/dms-instance/modules/dms_s3_v2/metrics.tf line 21, in resource "aws_cloudwatch_log_metric_filter" "dms_replication_instance_warnings":\n\u2502   21: resource "aws_cloudwatch_log_metric_filter" "dms_replication_instance_warnings" {'
    )
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual([
      'logs:DescribeMetricFilters',
      'logs:PutMetricFilter'
    ])
  })

  it("aws/aws-cdk#29483 (u25-002): a bootstrap role of the caller's account: its own Allow, no trust edit", () => {
    const { f, statements } = analysedOne(
      "[12:31:37] Retrieved account ID xxxxxxxxxxxx from disk cache\n[12:31:37] Assuming role 'arn:aws:iam::xxxxxxxxxxxx:role/cdk-hnb659fds-lookup-role-xxxxxxxxxxxx-eu-west-1'.\n[12:31:37] Retrieved account ID xxxxxxxxxxxx from disk cache\n[12:31:37] Assuming role 'arn:aws:iam::xxxxxxxxxxxx:role/cdk-hnb659fds-deploy-role-xxxxxxxxxxxx-eu-west-1'.\n[12:31:37] Assuming role failed: User: arn:aws:iam::xxxxxxxxxxxx:user/username is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::xxxxxxxxxxxx:role/cdk-hnb659fds-deploy-role-xxxxxxxxxxxx-eu-west-1"
    )
    expect(f.fixTarget.kind).toBe('identity-policy')
    expect(f.explanation).toContain('trust their own account by default')
    expect(statements.filter((s) => s.Principal)).toEqual([])
    expect(resourcesOf(statements)).toEqual([
      'arn:aws:iam::<ACCOUNT_ID>:role/cdk-hnb659fds-deploy-role-<ACCOUNT_ID>-eu-west-1'
    ])
  })

  it("own counter-case: a caller the log shows in another account still needs the role's trust", () => {
    const { f } = analysedOne(
      'Assuming role failed: User: arn:aws:iam::111111111111:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/cdk-hnb659fds-deploy-role-222222222222-eu-west-1'
    )
    expect(f.fixTarget.kind).toBe('trust-policy')
  })
})

describe('a kOps node role is advised for kOps (review 2, h23-053)', () => {
  it('h23-053: IRSA through the cluster spec, no EKS Pod Identity, the node role through the spec', () => {
    const { f } = analysedOne(h23('h23-053'))
    expect(f.traps).toContain('pod-on-node-role')
    expect(f.explanation).toContain("a kOps cluster's node role")
    expect(f.explanation).toContain('spec.additionalPolicies.node')
    expect(f.explanation).not.toContain('EKS Pod Identity')
  })

  it("own counter-case: eksctl's node role keeps the EKS advice", () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::123456789012:assumed-role/eksctl-prod-nodegroup-ng-1-NodeInstanceRole-ABC123/i-0123456789abcdef0 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:123456789012:parameter/app/db because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(f.explanation).toContain('EKS Pod Identity')
  })
})

describe('the account bucket list has no bucket side (review 2, h23-010)', () => {
  it('h23-010: ListAllMyBuckets causes are the identity and its guardrails, no bucket policy', () => {
    const { f, statements } = analysedOne(h23('h23-010'))
    expect(f.explanation).toContain('No bucket policy is consulted')
    expect(f.explanation).not.toContain('a Deny in the bucket policy')
    expect(f.explanation).not.toContain('the bucket refused')
    expect(resourcesOf(statements)).toEqual(['*'])
  })

  it('own counter-case: a bare GetObject refusal keeps the bucket side', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(f.explanation).toContain('a Deny in the bucket policy')
  })
})
