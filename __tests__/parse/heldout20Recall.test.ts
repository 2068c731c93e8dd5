// heldout20's refusals the parse missed, half-read or read where there was none, on its unseen
// score (issue 10, session 22), each with its own cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h20 = (id: string) => corpusText('heldout20.jsonl', id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.service, f.detail.cause ?? null])

describe('federation and credential failures in the words of other clients', () => {
  it.each<[string, string, unknown[]]>([
    [
      'h20-041 (aws-actions/configure-aws-credentials#1257): STS refused the session tags',
      h20('h20-041'),
      ['credentials', null, null, 'session-tags']
    ],
    [
      'own: session tags passed to AssumeRole by hand',
      'An error occurred (InvalidParameterValue) when calling the AssumeRole operation: Unable to validate tags',
      ['credentials', 'InvalidParameterValue', null, 'session-tags']
    ],
    [
      'h20-042 (CircleCI-Public/aws-cli-orb#227): an empty web identity token',
      h20('h20-042'),
      ['credentials', null, null, 'oidc-token-empty']
    ],
    [
      'h20-043 (aws/aws-toolkit-azure-devops#565): the Azure DevOps toolkit had no token',
      h20('h20-043'),
      ['credentials', null, null, 'oidc-token-empty']
    ],
    [
      "h20-045 (Azure/Azure-Sentinel#11980): Sentinel's connector, the provider or trust",
      h20('h20-045'),
      ['credentials', null, null, 'oidc-token-invalid']
    ],
    [
      "h20-049 (awslabs/aws-sdk-rust#547): the Rust SDK's profile provider",
      h20('h20-049'),
      ['credentials', null, null, 'missing']
    ],
    [
      "h20-050 (awslabs/mountpoint-s3#446): the Common Runtime's signer had none",
      h20('h20-050'),
      ['credentials', null, null, 'missing']
    ],
    [
      "h20-057 (awslabs/aws-sdk-swift#623): the Common Runtime's IMDS provider",
      h20('h20-057'),
      ['credentials', null, null, 'imds-error']
    ],
    [
      'h20-059 (99designs/aws-vault#263): a chained session asked for two hours',
      h20('h20-059'),
      ['credentials', 'ValidationError', null, 'session-duration-chained']
    ],
    [
      "own: the role's own maximum",
      'An error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      ['credentials', 'ValidationError', null, 'session-duration']
    ],
    [
      'h20-088 (hashicorp/vault#4108): GetFederationToken from a role session',
      h20('h20-088'),
      ['credentials', 'AccessDenied', null, 'federation-token-from-session']
    ]
  ])('%s', (_name, text, first) => {
    expect(read(text)[0]).toEqual(first)
  })

  it.each([
    // Own counter-cases: the same words about something else than a role assumption.
    'aws resourcegroupstaggingapi tag-resources: Unable to validate tags: key must not start with aws:',
    'Failed to assume role with OIDC support disabled in this build (docs page heading)'.replace(
      'Failed to assume role with OIDC',
      'Whether to assume role with OIDC'
    )
  ])('no finding: %s', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe('refusals in new words', () => {
  it.each<[string, string, unknown[]]>([
    [
      'h20-028 (cloudposse/terraform-aws-cloudtrail-cloudwatch-alarms#2): CloudTrail and its logs role',
      h20('h20-028'),
      ['denial', 'InvalidCloudWatchLogsRoleArnException', 'cloudtrail', null]
    ],
    [
      'h20-060 (aws/eks-pod-identity-agent#139): EKS Pod Identity, one finding not two',
      h20('h20-060'),
      ['denial', null, null, null]
    ],
    [
      'h20-064 (kubernetes-sigs/aws-efs-csi-driver#1722): the EFS CSI driver',
      h20('h20-064'),
      ['denial', null, null, null]
    ],
    [
      "own: the driver's provisioning event, EFS named",
      'Warning  ProvisioningFailed  failed to provision volume with StorageClass "efs-sc": rpc error: code = Unauthenticated desc = Access Denied. Please ensure you have the right AWS permissions: Access denied',
      ['denial', null, 'elasticfilesystem', null]
    ],
    [
      "h20-082 (spine-generic/data-multi-subject#122): git-annex's Haskell error record",
      h20('h20-082'),
      ['denial', 'AccessDenied', 's3', null]
    ],
    [
      "h20-085 (Hoektronics/BotQueue#4): urllib's 403 on an S3 download",
      h20('h20-085'),
      ['denial', null, 's3', null]
    ]
  ])('%s', (_name, text, first) => {
    expect(read(text)[0]).toEqual(first)
    expect(read(text)).toHaveLength(1)
  })

  it("own counter-case: urllib's 403 from another host is not AWS's", () => {
    expect(
      read(
        'downloading https://files.example.org/job.gcode to ./cache/job.gcode.\nERROR: HTTP Error 403: Forbidden'
      )
    ).toEqual([])
  })
})

describe('codes, reasons and names read in new places', () => {
  it("h20-026 (alexcasalboni/aws-lambda-power-tuning#260): the runtime's errorType is the message's code", () => {
    expect(read(h20('h20-026')).map((r) => r[1])).toEqual([
      'AccessDeniedException',
      'AccessDeniedException'
    ])
  })

  it("own counter-case: a wrapper's class as errorType is no code", () => {
    expect(
      read(
        '{"errorType": "AggregateException", "errorMessage": "User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k"}'
      )[0]![1]
    ).toBeNull()
  })

  it('h20-056 (aws/aws-sdk-cpp#365): the C++ SDK’s ExceptionName', () => {
    expect(read(h20('h20-056'))[0]![1]).toBe('InvalidAccessKeyId')
  })

  it('h20-024 (a Fluent Bit log cut inside the reason): the policy type’s first word names the layer', () => {
    const [f] = parseText(h20('h20-024'))
    expect([f!.layer, f!.deny]).toEqual(['identity', 'implicit'])
  })

  it('own: a reason cut after "service control" names the SCP; "because no session" alone in prose does not', () => {
    const [scp] = parseText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k because no service control p'
    )
    expect(scp!.layer).toBe('scp')
    const [prose] = parseText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k because no sessions were open at the time'
    )
    expect(prose!.layer).toBeNull()
  })

  it('h20-065 (kubernetes-sigs/cluster-api-provider-aws#2166): a principal wrapped in a box after its account', () => {
    expect(parseText(h20('h20-065'))[0]!.principal).toBe(
      'arn:aws:iam::123456:user/bootstrapper.cluster-api-provider-aws.sigs.k8s.io'
    )
  })
})

describe('S3-compatible stores named in new ways', () => {
  it.each([
    ['h20-092 (scaleway/terraform-provider-scaleway#3300)', h20('h20-092')],
    ['h20-093 (ysde/grafana-backup-tool#244)', h20('h20-093')],
    ['h20-094 (IBM/ibm-cos-sdk-python#27)', h20('h20-094')]
  ])('%s: no AWS finding', (_name, text) => {
    expect(read(text)).toEqual([])
  })

  it('own counter-case: the same botocore error with no store named is AWS’s', () => {
    expect(
      read(
        'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied'
      )
    ).toHaveLength(1)
  })
})
