// A change set refused on the AWS-owned transform (SAM's Serverless-2016-10-31) is granted on that
// transform ARN, never called a typo nor moved to a stack placeholder; a deploy that shows no
// CAPABILITY_AUTO_EXPAND is told about it (issue 17, class 2 of the heldout4 review).
import { analysedOne } from './analysed.js'

const SAM_179 =
  // aws/serverless-application-model#179 (a role scoped to one stack; the console rejected the ARN)
  `Failed to create the changeset: Waiter ChangeSetCreateComplete failed: 
Waiter encountered a terminal failure state Status: FAILED. 
Reason: User: <My Role> is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:ap-southeast-2:aws:transform/Serverless-2016-10-31`

const FLOW_LOG_APPENDER =
  // amazon-archives/aws-vpc-flow-log-appender#3 (the deploy command acknowledges CAPABILITY_IAM only)
  `$ aws cloudformation deploy --template-file app-sam-output.yaml --stack-name vpc-flow-log-appender-dev --capabilities CAPABILITY_IAM --region eu-west-1
Waiting for changeset to be created..

Failed to create the changeset: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state Status: FAILED. Reason: User: arn:aws:iam::XXXX:user/YYY is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:eu-west-1:aws:transform/Serverless-2016-10-31`

const H4_037 =
  // heldout4 h4-037 (sam deploy from Jenkins with a cross-account role)
  'Error: Failed to create changeset for the stack: axaws-test-dev-knowledgebase-function, ex: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state: For expression "Status" we matched expected path: "FAILED" Status: FAILED. Reason: User: arn:aws:sts::123456789012:assumed-role/axaws-test-jenkins-dev-crossaccount-role/xactarget is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:ap-south-1:aws:transform/Serverless-2016-10-31 because no identity-based policy allows the cloudformation:CreateChangeSet action'

const H4_043 =
  // heldout4 h4-043 (Japanese SAM notes: the author found the capability missing)
  `\`\`\`
not authorized to perform: cloudformation:CreateChangeSet on resource:
arn:aws:cloudformation:ap-northeast-1:aws:transform/Serverless-2016-10-31
\`\`\`

エラー文言が "not authorized" なので IAM 問題に見えるが実体は capability
不足。\`samconfig.toml\`:`

const H4_044 =
  // heldout4 h4-044 (the CloudFormation service role refused the transform; wrapped by the author)
  `User: arn:aws:sts::123456789012:assumed-role/ACME-CloudFormation-Service-Role-Storage-Management/AWSCloudFormation
is not authorized to perform: cloudformation:CreateChangeSet on resource:
arn:aws:cloudformation:us-east-1:aws:transform/Serverless-2016-10-31
because no identity-based policy allows the cloudformation:CreateChangeSet action`

const SAM_186_TYPO =
  // aws/serverless-application-model#186 (the template said "Transform: AW::Serverless-2016-10-31")
  'Failed to create the changeset: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state Status: FAILED. Reason: User: arn:aws:iam::xxxxxxx:user/xxx is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:us-east-1:aw:transform/Serverless-2016-10-31'

describe.each([
  ['serverless-application-model#179', SAM_179, 'ap-southeast-2'],
  ['aws-vpc-flow-log-appender#3', FLOW_LOG_APPENDER, 'eu-west-1'],
  ['h4-037', H4_037, 'ap-south-1'],
  ['h4-043', H4_043, 'ap-northeast-1'],
  ['h4-044', H4_044, 'us-east-1']
])('the SAM transform (%s)', (_name, text, region) => {
  it('grants CreateChangeSet on the transform ARN as printed, with no typo note', () => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('cloudformation-transform')
    const transform = `arn:aws:cloudformation:${region}:aws:transform/Serverless-2016-10-31`
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['cloudformation:CreateChangeSet', transform]
    ])
    expect(notes).not.toMatch(/typo/)
    expect(notes).toMatch(/the transform resource AWS documents for cloudformation:CreateChangeSet/)
    expect(f.explanation).toMatch(/AWS-owned transform the template uses, not a typo/)
  })
})

