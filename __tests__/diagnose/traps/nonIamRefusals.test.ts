// Refusal codes no policy decides (issue 17, heldout5 review part 2 class 1: h5-168): each names
// what is wrong, proposes no statement and points at what changes instead.
import { analysed, analysedOne } from './analysed.js'
import * as analysis from '../../../src/engine/Analysis.js'
import { corpusText } from '../../support/corpusRecords.js'

const heldout5 = (id: string): string => corpusText('heldout5.jsonl', id)

describe('s3-all-access-disabled', () => {
  it('AllAccessDisabled on CreateMultipartUpload drafts no s3:PutObject (h5-168)', () => {
    const { f, statements, notes } = analysedOne(heldout5('h5-168'))
    expect(f.traps).toContain('s3-all-access-disabled')
    expect(f.explanation).toMatch(/^S3 answered `AllAccessDisabled`/)
    expect(f.explanation).toMatch(/bucket names are global/)
    expect(f.explanation).not.toMatch(/which kind of policy/)
    // The bucket name comes first, and the job's owner sets it (heldout15 review h15-105).
    expect(f.fixTarget.owner).toBe('you')
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed/)
  })

  it('the code in a CLI line to a bucket named `test` (own case, the h5-003 shape)', () => {
    const { f, statements } = analysedOne(
      'upload failed: ./sccache.tar to s3://test/sccache.tar An error occurred (AllAccessDisabled) when calling the PutObject operation: All access to this object has been disabled'
    )
    expect(f.code).toBe('AllAccessDisabled')
    expect(f.traps).toEqual(['s3-all-access-disabled'])
    expect(statements).toEqual([])
  })

  it("h15-105 (GitLab's uploads through fog/Excon): the bucket from the request's host, its name first, no AWS Support owner", () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-105'))
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::uploads')
    expect(f.explanation).toMatch(
      /^S3 answered `AllAccessDisabled` \("All access to this object has been disabled"\) for the bucket `uploads`/
    )
    expect(f.explanation).toContain('`aws s3api get-bucket-location --bucket uploads`')
    expect(f.explanation).toContain("GitLab: the object storage's `remote_directory`")
    expect(f.explanation.indexOf("set the job's bucket to one you own")).toBeLessThan(
      f.explanation.indexOf('open a case with AWS Support')
    )
    expect(f.fixTarget.owner).toBe('you')
    expect(statements).toEqual([])
  })

  it('own case: the virtual-hosted URL on the line names the bucket; own counter-case: no host keeps BUCKET', () => {
    const named = analysedOne(
      'Error: PUT https://backups.s3.eu-west-1.amazonaws.com/db.dump returned AllAccessDisabled: All access to this object has been disabled'
    )
    expect(named.f.explanation).toContain('for the bucket `backups`')
    const unnamed = analysedOne(
      'An error occurred (AllAccessDisabled) when calling the GetObject operation: All access to this object has been disabled'
    )
    expect(unnamed.f.explanation).toContain('--bucket BUCKET')
  })
})

