// heldout83's and heldout86–89's expert reviews (issue 17, session 41): what the drafts got wrong
// or left out, from the real excerpts, each with a counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { renderComment } from '../../src/report/index.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, 3)}.jsonl`, id)
const resources = (text: string) => analysed(text).statements.map((s) => s.Resource)

describe("another account's layer (heldout83 review)", () => {
  it('h83-007: ListLayerVersions on a masked other account is no draft at all, the layer ARN is the fix', () => {
    const { f, statements, notes } = analysedOne(h('h83-007'))
    expect(statements).toEqual([])
    expect(f.fixTarget.kind).toBe('workflow')
    expect(notes).toMatch(/Use a version ARN the publisher lists/)
  })

  it('own: the same action refused by the caller’s own policy keeps its identity draft', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/x is not authorized to perform: lambda:ListLayerVersions on resource: arn:aws:lambda:eu-west-1:111122223333:layer:mine because no identity-based policy allows the lambda:ListLayerVersions action'
    )
    expect(statements.map((s) => s.Action)).toEqual(['lambda:ListLayerVersions'])
  })

  it("h83-001: ADOT's layer named `x86_64` does not exist: no draft, the published name", () => {
    const { statements, notes } = analysedOne(h('h83-001'))
    expect(statements).toEqual([])
    expect(notes).toMatch(/This layer does not exist: ADOT names its x86 layers `amd64`/)
  })

  it("own: ADOT's `amd64` layer refused is the publisher's version first, then the caller's Allow", () => {
    const { notes } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/dev/x is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:901920570463:layer:aws-otel-java-agent-amd64-ver-1-28-1:9 because no identity-based policy allows the lambda:GetLayerVersion action'
    )
    expect(notes).toMatch(
      /^It is a published layer \(the AWS Distro for OpenTelemetry \(ADOT\) layers\)/
    )
  })
})

