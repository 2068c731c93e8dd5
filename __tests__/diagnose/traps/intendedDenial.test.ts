// A refusal the log marks as the expected outcome of a test or guardrail keeps its finding, but
// gets no Allow, no rendering and a short "looks deliberate" explanation; --fix-intended overrules
// it. Counter-cases: deploy logs that merely say "expected" keep their fix (issue 17, class 1 of
// the heldout4 review; h3-148 of the heldout3 one).
import { analyzeText } from '../../../src/engine/Analysis.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { INTENT_RULES, intendedDenialOf } from '../../../src/infer/intendedDenial.js'
import type { LogContext } from '../../../src/model/Inferred.js'
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const H4_020 =
  // heldout4 h4-020 (an IAM lab report: a read-only user's upload is refused, as the lab wants)
  `**Test 2: S3 Upload File**
\`\`\`bash
# Command:
aws s3 cp test.txt s3://s3-demo-free
# Output:
upload failed: ./test.txt to s3://s3-demo-free/test.txt An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::204146947593:user/test-developer is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::s3-demo-free/test.txt" because no identity-based policy allows the s3:PutObject action
_____________________________________________________________
_____________________________________________________________

# Result: ☐ Success ❌ Access Denied (Expected)
\`\`\``

const H4_025 =
  // heldout4 h4-025 (an IRSA smoke test: the negative test's upload to a disallowed prefix)
  `== Negative test: put to DISALLOWED prefix (should fail) ==
upload failed: ../tmp/x.txt to s3://dev-task-api-welcomed-anteater/not-allowed/1756147736.txt An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::563149051155:assumed-role/dev-task-api-irsa/botocore-session-1756147736 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::dev-task-api-welcomed-anteater/not-allowed/1756147736.txt" because no identity-based policy allows the s3:PutObject action
EXPECTED: AccessDenied on disallowed prefix
ALL OK`

const H4_027 =
  // heldout4 h4-027 (team notes: the repository policy grants write only to Jenkins, on purpose)
  "**Don't try this.** Confirmed 2026-06-09: the PCSK `PCSKAdministratorAccessRole` has read-only access to `871501607754.dkr.ecr.us-west-2.amazonaws.com/sfci/a360/edc-python/edc-inference-ray`. `docker push` returns `denied: User ... is not authorized to perform: ecr:InitiateLayerUpload ... because no resource-based policy allows the ecr:InitiateLayerUpload action`. The Strata stage ECR's resource policy only grants write to Jenkins-issued credentials; that's intentional."

const H4_070 =
  // heldout4 h4-070 (an IAM workshop: the expected refusal after the fix)
  `**Expected result:**
\`\`\`
An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation:
User: arn:aws:sts::ACCOUNT_ID:assumed-role/iamws-lambda-developer-role/verify
is not authorized to perform: lambda:UpdateFunctionCode on resource:
arn:aws:lambda:us-east-1:ACCOUNT_ID:function:iamws-privileged-lambda
\`\`\`

**The attack is blocked!** The developer can only update \`dev-*\` functions.`

const H4_071 =
  // heldout4 h4-071 (the same workshop, the resource shortened by its author)
  `Expected output:
\`\`\`
An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation:
User: arn:aws:iam::767397689800:user/iamws-lambda-developer-user
is not authorized to perform: lambda:UpdateFunctionCode on resource: ...iamws-privileged-lambda
\`\`\`

**Step 3: Confirm the crown jewels are still safe**`

const H3_148 =
  // heldout3 h3-148 (the trust policy requires MFA; "the deny is expected")
  `    An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::594601234567:user/assume-role-user-mfa is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::714741234567:role/assume_role_with_ext_id_with_mfa

Again the deny is expected, because I didn't authenticate with mfa.`