describe('sts-region-disabled', () => {
  it("the Go SDK's wrapped STS refusal (turbot/steampipe-plugin-aws#1510)", () => {
    const { f, statements, notes } = analysedOne(
      'Error: operation error EC2: DescribeInstances, failed to sign request: failed to retrieve credentials: failed to refresh cached credentials, operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: a3556be4-6ace-479e-acd8-db5a74762c7c, RegionDisabledException: STS is not activated in this region for account:123456789012. Your account administrator can activate STS in this region using the IAM Console. (SQLSTATE HV000)'
    )
    expect(f.traps).toContain('sts-region-disabled')
    expect(f.explanation).toMatch(/^STS answered `RegionDisabledException`/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(f.fixTarget.description).toMatch(/STS Region settings/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/No statement is proposed/)
  })

  it('the JS SDK v2 error object CDK printed (aws/aws-cdk#11474)', () => {
    const { f, statements } = analysedOne(
      "{\n  message: 'STS is not activated in this region for account:XYZ. Your account administrator can activate STS in this region using the IAM Console.',\n  code: 'RegionDisabledException',\n  time: 2020-11-14Z,\n  requestId: 'XYZ',\n  statusCode: 403,\n  retryable: false,\n  retryDelay: 40.91864924317652\n}"
    )
    expect(f.code).toBe('RegionDisabledException')
    expect(f.traps).toContain('sts-region-disabled')
    expect(statements).toEqual([])
  })
})

describe('s3-archived-object', () => {
  it('InvalidObjectState on GetObject: restore, not allow, and no missing-key advice (localstack/localstack#10393)', () => {
    const { f, statements } = analysedOne(
      "$  aws s3api get-object --bucket bucket --key Dockerfile\n\nAn error occurred (InvalidObjectState) when calling the GetObject operation: The operation is not valid for the object's storage class"
    )
    expect(f.traps).toEqual(['s3-archived-object'])
    expect(f.explanation).toMatch(/restore-object/)
    expect(statements).toEqual([])
  })
})

describe('s3-account-problem', () => {
  it('AccountProblem in the words of the S3 error-code list (own case)', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccountProblem) when calling the PutObject operation: There is a problem with your AWS account that prevents the action from completing successfully. Please contact AWS Support for further assistance.'
    )
    expect(f.traps).toEqual(['s3-account-problem'])
    expect(f.fixTarget.owner).toBe('aws-support')
    expect(statements).toEqual([])
  })

  it('a plain AccessDenied on the same call is still an IAM question', () => {
    const { f, statements } = analysedOne(
      'upload failed: ./build.zip to s3://my-artifacts-111122223333/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps.some((t) => /account-problem|all-access|archived/.test(t))).toBe(false)
    expect(statements.map((s) => s.Action)).toEqual(['s3:PutObject'])
  })
})

describe('the codes in a tool prefix, with their AWS message', () => {
  it("org-formation's task error (org-formation/org-formation-cli#465)", () => {
    const { f, statements } = analysedOne(
      'ERROR: failed executing task: Create OC::ORG::Account MYEXAMPLEACCOUNT RegionDisabledException: STS is not activated in this region for account:01234567890. Your account administrator can activate STS in this region using the IAM Console.'
    )
    expect(f.code).toBe('RegionDisabledException')
    expect(f.traps).toContain('sts-region-disabled')
    expect(statements).toEqual([])
  })

  it('a code-shaped word with another message is no refusal (own case)', () => {
    const { analyzeText } = analysis
    expect(
      analyzeText('cache: InvalidObjectState: retrying with the next mirror').findings
    ).toEqual([])
  })
})

