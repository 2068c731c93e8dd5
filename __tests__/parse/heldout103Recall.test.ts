// heldout103–108's refusals the engine missed or misread on their unseen score (issue 10, session
// 43): CodeBuild's VPC error, codes in PHP's and Haskell's own places, SES's SMTP reply, a
// CloudFormation handler's words, AWS IoT's log entry and its role, an SDK too old for Pod Identity,
// a role profile without keys, KMS naming the permission it needs, cdk-assets' bucket check, a Go
// 403 with no readable body, Step Functions' managed rule, SageMaker's image pull; each with a
// counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.action, f.service])

describe("CodeBuild's VPC error (WD7173)", () => {
  it('h103-015 (aws/aws-cdk#12705): the service role in the VPC, EC2 naming no action', () => {
    const [f] = parseText(h('h103-015'))
    expect(f).toMatchObject({
      kind: 'denial',
      grammar: 'codebuild-vpc-client-error',
      code: 'UnauthorizedOperation',
      service: 'ec2'
    })
    expect(f!.detail.deliveringService).toBe('codebuild-vpc')
  })

  it('counter-case: another VPC_CLIENT_ERROR (a subnet without a route) is no refusal', () => {
    expect(read('VPC_CLIENT_ERROR: Unexpected EC2 error: InvalidSubnetID.NotFound')).toEqual([])
  })
})

describe('codes printed in their own places', () => {
  it("h103-004 (cachethq/cachet#2422): the PHP SDK's summary line under a truncated XML body", () => {
    expect(read(h('h103-004')).map((r) => r.slice(0, 3))).toEqual([
      ['credentials', expect.any(String), 'SignatureDoesNotMatch']
    ])
  })

  it("h103-006 (snoyberg/mime-mail#62): a Haskell record's seCode field", () => {
    expect(read(h('h103-006')).map((r) => r.slice(0, 3))).toEqual([
      ['credentials', expect.any(String), 'InvalidClientTokenId']
    ])
  })

  it('counter-case: a field named like a code but holding a sentence is not one', () => {
    expect(parseText('errCode = "see the docs", Forbidden (403)').map((f) => f.code)).not.toContain(
      'see the docs'
    )
  })
})

describe("SES's SMTP reply in its own capitals", () => {
  it.each(['h103-005', 'h103-008'])('%s: read as SES credentials without its host', (id) => {
    expect(read(h(id))).toEqual([['credentials', 'ses-smtp-credentials', null, null, 'ses']])
  })

  it("counter-case: another server's RFC wording stays unread", () => {
    expect(read('<< 535 Authentication credentials invalid')).toEqual([])
  })
})

describe("a CloudFormation handler's own words (WD7174)", () => {
  it("h104-005: `Access denied for operation 'codeartifact:CreateRepository'`", () => {
    expect(read(h('h104-005'))).toEqual([
      ['denial', 'cfn-handler-access-denied', null, 'codeartifact:CreateRepository', 'codeartifact']
    ])
  })

  it('own: an API name without a prefix is the operation', () => {
    const [f] = parseText("Access denied for operation 'CreateRepository'.")
    expect(f).toMatchObject({ operation: 'CreateRepository', action: null })
  })
})

describe('AWS IoT', () => {
  it("h104-023 (IoTReady/flutter-aws-iot#1): IoT's log entry, AUTHORIZATION_FAILURE", () => {
    expect(read(h('h104-023'))).toEqual([
      ['denial', 'iot-log-authorization-failure', null, null, 'iot']
    ])
  })

  it('own: the event type names the IoT action', () => {
    const log =
      '{\n  "eventType": "Publish-In",\n  "protocol": "MQTT",\n  "reason": "AUTHORIZATION_FAILURE"\n}'
    expect(read(log)).toEqual([
      ['denial', 'iot-log-authorization-failure', null, 'iot:Publish', 'iot']
    ])
  })

  it('counter-case: AUTHORIZATION_FAILURE with nothing of IoT around is not read', () => {
    expect(read('{"reason": "AUTHORIZATION_FAILURE", "source": "payments-gateway"}')).toEqual([])
  })

  it("h104-026 (hashicorp/terraform-provider-aws#33433): IoT's service principal and the rule's role", () => {
    const [f] = parseText(h('h104-026'))
    expect(f).toMatchObject({
      action: 'sts:AssumeRole',
      principal: 'iot.amazonaws.com',
      resource: 'arn:aws:iam::<my_account>:role/<my_role>'
    })
    expect(f!.detail.assumer).toBe('iot.amazonaws.com')
  })
})

describe('credentials the SDK never had (WD7176, WD7177)', () => {
  it('h106-015 (aws-actions/amazon-ecr-login#624): an SDK too old for the Pod Identity agent', () => {
    const [f] = parseText(h('h106-015'))
    expect(f).toMatchObject({ kind: 'credentials', grammar: 'pod-identity-sdk-old' })
    expect(f!.detail.cause).toBe('pod-identity-sdk-old')
  })

  it("counter-case: the ECS agent's address is not that error", () => {
    expect(read('Error: 169.254.170.2 is reachable')).toEqual([])
  })

  it('h105-002 (kubernetes-sigs/external-dns#1108): a source profile holding no keys', () => {
    const [f] = parseText(h('h105-002'))
    expect(f).toMatchObject({ kind: 'credentials', code: 'SharedConfigAssumeRoleError' })
    expect(f!.detail.cause).toBe('source-profile-empty')
  })
})