const ENSO =
  // enso-org/enso#10893 (a CI test that a write without permission fails; it failed on the wording)
  `- [FAILED] should fail to write a file if permissions are lacking [1108ms]
         Reason: The value (S3 Error: User: arn:aws:iam::539646847106:user/enso_ci_s3_tester is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::enso-data-samples/examples/no-write-permissions-here.txt.bak" because no identity-based policy allows the s3:PutObject action (AccessDenied)) did not contain the element (Access Denied) (at /runner/_work/enso/enso/test/AWS_Tests/src/S3_Spec.enso:488:13-68).`

const H13_178 =
  // heldout13 h13-178, DataDog/stratus-red-team#387 (an attack simulation that wants the refusal;
  // it failed only because EC2 answered UnauthorizedOperation, not AccessDenied)
  ` ./stratus detonate aws.execution.ec2-launch-unusual-instances
2023/07/20 21:03:01 Checking your authentication against AWS
2023/07/20 21:03:01 Not warming up - aws.execution.ec2-launch-unusual-instances is already warm. Use --force to force
2023/07/20 21:03:01 [DEBUG] Successfully assumed role!
2023/07/20 21:03:01 Attempting to run up to 10 instances of type p2.xlarge
2023/07/20 21:03:02 Error while detonating attack technique aws.execution.ec2-launch-unusual-instances: expected ec2:RunInstances to return an access denied error, got instead: operation error EC2: RunInstances, https response error StatusCode: 403, RequestID: 993a3d41-5543-43ff-850e-dd3a79685bd5, api error UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: qoYeuy5DNQMk_k7JauWsrjPnqAi9h90gWITrdEQKpzKtUH4C4XeRuGX_uviYK9_27hWRbK5Pf9jBrs08Gsd23YlGh_1Df9onGQUbfcih720lVZzTMbVKIVJTFFxPLGEQHV-rFoSMAj3Q99K34ugMR00dIp_RWoySKoNNKilmkiwxep_aJ_pvimWGZgcisM3SkFh0Sx4FShxUw5Cff4AGrK9YkJIt2ScBA4Sqo`

/** The pipeline, with the validator's verdict checked. */
function intended(text: string) {
  const r = analysed(text)
  const marked = r.findings.filter((f) => f.intended)
  return { ...r, marked }
}

describe.each([
  ['h4-020', H4_020, 'marked-expected'],
  ['h4-025', H4_025, 'expected-heading'],
  ['h4-027', H4_027, 'intentional'],
  ['h4-070', H4_070, 'expected-heading'],
  ['h4-071', H4_071, 'expected-heading'],
  ['enso#10893', ENSO, 'should-fail']
])('an intended refusal (%s)', (_name, text, rule) => {
  it('keeps the finding, marks it intended, drafts nothing and says it looks deliberate', () => {
    const { findings, statements, notes } = intended(text)
    expect(findings.length).toBeGreaterThan(0)
    const f = findings[0]!
    expect(f.intended).toBe(true)
    expect(f.traps).toContain('intended-denial')
    expect(f.inferred?.intended?.value).toBe(rule)
    expect(f.explanation).toMatch(/--fix-intended/)
    expect(statements).toEqual([])
    expect(f.explanation).toMatch(/^This refusal looks deliberate: the log marks it/)
    expect(notes[0]).toMatch(/^No statement is proposed: the log marks this refusal/)
  })

  it('renders nothing to paste', () => {
    const { findings } = analyzeText(text)
    for (const r of buildRemedies(findings)) expect(r.renderings).toEqual({})
  })
})