// AWS could not map the request to an operation (heldout10 review 2, h10-109): the request went
// to an endpoint that does not serve the call, or with the wrong HTTP method. No policy is asked.
describe('operation-not-determined', () => {
  const heldout10 = (id: string): string => corpusText('heldout10.jsonl', id)

  it('Kinesis Video GetMedia sent to the control-plane endpoint (boto/boto3#1506, h10-109)', () => {
    const { f, statements, notes } = analysedOne(heldout10('h10-109'))
    expect(f.code).toBe('403')
    expect(f.grammar).toBe('operation-not-determined')
    expect(f.traps).toEqual(['operation-not-determined'])
    expect(f.explanation).toMatch(/^AWS answered "Unable to determine service\/operation name/)
    expect(f.explanation).toMatch(/GetDataEndpoint/)
    expect(f.explanation).not.toMatch(/does not name the service|CloudTrail/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(f.fixTarget.description).toMatch(/endpoint/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: no policy decided this refusal/)
  })

  it('the signaling call from a Lambda handler, the body on two lines (boto/boto3#2597)', () => {
    const { f, statements } = analysedOne(
      '[ERROR] ClientError: An error occurred (403) when calling the SendAlexaOfferToMaster operation: <AccessDeniedException>\n  <Message>Unable to determine service/operation name to be authorized</Message></AccessDeniedException>\nTraceback (most recent call last):\n  File "/var/task/discover.py", line 22, in lambda_handler'
    )
    expect(f.code).toBe('403')
    expect(f.traps).toEqual(['operation-not-determined'])
    expect(statements).toEqual([])
  })

  it("the old CLI's wording with the code in its slot (aws/aws-cli#1552)", () => {
    const { f, statements } = analysedOne(
      'A client error (AccessDeniedException) occurred when calling the AddPermission operation: Unable to determine service/operation name to be authorized'
    )
    expect(f.code).toBe('AccessDeniedException')
    expect(f.traps).toEqual(['operation-not-determined'])
    expect(statements).toEqual([])
  })

  it("API Gateway's test-invoke log of a Lambda integration (serverless/serverless#1312)", () => {
    const { findings, statements } = analysed(
      'Thu Jun 16 08:51:45 UTC 2016 : Endpoint response body before transformations: <AccessDeniedException>\n  <Message>Unable to determine service/operation name to be authorized</Message>\n</AccessDeniedException>\n\nThu Jun 16 08:51:45 UTC 2016 : Endpoint response headers: {x-amzn-RequestId=8dc0385a-339f-11e6-9397-a76da9cf5e10, Connection=keep-alive, Content-Length=130, Date=Thu, 16 Jun 2016 08:51:44 GMT}\nThu Jun 16 08:51:45 UTC 2016 : Lambda invocation failed with status: 403\nThu Jun 16 08:51:45 UTC 2016 : Execution failed due to configuration error: \nThu Jun 16 08:51:45 UTC 2016 : Method completed with status: 500'
    )
    expect(findings.map((f) => f.traps)).toEqual([['operation-not-determined']])
    expect(findings[0]!.explanation).toMatch(/POST/)
    expect(statements).toEqual([])
  })

  it('h167-015 (prowler-cloud/prowler#1573): in a China Region, the call the partition may not offer comes first', () => {
    const { f, statements } = analysedOne(corpusText('heldout167.jsonl', 'h167-015'))
    expect(f.traps).toEqual(['operation-not-determined'])
    expect(f.explanation).toMatch(
      /^AWS answered "Unable to determine service\/operation name to be authorized" in cn-northwest-1/
    )
    expect(f.explanation).toContain('Lambda function URLs in the China Regions')
    expect(f.explanation).not.toMatch(/GetDataEndpoint/)
    expect(f.fixTarget.description).toBe(
      'the call or check made in cn-northwest-1, where the service may not offer it'
    )
    expect(statements).toEqual([])
  })

  it('own: a commercial Region on the line keeps the endpoint advice', () => {
    const { f } = analysedOne(
      'us-east-1 -- ClientError: An error occurred (AccessDeniedException) when calling the GetMedia operation: Unable to determine service/operation name to be authorized'
    )
    expect(f.explanation).toMatch(/GetDataEndpoint/)
  })

  it('own: an IAM sentence on the same call is an IAM question still', () => {
    const { f, statements } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetMedia operation: User: arn:aws:iam::111122223333:user/cam is not authorized to perform: kinesisvideo:GetMedia on resource: arn:aws:kinesisvideo:us-east-1:111122223333:stream/door/1522000000000'
    )
    expect(f.traps).not.toContain('operation-not-determined')
    expect(statements.map((s) => s.Action)).toEqual(['kinesisvideo:GetMedia'])
  })

  it.each([
    ['own: another wording', 'ERROR: Unable to determine service name for the request, retrying'],
    ['own: the phrase cut', 'Unable to determine service/operation name'],
    ['own: prose about it', 'Unable to determine the service/operation name to be authorized by us']
  ])('%s: no finding', (_, text) => {
    expect(analysis.analyzeText(text).findings).toEqual([])
  })
})

describe('s3-china-unauthorized-access', () => {
  it("S3 China's UnauthorizedAccess behind nginx: ICP recordal or signing, never a bare Access Denied (h11-165)", () => {
    // Source: anomalizer/ngx_aws_auth#44 (heldout11 h11-165), text as printed.
    const text =
      '       location / {\n          aws_sign;\n          proxy_pass http://s3.cn-north-1.amazonaws.com.cn;\n       }\n    }\n\n' +
      'I set my nginx like this.But like this\n' +
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>UnauthorizedAccess</Code><Message>You are not authorized to perform this operation</Message><RequestId>CDBF7F9E48FA6F90</RequestId><HostId>GlqLofDFEbC66G99POZqUJbNTefhW87REIh009owtp1vVQAoRE11xltzW1wFqRWMt56S5mZiyOQ=</HostId></Error>'
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps[0]).toBe('s3-china-unauthorized-access')
    expect(f.explanation).toMatch(/^S3 in the AWS China Regions/)
    expect(f.explanation).toMatch(/ICP recordal/)
    expect(f.explanation).not.toMatch(/bare Access Denied/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(f.fixTarget.description).toMatch(/ICP recordal/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed/)
  })

  it.each([
    // Counter-case: Backblaze B2's S3 API uses the same code for an expired presigned link.
    // Source: github-file:find_string#59741744626 (notes quoting curl against B2), as printed.
    "$ curl -s https://s3.us-east-005.backblazeb2.com/.../20260718/....png?X-Amz-...\n<Error><Code>UnauthorizedAccess</Code>\n<Message>Request has expired given timestamp: '20260718T095833Z' and expiration: 604800</Message></Error>",
    // Own cases: the global endpoint, and an ordinary AccessDenied from S3 China.
    'GET https://s3.us-east-1.amazonaws.com/b/k\n<Error><Code>UnauthorizedAccess</Code><Message>You are not authorized to perform this operation</Message></Error>',
    'upload failed: ./a to s3://cn-bucket/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (endpoint https://s3.cn-north-1.amazonaws.com.cn)'
  ])('not AWS China, or not its code: no China advice (%#)', (text) => {
    for (const f of analysed(text).findings) {
      expect(f.traps).not.toContain('s3-china-unauthorized-access')
      expect(f.explanation).not.toMatch(/ICP recordal/)
    }
  })
})

// A service refusing a role of another account (heldout10 review, h10-105): the service checks
// the account itself, so no policy grants it; the passed role must be of the calling account.
describe('cross-account-pass-role', () => {
  it('beside a CDK deploy-role refusal, its own finding (aws/aws-cdk#9912, h10-105)', () => {
    const { findings } = analysed(corpusText('heldout10.jsonl', 'h10-105'))
    expect(findings.map((f) => [f.grammar, f.code, f.occurrences])).toEqual([
      ['iam-sentence', 'AccessDenied', 1],
      ['cross-account-pass-role', 'AccessDenied', 1]
    ])
    const f = findings[1]!
    expect(f.traps).toEqual(['cross-account-pass-role'])
    expect(f.explanation).toMatch(/^AWS answered "Cross-account pass role is not allowed"/)
    expect(f.explanation).toMatch(/No policy grants this/)
    expect(f.explanation).not.toMatch(/CloudTrail|both sides must allow/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(findings[0]!.traps).not.toContain('cross-account-pass-role')
  })

  it.each([
    [
      'CodePipeline running a CloudFormation action (adcreare/cloudformation#3)',
      'Action execution failed\nCross-account pass role is not allowed (Service: AmazonCloudFormation; Status Code: 403; Error Code: AccessDenied; Request ID: b60b8c17-bb31-4366-ab15-b03b6e8d74a2)',
      'AccessDenied'
    ],
    [
      'a Maven plugin creating a Lambda function (fabric8io/kubernetes-alexa#6)',
      '`Caused by: org.apache.maven.plugin.MojoExecutionException: Cross-account pass role is not allowed. (Service: AWSLambda; Status Code: 403; Error Code: AccessDeniedException; Request ID: eff138a0-8f7c-11e8-82c4-f1740d8acf2d)`',
      'AccessDeniedException'
    ],
    [
      'the JS SDK v2 printing the error object (artilleryio/chaos-lambda#29)',
      'Something went wrong:\n{ AccessDeniedException: Cross-account pass role is not allowed.\n    at Object.extractError (/usr/local/lib/node_modules/chaos-lambda/node_modules/aws-sdk/lib/protocol/json.js:43:27)',
      'AccessDeniedException'
    ]
  ])('%s', (_, text, code) => {
    const { f, statements, notes } = analysedOne(text)
    expect([f.grammar, f.code, f.traps]).toEqual([
      'cross-account-pass-role',
      code,
      ['cross-account-pass-role']
    ])
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: no policy decided this refusal/)
  })

  it('own: the IAM sentence of a refused iam:PassRole is an IAM question still', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the CreateStack operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/cfn-exec'
    )
    expect(f.traps).not.toContain('cross-account-pass-role')
    expect(statements.map((s) => s.Action)).toEqual(['iam:PassRole'])
  })

  it.each([
    ['own: a title about it', 'add note that you cannot pass a role cross-account'],
    ['own: prose going on', 'Cross-account pass role is not allowed by default in CodePipeline'],
    ['own: another wording', 'Cross account pass role is not allowed'],
    ['own: the phrase cut', 'Cross-account pass role is not']
  ])('%s: no finding', (_, text) => {
    expect(analysis.analyzeText(text).findings).toEqual([])
  })
})