describe('refusals in services’ own sentences', () => {
  it('h107-023 (LeapBeyond/terraform-s3-replication#5): KMS names kms:TagResource', () => {
    expect(read(h('h107-023'))[0]).toEqual([
      'denial',
      'permission-required-for',
      'AccessDeniedException',
      'kms:TagResource',
      'kms'
    ])
  })

  it("h107-031 (aws/aws-cdk-cli#1664): cdk-assets refused the bootstrap bucket's location", () => {
    const [f] = parseText(h('h107-031'))
    expect(f).toMatchObject({
      action: 's3:GetBucketLocation',
      resource: 'arn:aws:s3:::cdk-hnb659fds-assets-<account>-<region>'
    })
  })

  it("counter-case: cdk-assets' wrong-account message is not this one", () => {
    expect(
      read(
        "fail: Bucket named 'cdk-hnb659fds-assets-1-us-east-1' exists, but not in account 2. Wrong account?"
      )
    ).toEqual([])
  })

  it('h107-024 (hashicorp/terraform-provider-aws#39940): a Go SDK 403 whose body could not be read', () => {
    expect(read(h('h107-024'))).toEqual([
      ['denial', 'go-sdk-403-undecoded', null, null, 'datazone']
    ])
  })

  it('counter-case: a 400 that failed to decode is not a refusal', () => {
    expect(
      read(
        'operation error DataZone: CreateDomain, https response error StatusCode: 400, RequestID: , deserialization failed'
      )
    ).toEqual([])
  })

  it("h106-002 (wpilibsuite/DetectCoral#37): SageMaker's image pull by the execution role (WD7182)", () => {
    const [f] = parseText(h('h106-002'))
    expect(f).toMatchObject({
      action: 'ecr:BatchGetImage',
      resource: 'arn:aws:ecr:<REGION>:118451457254:repository/wpi-cpu',
      principal:
        'arn:aws:iam::422269586304:role/service-role/AmazonSageMaker-ExecutionRole-20200802T022815'
    })
  })
})

describe('principals as writers and services print them', () => {
  it('h105-004: a placeholder of seven words is one principal', () => {
    expect(parseText(h('h105-004'))[0]!.principal).toBe(
      '<RoleARN that has the IAM policy attached>'
    )
  })

  it('h103-014: `AWS CodeBuild`, its product name whole', () => {
    expect(parseText(h('h103-014'))[0]!.principal).toBe('AWS CodeBuild')
  })
})

describe('heldout108–109: sops, RDS snapshots and RDS Proxy', () => {
  it("h108-022 (jkroepke/helm-secrets#334): KMS's words joined with the gutter inside the line", () => {
    expect(read(h('h108-022'))).toEqual([
      ['denial', 'kms-ciphertext', 'AccessDeniedException', null, 'kms']
    ])
  })

  it("counter-case: a table cell between words is no wrap of KMS's sentence", () => {
    expect(read('The ciphertext | refers | to nothing we know of')).toEqual([])
  })

  it("h109-006 (awslabs/aurora-snapshot-tool#26): RDS's copy refused the source snapshot's key, the writer's words in its brackets (WD7084)", () => {
    const [f] = parseText(h('h109-006'))
    expect(f).toMatchObject({ grammar: 'rds-kms-key-not-accessible', service: 'rds' })
    expect(f!.detail.deliveryKey).toBeUndefined()
  })

  it("h109-007 (aws/aws-cdk#28847): RDS Proxy's role and the secret it reads (WD7184)", () => {
    const [f] = parseText(h('h109-007'))
    expect(f).toMatchObject({
      principal: 'arn:aws:iam:::role/ProxyIAMRole2FE8AB0F',
      action: 'secretsmanager:GetSecretValue',
      resource: 'arn:aws:secretsmanager:::secret:SecretA720EF05'
    })
  })
})

describe('heldout112–113: StackSets, cfn-signal, Alternator', () => {
  it("h112-014 (ministryofjustice/aws-root-account#1173): a service-managed StackSet's caller (WD7185)", () => {
    expect(read(h('h112-014'))).toEqual([
      ['denial', 'stackset-service-managed-caller', 'ValidationError', null, 'cloudformation']
    ])
  })

  it("counter-case: a self-managed StackSet's own refusal is not this one", () => {
    expect(
      read('You must be the management account before operating a SELF_MANAGED stack set')
    ).toEqual([])
  })

  it('h113-012 (awslabs/amazon-eks-ami#353): cfn-signal from an instance the stack did not launch (WD7186)', () => {
    const [f] = parseText(h('h113-012'))
    expect(f).toMatchObject({
      grammar: 'cfn-signal-instance',
      action: 'cloudformation:SignalResource'
    })
    expect(f!.detail).toMatchObject({ instance: 'i-0471eb3f60229c30f', stack: 'k8s-cluster' })
  })
})

describe("Firehose and its source stream's key (WD7187)", () => {
  it('h112-023 (fdmsantos/terraform-aws-kinesis-firehose#6): the delivery role refused the key, its dotted code below', () => {
    expect(read(h('h112-023'))).toEqual([
      [
        'denial',
        'firehose-source-stream-key',
        'Kinesis.KMS.AccessDeniedException',
        'kms:Decrypt',
        'kms'
      ]
    ])
  })

  it('counter-case: a Firehose note about KMS that refuses nothing is not read', () => {
    expect(read('Firehose encrypts the Kinesis Stream with the KMS Key you choose.')).toEqual([])
  })
})