describe('the partition', () => {
  it("keeps the log's partition in the transform wildcard (a China-Region deploy)", () => {
    // Our own case: SAM #179's message as a deploy in cn-north-1 would print it.
    const { f, statements } = analysedOne(
      SAM_179.replace(
        'arn:aws:cloudformation:ap-southeast-2',
        'arn:aws-cn:cloudformation:cn-north-1'
      )
    )
    expect(f.traps).toContain('cloudformation-transform')
    expect(statements[0]!.Resource).toBe(
      'arn:aws-cn:cloudformation:cn-north-1:aws:transform/Serverless-2016-10-31'
    )
    expect(f.explanation).toContain('`arn:aws-cn:cloudformation:REGION:aws:transform/*`')
    expect(f.explanation).not.toContain('arn:aws:cloudformation')
  })

  it('names arn:aws for the commercial partition', () => {
    expect(analysedOne(SAM_179).f.explanation).toContain(
      '`arn:aws:cloudformation:REGION:aws:transform/*`'
    )
  })
})

describe('CAPABILITY_AUTO_EXPAND', () => {
  it("is named when the log shows no capability at all (h4-043), never as this refusal's cause", () => {
    const { f } = analysedOne(H4_043)
    // CreateChangeSet ignores the capability (heldout24 review 2, h24-038): no "add it first".
    expect(f.explanation).not.toMatch(/add it first/)
    expect(f.explanation).toMatch(/macros or nested applications/)
    expect(f.explanation).toMatch(
      /The log shows no capability acknowledged: .*CAPABILITY_AUTO_EXPAND/
    )
  })

  it('is named when the command acknowledges only CAPABILITY_IAM', () => {
    const { f } = analysedOne(FLOW_LOG_APPENDER)
    expect(f.inferred?.capabilities?.value).toBe('CAPABILITY_IAM')
    expect(f.explanation).toMatch(
      /The log shows only CAPABILITY_IAM: .*--capabilities CAPABILITY_AUTO_EXPAND/
    )
  })

  it('is not asked for when the deploy already acknowledges it', () => {
    const { f } = analysedOne(
      FLOW_LOG_APPENDER.replace(
        '--capabilities CAPABILITY_IAM',
        '--capabilities CAPABILITY_IAM CAPABILITY_AUTO_EXPAND'
      )
    )
    expect(f.traps).toContain('cloudformation-transform')
    expect(f.explanation).not.toMatch(/acknowledge CAPABILITY_AUTO_EXPAND/)
  })
})

describe('not a transform', () => {
  it('a mistyped transform (account "aw") stays a typo: no trap, no statement on it', () => {
    const { f, statements, notes } = analysedOne(SAM_186_TYPO)
    expect(f.traps).not.toContain('cloudformation-transform')
    expect(notes).toMatch(/check it for a typo/)
    expect(JSON.stringify(statements)).not.toContain(':aw:transform')
  })

  it('a change set refused on a stack keeps the stack ARN', () => {
    // aws-samples/aws-serverless-shopping-cart#49 (an Amplify build's sam deploy)
    const { f, statements } = analysedOne(
      '2022-03-09T15:27:06.601Z [WARNING]: Error: Failed to create changeset for the stack: aws-serverless-shopping-cart-auth, An error occurred (AccessDenied) when calling the CreateChangeSet operation: User: arn:aws:sts::684570837450:assumed-role/aws-serverless-shopping-cart/BuildSession is not authorized to perform: cloudformation:CreateChangeSet on resource: arn:aws:cloudformation:us-east-2:684570837450:stack/aws-serverless-shopping-cart-auth/* because no identity-based policy allows the cloudformation:CreateChangeSet action'
    )
    expect(f.traps).not.toContain('cloudformation-transform')
    expect(statements[0]!.Resource).toBe(
      'arn:aws:cloudformation:us-east-2:684570837450:stack/aws-serverless-shopping-cart-auth/*'
    )
  })
})