describe('s3-post-policy-refused', () => {
  it("h122-028 (waynehoover/s3_direct_upload#107): the form's POST policy, not IAM, with no statement", () => {
    const { f, statements } = analysedOne(corpusText('heldout122.jsonl', 'h122-028'))
    expect([f.kind, f.service, f.grammar]).toEqual(['denial', 's3', 's3-post-policy'])
    expect(f.traps).toContain('s3-post-policy-refused')
    expect(f.explanation).toMatch(/^S3 answered "Invalid according to Policy"/)
    expect(statements).toEqual([])
  })

  it.each([
    // own: S3's XML body for an expired policy and for a field no condition names
    '<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy expired.</Message><RequestId>X</RequestId></Error>',
    '<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Extra input fields: x-amz-meta-owner, acl</Message></Error>'
  ])('own: %s', (text) => {
    const { f, statements } = analysedOne(text)
    expect(f.code).toBe('AccessDenied')
    expect(f.traps).toContain('s3-post-policy-refused')
    expect(statements).toEqual([])
  })

  it('own counter-case: the words in a sentence about a policy document are no refusal', () => {
    const { findings } = analysed('The document is invalid according to Policy: see the schema')
    expect(findings).toEqual([])
  })
})

describe('budgets-payer-not-enabled', () => {
  it("h124-021 (the Pulumi provider's CreateBudget): the payer's setting, no statement", () => {
    const { findings, statements } = analysed(corpusText('heldout124.jsonl', 'h124-021'))
    const f = findings[0]!
    expect([f.grammar, f.service]).toEqual(['budgets-linked-account', 'budgets'])
    expect(f.traps).toContain('budgets-payer-not-enabled')
    expect(f.fixTarget.owner).toBe('org-admin')
    expect(statements).toEqual([])
  })
})

