// An explicit deny is never answered with "allow it": no note may tell the user to add an Allow
// past it, and where the message names no policy type every place a Deny can live is listed with
// the check that shows it (issue 17, class 4 of the heldout4 review).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const CONNECT_WILDCARD =
  // Own case in the shape of heldout4 h4-162 (a Lambda's CloudWatch line). Amazon Connect's own
  // `connect:*` there is its generic answer (WD977, __tests__/remedy/heldout29Review.test.ts), so
  // another service no resource control policy covers stands in.
  `2024-11-22T02:41:56.060Z	917d6004-0751-4eb8-9920-26f071fb6279	ERROR	Error fetching metrics for date 2024-11-10: AccessDeniedException: User: arn:aws:sts::768637739934:assumed-role/historicalMetricsLambda-role-jmzyjcfk/historicalMetricsLambda is not authorized to perform: cloudwatch:* on resource: * with an explicit deny
    at de_AccessDeniedExceptionRes (/var/runtime/node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js:9821:21)`

const CREATE_ROLE_UNTYPED =
  // aws/chalice#1716 (an explicit deny with no policy type)
  'An error occurred (AccessDenied) when calling the CreateRole operation: User: arn:aws:sts::0000000:assumed-role/xxxxx is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::0000000:role/test1-dev with an explicit deny'

const BUCKET_POLICY_DENY =
  // usdigitalresponse/usdr-gost#4044 (a bucket policy denying uploads without the required encryption)
  `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::357150818708:assumed-role/gost-staging-arpa_exporter-Task-20250221195902062300000003/c2595ec184cb4eb19b3ccb00f671b778 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::gost-staging-arpaauditreports-357150818708-us-west-2-api/full-file-export/org_13/archive.zip" with an explicit deny in a resource-based policy`

/** Words that would send the user to add an Allow. */
const ALLOW_ADVICE = /allow it explicitly|then allow it|add (?:an )?Allow|grant it/i

describe.each([
  ['h4-162, wildcard action', CONNECT_WILDCARD],
  ['chalice#1716, untyped deny', CREATE_ROLE_UNTYPED],
  ['usdr-gost#4044, bucket policy deny', BUCKET_POLICY_DENY]
])('explicit deny: %s', (_name, text) => {
  it('proposes no statement and no note says to allow it', () => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.deny).toBe('explicit')
    expect(statements).toEqual([])
    expect(notes).not.toMatch(ALLOW_ADVICE)
    expect(f.explanation).not.toMatch(ALLOW_ADVICE)
  })
})

describe('an explicit deny whose policy type is not named', () => {
  it('lists SCP, boundary, session policy, resource and identity Denies, each with its check; no RCP for a service RCPs do not cover', () => {
    const { notes, f } = analysedOne(CONNECT_WILDCARD)
    const candidates = /It can be in (.+?)\. A service/m.exec(notes)?.[1] ?? ''
    expect(candidates).toMatch(
      /a service control policy on the account, an OU above it or the root \(`aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY, then the same for each parent \(aws organizations list-parents --child-id ACCOUNT_ID\) up to the root/
    )
    // Amazon Connect is not among the services resource control policies cover.
    expect(candidates).not.toMatch(/resource control policy/)
    expect(f.explanation).not.toMatch(/a resource control policy/)
    expect(candidates).toMatch(
      /a permissions boundary \(`aws iam get-role --role-name NAME --query Role.PermissionsBoundary`\)/
    )
    expect(candidates).toMatch(/a session policy \(`the session-policy inputs/)
    // CloudWatch has no resource-based policy: no resource-policy candidate.
    expect(candidates).not.toMatch(/a Deny in the resource's policy/)
    expect(candidates).toMatch(
      /a Deny in the caller's own identity policies \(`aws iam list-attached-role-policies/
    )
  })

  it('an S3 call by a session lists the RCP too, and who can change each kind', () => {
    const { notes, f } = analysedOne(
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::artifacts-111122223333/build.zip" with an explicit deny'
    )
    expect(notes).toMatch(
      /a resource control policy \(in the resource's account\) \(`aws organizations list-policies-for-target --target-id RESOURCE_ACCOUNT_ID --filter RESOURCE_CONTROL_POLICY`\)/
    )
    expect(notes).toMatch(/changed only from the organization's management account/)
    expect(f.explanation).toMatch(/a resource control policy/)
    expect(f.fixTarget.owner).toBe('policy-owner')
  })

  it('h27-001 (Cost Explorer): no RCP and no resource policy, which Cost Explorer cannot have', () => {
    const { notes, f } = analysedOne(corpusText('heldout27.jsonl', 'h27-001'))
    expect(notes).not.toMatch(/a resource control policy \(|get-bucket-policy/)
    expect(f.explanation).toMatch(
      /a service control policy, a permissions boundary, a session policy or the caller's own/
    )
  })

  it('a wildcard action is traced to the real API through CloudTrail, not to an Allow', () => {
    const { notes } = analysedOne(CONNECT_WILDCARD)
    expect(notes).toMatch(
      /The action cloudwatch:\* is a wildcard\..*eventName of the call's CloudTrail event/
    )
    // The errorCode Connect printed, not S3's (heldout9 review, minor notes).
    expect(notes).toContain('CloudTrail event (errorCode AccessDeniedException)')
    // The wildcard is not offered as a wildcard of itself.
    expect(notes).not.toMatch(/including wildcards such as `connect:\*`/)
  })

  it('a named action keeps the hint that a wildcard Deny may match it', () => {
    // Our own variant: a named action, no policy type.
    const { notes } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:DeleteObject on resource: arn:aws:s3:::builds/tmp/a.zip with an explicit deny'
    )
    expect(notes).toMatch(/including wildcards such as `s3:\*`/)
  })
})

describe('an implicit refusal of a wildcard still asks to confirm the action before allowing it', () => {
  it('keeps the old wording where no Deny is in the way', () => {
    const { notes, statements } = analysedOne(
      'User: arn:aws:sts::768637739934:assumed-role/metrics-role/session is not authorized to perform: connect:* on resource: * because no identity-based policy allows the connect:* action'
    )
    expect(statements).toEqual([])
    expect(notes).toMatch(/confirm the action name, then allow it explicitly/)
  })
})

describe('an explicit deny in a VPC endpoint policy (heldout15 review h15-133)', () => {
  it('h15-133: narrow the Deny or meet its condition, the other account named; never "allow"', () => {
    const { statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-133'))
    expect(statements).toEqual([])
    expect(notes).toContain("must narrow the endpoint policy's Deny that matches `ecr:PutImage`")
    expect(notes).toContain('the target is in account `012782584163`')
    expect(notes).not.toMatch(/to allow `ecr:PutImage`/)
  })

  it('own case: the same account on both sides names no other account', () => {
    const { notes } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf with an explicit deny in a VPC endpoint policy'
    )
    expect(notes).toContain("must narrow the endpoint policy's Deny")
    expect(notes).not.toContain('the target is in account')
  })

  it('own counter-case: an implicit deny in an endpoint policy still asks for its Allow', () => {
    const { notes } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::data/a.csv" because no VPC endpoint policy allows the s3:GetObject action'
    )
    expect(notes).toContain('to allow `s3:GetObject`')
  })
})