describe('a service principal invoking a function (heldout87 review)', () => {
  it("h87-006: Elastic Load Balancing's refusal drafts the function's permission with the target group", () => {
    const { statements } = analysedOne(h('h87-006'))
    expect(statements).toEqual([
      expect.objectContaining({
        Principal: { Service: 'elasticloadbalancing.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:function:app-test-service',
        Condition: expect.objectContaining({
          ArnLike: {
            'aws:SourceArn': expect.stringMatching(
              /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/app-test-service\//
            )
          }
        })
      })
    ])
  })

  it('h87-001: an unnamed function is a placeholder in every form, never `*`', () => {
    const { notes } = analysedOne(h('h87-001'))
    expect(notes).not.toMatch(/The message shows `\*` as the resource/)
    const text = renderAll(h('h87-001'))
    expect(text).toContain('function_name  = "<FUNCTION_NAME>"')
    expect(text).toContain("--function-name '<FUNCTION_NAME>'")
    expect(text).not.toMatch(/function_name\s+= "\*"|--function-name '\*'/)
  })

  it("h87-002: an authorizer's invocation comes from the authorizer's ARN, not a method's", () => {
    const { notes } = analysedOne(h('h87-002'))
    expect(notes).toMatch(/API_ID\/authorizers\/AUTHORIZER_ID/)
  })

  it('own: a method invoking it keeps the method ARN', () => {
    const { notes } = analysedOne(
      'Sat Aug 06 06:47:36 UTC 2016 : Execution failed due to configuration error: Invalid permissions on Lambda function\nSat Aug 06 06:47:36 UTC 2016 : Method completed with status: 500'
    )
    expect(notes).toMatch(/API_ID\/STAGE\/METHOD\/PATH/)
    expect(notes).not.toMatch(/authorizers/)
  })
})

/** The pull-request comment, which holds every form (JSON, Terraform, CDK, CLI). */
function renderAll(text: string): string {
  const report = analyzeText(text)
  return renderComment(
    { ...report, remedies: buildRemedies(report.findings) },
    { key: 'cli', title: 'this log' }
  )
}

describe('per-call and per-attempt names (heldout86–87 reviews)', () => {
  it('h86-002: CreateSecret names the name with six wildcards, not the suffix this attempt drew', () => {
    expect(resources(h('h86-002'))).toContain(
      'arn:aws:secretsmanager:eu-central-1:596114806846:secret:secret_default-??????'
    )
  })

  it('own: reading an existing secret keeps the suffix printed', () => {
    expect(
      resources(
        'User: arn:aws:iam::111122223333:user/u is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbC123 because no identity-based policy allows the secretsmanager:GetSecretValue action'
      )
    ).toEqual(['arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbC123'])
  })

  it('h87-004: a WebSocket connection is `@connections/*`, the masked API ID a placeholder', () => {
    expect(resources(h('h87-004'))).toEqual([
      'arn:aws:execute-api:us-east-1:<ACCOUNT_ID>:<API_ID>/stage/DELETE/@connections/*'
    ])
  })

  it('h86-012: tagging a KMS key while creating it is every key of the account (`key/*`)', () => {
    expect(resources(h('h86-012'))).toEqual(['arn:aws:kms:<REGION>:289950828509:key/*'])
  })

  it('own: tagging an existing key keeps its ARN', () => {
    expect(
      resources(
        'User: arn:aws:iam::111122223333:user/u is not authorized to perform: kms:TagResource on resource: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:TagResource action'
      )
    ).toEqual(['arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'])
  })

  it('h88-032: a rule crhelper makes is on the default bus (`rule/NAME`)', () => {
    expect(resources(h('h88-032'))).toEqual([
      'arn:aws:events:<REGION>:<ACCOUNT_ID>:rule/<RULE_NAME>'
    ])
  })

  it('own: a rule ARN on a custom bus, printed, is kept', () => {
    expect(
      resources(
        'User: arn:aws:iam::111122223333:user/u is not authorized to perform: events:PutRule on resource: arn:aws:events:eu-west-1:111122223333:rule/orders/nightly because no identity-based policy allows the events:PutRule action'
      )
    ).toEqual(['arn:aws:events:eu-west-1:111122223333:rule/orders/nightly'])
  })
})

describe('names the log prints (heldout88 review)', () => {
  it('h88-001: a path-style bucket with a mask inside keeps its whole name, as a placeholder', () => {
    const r = resources(h('h88-001'))
    expect(r).toEqual(['arn:aws:s3:::<BUCKET_NAME>/uploads/*'])
  })

  it('h88-024: the bucket the tool names below the refusal', () => {
    expect(resources(h('h88-024'))).toEqual(['arn:aws:s3:::mybucket'])
  })

  it("h88-007: S3's XML code under the PHP SDK's call is one refusal, not two", () => {
    const { findings } = analyzeText(h('h88-007'))
    expect(findings.map((f) => [f.operation, f.code])).toEqual([['PutObject', 'AccessDenied']])
  })
})

describe('first checks that fit the log (heldout86 and heldout89 reviews)', () => {
  it.each(['h86-036', 'h86-038'])('%s: an opt-in Region the log names is the first check', (id) => {
    const { notes } = analysedOne(h(id))
    expect(notes).toMatch(
      /^Not a permissions problem[^\n]*\nCheck Region (?:eu-south-1|ap-east-1) first: it is an opt-in Region/
    )
  })

  it('own: a default Region keeps the credentials checklist', () => {
    const { notes } = analysedOne(
      '$ cdk bootstrap aws://123456789012/eu-west-1\n ❌  Environment aws://123456789012/eu-west-1 failed bootstrapping: InvalidClientTokenId: The security token included in the request is invalid'
    )
    expect(notes).not.toMatch(/^Check Region/m)
    expect(notes).toMatch(/^Check (?:how|where)/m)
  })

  it("h89-032: an unsigned request's code says credentials may be in place (an SDK that skipped signing)", () => {
    const { notes } = analysedOne(h('h89-032'))
    expect(notes).toMatch(/an SDK operation that skips signing/)
  })

  it('h89-001: iam:PassRole under a Region guardrail is not told to exempt `iam:*`', () => {
    const { notes } = analysedOne(h('h89-001'))
    expect(notes).not.toMatch(/exempts `iam:\*`/)
    expect(notes).toMatch(/iam:PassRole is evaluated with the call that hands the role over/)
  })

  it('own: another IAM action under the same guardrail keeps the global-service note', () => {
    const { notes } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/x is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::111122223333:role/ with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-region'
    )
    expect(notes).toMatch(/exempts `iam:\*`/)
  })
})

describe('account-level blocks the account changes itself (heldout90 review)', () => {
  it('h90-010: the Support API refused for the support plan, changed by the account', () => {
    const { f, notes } = analysedOne(h('h90-010'))
    expect(f.fixTarget.owner).toBe('you')
    expect(f.fixTarget.description).toMatch(/AWS Support plan/)
    expect(notes).toMatch(/Business, Enterprise On-Ramp or Enterprise Support plan/)
  })

  it('h90-013: a Marketplace product is subscribed to by the account, never through AWS Support', () => {
    const { f, notes } = analysedOne(h('h90-013'))
    expect(f.fixTarget.owner).toBe('you')
    expect(notes).toMatch(/^No IAM statement is proposed: the account has not subscribed/)
    expect(notes).not.toMatch(/Contact AWS Support/)
  })

  it('h90-012: a Region being validated is a wait, said first', () => {
    const { notes } = analysedOne(h('h90-012'))
    expect(notes).toMatch(
      /^No statement is proposed: AWS is still validating the account for this Region/
    )
  })

  it('own: a suspended account keeps AWS Support as who changes it', () => {
    const { f } = analysedOne(
      'An error occurred (Blocked) when calling the RunInstances operation: This account is currently blocked and not recognized as a valid account. Please contact aws-verification@amazon.com if you have questions.'
    )
    expect(f.fixTarget.owner).toBe('aws-support')
  })
})