describe('intended refusals in other words (heldout15 review, h15-025, h15-026)', () => {
  it.each([
    [
      // A Portuguese SAP-C02 lab's "**Saída esperada** — erro" (expected output: an error).
      'h15-025',
      corpusText('heldout15.jsonl', 'h15-025'),
      'expected-heading',
      '"Saída esperada** — erro" in the log'
    ],
    [
      // A credential-vending demo's isolation test: team-a should succeed, team-b should be denied.
      'h15-026',
      corpusText('heldout15.jsonl', 'h15-026'),
      'should-fail',
      '"should DENY" in the log'
    ],
    [
      // Our own: a French lab's expected result.
      'our own, French',
      `**Résultat attendu :** une erreur
An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/lab-readonly/alice is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::lab-bucket/test.txt" because no identity-based policy allows the s3:PutObject action`,
      'expected-heading',
      '"Résultat attendu :** une erreur" in the log'
    ],
    [
      // Our own: a check that must not be allowed.
      'our own, "should NOT be allowed"',
      `--- deleting the audit trail (should NOT be allowed) ---
An error occurred (AccessDenied) when calling the DeleteTrail operation: User: arn:aws:sts::111122223333:assumed-role/dev/alice is not authorized to perform: cloudtrail:DeleteTrail on resource: arn:aws:cloudtrail:us-east-1:111122223333:trail/org-audit with an explicit deny in a service control policy`,
      'should-fail',
      '"should NOT be allowed" in the log'
    ]
  ])(
    '%s: marked intended, no statement, the session or policy left as it is',
    (_n, text, rule, from) => {
      const { findings, statements, notes } = intended(text)
      expect(findings).toHaveLength(1)
      const f = findings[0]!
      expect([f.intended, f.inferred?.intended?.value, f.inferred?.intended?.from]).toEqual([
        true,
        rule,
        from
      ])
      expect(statements).toEqual([])
      expect(f.explanation).toMatch(/^This refusal looks deliberate/)
      // No note asks whoever creates the session (or the policy's owner) to allow the call.
      expect(notes).toHaveLength(1)
      expect(notes[0]).toMatch(/^No statement is proposed: the log marks this refusal/)
    }
  )

  it('a check announced to succeed is a failure, whatever the checks around it announce', () => {
    // Our own variant of h15-026: team-a's read, which should succeed, is the one refused; the
    // earlier "should DENY" heading and the next one below speak for other checks.
    const text = `=== Testing anonymous access (should DENY) ===
DENIED: as expected

=== Testing team-a access (should SUCCEED) ===
An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/tenant-vending/team-a is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::tenant-data/team-a/data.txt" because no session policy allows the s3:GetObject action

=== Testing team-b access (should DENY) ===`
    const { findings, notes } = intended(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.intended).toBe(false)
    expect(findings[0]!.traps).not.toContain('intended-denial')
    expect(notes.join('\n')).toMatch(/so that they allow `s3:GetObject`/)
  })

  it('our own: a heading that expects the object, the refusal under what was obtained, is no marker', () => {
    const { findings } = intended(
      `**Saída esperada:** o conteúdo do arquivo
**Saída obtida:**
An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::480311764563:assumed-role/reader/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/report.csv" because no identity-based policy allows the s3:GetObject action`
    )
    expect(findings[0]!.intended).toBe(false)
  })
})

describe('an intended refusal the test matched on another code (h13-178)', () => {
  it("says the test's error match is the fix, then that the refusal is deliberate, and drafts nothing", () => {
    const { findings, statements, notes } = intended(H13_178)
    const f = findings[0]!
    expect(f.intended).toBe(true)
    expect(f.inferred?.intended?.value).toBe('expected-to-return-refusal')
    expect(f.inferred?.intendedCodeMismatch?.value).toBe('access denied UnauthorizedOperation')
    expect(f.explanation).toMatch(
      /^AWS refused the call as the test wants, but the test failed on its own error match: it looks for `access denied` and AWS answered `UnauthorizedOperation`/
    )
    expect(f.explanation).toMatch(/The fix is the test's expected-error match: accept both codes/)
    expect(f.explanation).toMatch(/This refusal looks deliberate/)
    // The test does change: only the policy stays as it is.
    expect(f.explanation).not.toMatch(/Nothing needs to change/)
    expect(f.explanation).toMatch(/No policy needs to change, and no statement is proposed/)
    expect(statements).toEqual([])
    expect(notes[0]).toMatch(/^Change the test, not a policy/)
  })

  it.each([
    [
      // Our own variant: the same Stratus sentence, AWS answering the code the test wants.
      'the code it wanted',
      "Error while detonating attack technique aws.defense-evasion.organizations-leave: expected organizations:LeaveOrganization to return an access denied error, got instead: operation error Organizations: LeaveOrganization, https response error StatusCode: 400, RequestID: 1f0e2c51-0b7a-4c4e-9d55-6a0c2f1f0e11, AccessDeniedException: You don't have permissions to access this resource."
    ],
    [
      // Our own variant: a marker with no "got" at all.
      'no code received',
      'expected ec2:RunInstances to return an access denied error\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.'
    ]
  ])('no mismatch when AWS answered %s', (_s, text) => {
    const found = analyzeText(text).findings
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f.inferred?.intendedCodeMismatch).toBeUndefined()
  })
})