// The heldout157–158 expert review (session 53): a service's own words that no grant passes.
describe.each([
  ['account-resource-restricted', 'heldout158.jsonl', 'h158-013', 'aws-support'],
  ['inspector-member-self-disable', 'heldout158.jsonl', 'h158-022', 'org-admin'],
  ['feature-not-in-region', 'heldout158.jsonl', 'h158-023', 'you']
])('%s', (trap, file, id, owner) => {
  it(`${id}: no statement, the change where it lives`, () => {
    const { findings, statements } = analysed(corpusText(file, id))
    const f = findings[0]!
    expect(f.traps).toContain(trap)
    expect(f.fixTarget.owner).toBe(owner)
    expect(statements).toEqual([])
  })
})

// The heldout161–164 expert review (session 54): resources another AWS service owns.
describe.each([
  ['heldout162.jsonl', 'h162-017', 'config'],
  ['heldout162.jsonl', 'h162-001', 'backup']
])('service-owned-resource: %s %s', (file, id, service) => {
  it('no statement: the clean-up leaves it out', () => {
    const { findings, statements } = analysed(corpusText(file, id))
    const f = findings[0]!
    expect(f.service).toBe(service)
    expect(f.traps).toContain('service-owned-resource')
    expect(f.explanation).toMatch(/exclude it in the clean-up tool's configuration/)
    expect(statements).toEqual([])
  })
})

describe('service-owned-resource counter-cases', () => {
  it.each([
    // own: a vault of the user's own, explicitly denied by its policy
    'User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: backup:DeleteBackupVault on resource: arn:aws:backup:us-east-1:111122223333:backup-vault:prod-vault with an explicit deny in a resource-based policy',
    // own: a Config rule of the user's own
    'AccessDeniedException: User: arn:aws:iam::111122223333:user/u is not authorized to perform: config:DeleteConfigRule on resource: arn:aws:config:us-east-1:111122223333:config-rule/config-rule-abc'
  ])('%s', (text) => {
    for (const f of analysed(text).findings) expect(f.traps).not.toContain('service-owned-resource')
  })
})

// The heldout161–164 expert review (session 55): IAM Identity Center's OIDC service refused a sign-in.
describe('sso-oidc-sign-in-refused', () => {
  it('h161-050 (aws/aws-toolkit-jetbrains#4130): no statement, the sign-in and assignments', () => {
    const { findings, statements } = analysed(corpusText('heldout161.jsonl', 'h161-050'))
    const f = findings[0]!
    expect(f.service).toBe('sso-oauth')
    expect(f.traps).toContain('sso-oidc-sign-in-refused')
    expect(f.explanation).toMatch(/^IAM Identity Center's OIDC service/)
    expect(f.explanation).not.toContain('Start with the identity policy')
    expect(statements).toEqual([])
  })

  it.each([
    // own: the same line as printed by the AWS Toolkit for VS Code's log, with a timestamp
    '2024-05-02 10:11:12 [ERROR]: Service returned error code AccessDeniedException (Service: SsoOidc, Status Code: 400, Request ID: 2b1f0d8e-0000-4000-8000-000000000000)',
    // own: the Java SDK v2's
    'software.amazon.awssdk.services.ssooidc.model.AccessDeniedException: Access denied (Service: SsoOidc, Status Code: 400, Request ID: 1)'
  ])('own: %s', (text) => {
    const f = analysed(text).findings[0]
    expect(f?.traps).toContain('sso-oidc-sign-in-refused')
  })

  it('own: IAM Identity Center administration (sso-admin) is IAM-decided', () => {
    const f = analysed(
      'An error occurred (AccessDeniedException) when calling the CreatePermissionSet operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: sso:CreatePermissionSet'
    ).findings[0]!
    expect(f.traps).not.toContain('sso-oidc-sign-in-refused')
  })
})

describe('counter-cases for the heldout157–158 refusals', () => {
  it.each([
    // own: the IAM sentence about a member account's call is the caller's policy
    'User: arn:aws:iam::111122223333:user/u is not authorized to perform: inspector2:Disable on resource: arn:aws:inspector2:us-east-1:111122223333:/',
    // own: "not supported" without AccessDeniedException is a validation error, no finding
    'ValidationException: Lambda code scanning is not supported in us-gov-west-1'
  ])('%s', (text) => {
    for (const f of analysed(text).findings)
      expect(f.traps.filter((t) => /inspector|feature-not|account-resource/.test(t))).toEqual([])
  })
})