describe('a fix section is never empty (heldout91 review h91-022)', () => {
  it("h91-022: EC2 unable to create the Spot role: the role created once first, then the caller's grant", () => {
    const { notes } = analysedOne(h('h91-022'))
    expect(notes).toMatch(
      /^Check first whether the account has the service-linked role \(`aws iam get-role --role-name AWSServiceRoleForEC2Spot`\)/
    )
    expect(notes).toContain(
      'aws iam create-service-linked-role --aws-service-name spot.amazonaws.com'
    )
  })

  it('b297 (CloudSnorkel/CloudWatch2S3#24): a draft with neither statement nor note points to the explanation', () => {
    const { statements, notes } = analysedOne(corpusText('real-b.jsonl', 'b297'))
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is drafted: the explanation of the finding/)
  })
})

describe('what the call is checked against next, in the fix section (heldout86 and heldout90 reviews)', () => {
  it('h86-001: RotateSecret invokes the rotation function as the caller', () => {
    const { notes } = analysedOne(h('h86-001'))
    expect(notes).toMatch(
      /RotateSecret starts the rotation by invoking the secret's rotation function/
    )
    expect(notes).toContain('--query RotationLambdaARN')
  })

  it("h90-003: Access Advisor's job is read with GetServiceLastAccessedDetails", () => {
    const { notes } = analysedOne(h('h90-003'))
    expect(notes).toMatch(/`iam:GetServiceLastAccessedDetails` \(Resource `\*`/)
  })

  it('own: a plain secret read says nothing of rotation', () => {
    const { notes } = analysedOne(
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbC123 because no identity-based policy allows the secretsmanager:GetSecretValue action'
    )
    expect(notes).not.toMatch(/rotation function/)
  })
})

describe("an elided head before a writer's placeholder (heldout92 review h92-022)", () => {
  it('h92-022: the table the log prints keeps its name, `<env>` named as a placeholder', () => {
    const { statements, notes } = analysedOne(h('h92-022'))
    expect(statements.map((x) => x.Resource)).toEqual([
      'arn:aws:dynamodb:<REGION>:<ACCOUNT_ID>:table/collaborative-ai-dlc-v2-executions-<ENV>'
    ])
    expect(notes).toContain('Replace <ENV> with the part of the name the log shows as `<env>`')
  })

  it('own: an elided head before a plain name still completes without a placeholder of its own', () => {
    expect(
      resources(
        'User: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: dynamodb:PutItem on resource: .../table/orders because no identity-based policy allows the dynamodb:PutItem action'
      )
    ).toEqual(['arn:aws:dynamodb:<REGION>:111122223333:table/orders'])
  })
})

describe('CodePipeline itself as the caller (heldout93 review h93-027)', () => {
  it("h93-027: the pipeline's own role must trust codepipeline.amazonaws.com, no identity policy asked", () => {
    const { f, statements, notes } = analysedOne(h('h93-027'))
    expect(f.principal).toBe('codepipeline.amazonaws.com')
    expect(statements).toEqual([
      expect.objectContaining({
        Principal: { Service: 'codepipeline.amazonaws.com' },
        Action: 'sts:AssumeRole'
      })
    ])
    expect(notes).not.toMatch(/the caller's identity policy must allow `sts:AssumeRole`/)
  })

  it("h93-029: a pipeline role named as the caller keeps the two sides of an action role's assumption", () => {
    const { f } = analysedOne(h('h93-029'))
    expect(f.principal).toMatch(/^arn:aws:iam::/)
    expect(f.traps).toContain('codepipeline-action-role')
  })
})

describe('the writer says the Allow is there (heldout89 and heldout91 reviews)', () => {
  it.each(['h89-031', 'h91-015'])('%s: the existing Allow is checked before adding one', (id) => {
    const { f, notes } = analysedOne(h(id))
    expect(f.traps).toContain('allow-already-granted')
    expect(notes).toMatch(/The log says an Allow is already in place/)
  })

  it('own: a wish to assign read/write access is no Allow in place', () => {
    const { f } = analysedOne(
      'We need to give the role read/write access somehow.\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('allow-already-granted')
  })
})

describe('an AWS-owned resource under a resource perimeter (heldout89 review h89-017)', () => {
  it("h89-017: Resource Explorer's service view goes in the Deny's NotResource, not a principal exemption", () => {
    const { notes } = analysedOne(h('h89-017'))
    expect(notes).toMatch(
      /Check the Deny's Condition first: `aws:ResourceOrgID \/ aws:ResourceAccount \(a resource perimeter\)`: the resource is AWS's own/
    )
    expect(notes).toMatch(/adds such ARNs to the Deny's NotResource/)
  })

  it("own: a customer's own view under the same Deny gets no perimeter row", () => {
    const { notes } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/r/u is not authorized to perform: resource-explorer-2:Search on resource: arn:aws:resource-explorer-2:us-east-1:111122223333:view/mine/1234abcd with an explicit deny in a service control policy'
    )
    expect(notes).not.toMatch(/a resource perimeter/)
  })
})