describe('an intended refusal that a condition also explains (h3-148)', () => {
  it('says how to meet the MFA condition first, the intent right after, and drafts nothing', () => {
    const { findings, statements, notes } = intended(H3_148)
    const f = findings[0]!
    expect(f.intended).toBe(true)
    expect(f.inferred?.intended?.value).toBe('refusal-is-expected')
    expect(f.explanation).toMatch(
      /^The role's trust policy most likely requires MFA.* This refusal looks deliberate/
    )
    expect(statements).toEqual([])
    expect(notes.join('\n')).toMatch(/No statement is proposed: the log marks this refusal/)
  })
})

describe('--fix-intended', () => {
  it('drafts the statement the refusal would need, with a note saying why it was drafted', () => {
    const { findings } = analyzeText(H4_020)
    const remedies = buildRemedies(findings, { fixIntended: true })
    expect(validateRemedies(remedies, findings)).toEqual([])
    const statements = remedies.flatMap((r) => r.statements)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:PutObject', 'arn:aws:s3:::s3-demo-free/test.txt']
    ])
    const notes = remedies.flatMap((r) => r.notes).join('\n')
    expect(notes).toMatch(/Drafted because --fix-intended was given/)
    expect(notes).not.toMatch(/No statement is proposed: the log marks/)
  })

  it('does not overrule other reasons for proposing nothing (h3-148 keeps its MFA guard)', () => {
    const { findings } = analyzeText(H3_148)
    const remedies = buildRemedies(findings, { fixIntended: true })
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
  })
})

describe('a deploy log that merely says "expected" keeps its fix', () => {
  it('h4-037: CloudFormation\'s waiter ("we matched expected path")', () => {
    const { findings, statements } = intended(
      // heldout4 h4-037
      'Error: Failed to create changeset for the stack: axaws-test-dev-knowledgebase-function, ex: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state: For expression "Status" we matched expected path: "FAILED" Status: FAILED. Reason: User: arn:aws:sts::123456789012:assumed-role/axaws-test-jenkins-dev-crossaccount-role/xactarget is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:ap-south-1:aws:transform/Serverless-2016-10-31 because no identity-based policy allows the cloudformation:CreateChangeSet action'
    )
    expect(findings[0]!.intended).toBe(false)
    expect(statements).toHaveLength(1)
  })

  it('a test expecting success that got a refusal ("Expected: 200, got: 403") is not intended', () => {
    // Our own variant: an integration test whose upload was refused.
    const { findings, statements } = intended(
      `FAIL upload_test.go:41: Expected: 200, got: 403 AccessDenied
upload failed: ./dist/app.zip to s3://acme-artifacts/app.zip An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh-run is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-artifacts/app.zip" because no identity-based policy allows the s3:PutObject action`
    )
    expect(findings[0]!.intended).toBe(false)
    expect(statements).toHaveLength(1)
  })

  it('a probe expecting the object, not a refusal ("expected … to return the object") is not intended', () => {
    // Our own variant of Stratus's sentence, with success as the expected return.
    const { findings, statements } = intended(
      `check failed: expected s3:GetObject to return the object, got instead: operation error S3: GetObject, https response error StatusCode: 403, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/reader/probe is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/report.csv" because no identity-based policy allows the s3:GetObject action`
    )
    expect(findings[0]!.intended).toBe(false)
    expect(statements).toHaveLength(1)
  })

  it('"Unexpected error" and "this should not fail" are not markers', () => {
    const { findings, statements } = intended(
      `Unexpected error while deploying; this should not fail on a fresh account.
An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation: User: arn:aws:iam::123456789012:user/deployer is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:us-east-1:123456789012:function:api because no identity-based policy allows the lambda:UpdateFunctionCode action`
    )
    expect(findings[0]!.intended).toBe(false)
    expect(statements).toHaveLength(1)
  })
})

describe('the marker rules, one by one (our own variants)', () => {
  const ctx = (before: string, after = ''): LogContext => ({
    line: 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    before,
    after,
    command: null,
    roleToAssume: null,
    callerArn: null
  })
  it.each([
    ['marked-expected', '', '[+] s3:GetObject: AccessDenied (Expected)'],
    [
      'expected-heading',
      '[INFO] 2026-04-13 17:22:08 - Expected: AccessDenied (permission boundary should block)',
      ''
    ],
    [
      'refusal-is-expected',
      '',
      'This denial is intended: the bucket policy only admits the replication role.'
    ],
    ['should-fail', '# Should be denied by the SCP', ''],
    ['should-fail', '=== Testing team-b access (should DENY) ===', ''],
    ['expected-heading', '**Salida esperada** — error:', ''],
    ['expected-heading', '期待される結果: エラー', ''],
    ['denied-as-expected', '', 'PASS: read of tenant t-999 denied as expected'],
    ['intentional', '', 'Writes from CI are refused; this is by design.'],
    ['negative-test', 'tests/test_iam.py::test_put_object_denied', ''],
    ['passed-check', '', '✓ cross-account read denied'],
    ['no-permissions-identity', '> dotnet aws deploy --profile no-permissions', ''],
    ['no-permissions-identity', 'export AWS_PROFILE=noperms', ''],
    [
      'expected-to-return-refusal',
      // The line Stratus Red Team's organizations-leave technique logs before its call
      // (DataDog/stratus-red-team v2/internal/attacktechniques/aws/defense-evasion/organizations-leave/main.go)
      'Attempting to leave the AWS organization (will trigger an Access Denied error)',
      ''
    ]
  ])('%s', (rule, before, after) => {
    expect(intendedDenialOf(ctx(before, after))?.value).toBe(rule)
  })

  it('every rule has a case above', () => {
    expect(INTENT_RULES.map((r) => r.id).sort()).toEqual(
      [
        'marked-expected',
        'expected-heading',
        'refusal-is-expected',
        'should-fail',
        'denied-as-expected',
        'intentional',
        'negative-test',
        'passed-check',
        'expected-to-return-refusal',
        'no-permissions-identity'
      ].sort()
    )
  })

  it.each([
    ['a profile named for its team', '> aws s3 ls --profile permissions-admin'],
    ['a word that only contains the marker', 'export AWS_PROFILE=no-permissions-review-board-x'],
    ['prose about missing permissions', 'It fails because I have no permissions on the bucket.']
  ])('no no-permissions identity: %s', (_title, before) => {
    expect(intendedDenialOf(ctx(before))?.value).not.toBe('no-permissions-identity')
  })

  it('heldout56 h56-014 (aws/aws-dotnet-deploy#475): a reproduction run with `--profile no-permissions`', () => {
    const [f] = analyzeText(corpusText('heldout56.jsonl', 'h56-014')).findings
    expect(f!.traps).toContain('intended-denial')
    expect(buildRemedies([f!]).flatMap((r) => r.statements)).toEqual([])
  })

  it('nothing around the refusal: no marker', () => {
    expect(
      intendedDenialOf(
        ctx('+ aws s3 cp s3://bucket/key .', 'Error: Process completed with exit code 1.')
      )
    ).toBeNull()
  })
})
