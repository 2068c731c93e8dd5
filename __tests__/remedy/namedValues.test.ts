// A value the log names fills the ARN instead of a placeholder (issue 17, heldout11 review:
// h11-126, h11-104): SES's bare sending identity, the Glue table beside a refused database.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('SES: the identity the message names', () => {
  it('h11-126: identity/<address>, with the domain identity as the alternative', () => {
    // heldout11 h11-126, django-ses/django-ses#156 (boto 2), as printed.
    const { statements, notes } =
      analysedOne(`boto.exception.BotoServerError: BotoServerError: 403 Forbidden
<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
  <Error>
    <Type>Sender</Type>
    <Code>AccessDenied</Code>
    <Message>User xxxxxxxxxxxxx is not authorized to perform \`ses:SendRawEmail' on resource do_not_reply@example.com</Message>
  </Error>
  <RequestId>xxxxxxxxxxxxxxxxxxxxxxx</RequestId>
</ErrorResponse>`)
    expect(statements[0]).toMatchObject({
      Action: 'ses:SendRawEmail',
      Resource: 'arn:aws:ses:<REGION>:<ACCOUNT_ID>:identity/do_not_reply@example.com'
    })
    expect(notes).toMatch(/`identity\/example\.com`/)
    expect(notes).toMatch(/ses:FromAddress/)
    expect(notes).not.toMatch(/IDENTITY_NAME|not an ARN|identity name the job uses/)
  })

  it('a domain identity printed bare is its own identity', () => {
    const { statements } = analysedOne(
      "User arn:aws:iam::123456789012:user/app is not authorized to perform `ses:SendEmail' on resource mail.example.org"
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:ses:<REGION>:123456789012:identity/mail.example.org'
    )
  })

  it('negative: a printed identity ARN stays as printed', () => {
    // ministryofjustice/analytical-platform#6944, as printed.
    const { statements } = analysedOne(
      "smtplib.SMTPDataError: (554, b\"Access denied: User `arn:aws:iam::381491960855:user/mwaa-ses' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-2:381491960855:identity/jacob.woffenden@justice.gov.uk'\")"
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:ses:eu-west-2:381491960855:identity/jacob.woffenden@justice.gov.uk'
    )
  })

  it('negative: a bare word that is no address or domain keeps the placeholder', () => {
    const { statements, notes } = analysedOne(
      "User arn:aws:iam::123456789012:user/app is not authorized to perform `ses:SendEmail' on resource welcome_template"
    )
    expect(String(statements[0]!.Resource)).not.toMatch(/welcome_template/)
    expect(notes).toMatch(/not an ARN/)
  })
})

describe('Lambda: the function the message names by name (heldout14 third review, h14-168)', () => {
  it.each([
    // heldout14 h14-168: the China-partition Lambda guide (docs.amazonaws.cn, troubleshooting-invocation).
    ['h14-168', corpusText('heldout14.jsonl', 'h14-168'), 'aws-cn'],
    // The same guide on docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html
    // (awsdocs/aws-lambda-developer-guide doc_source/troubleshooting-invocation.md), as rendered.
    [
      'Lambda guide',
      'Error: User: arn:aws:iam::123456789012:user/developer is not authorized to perform: lambda:InvokeFunction on resource: my-function',
      'aws'
    ]
  ])(
    "%s: the function's ARN in the caller's account, only the Region a placeholder",
    (_n, text, partition) => {
      const { statements, notes } = analysedOne(text)
      expect(statements[0]).toMatchObject({
        Action: 'lambda:InvokeFunction',
        Resource: `arn:${partition}:lambda:<REGION>:123456789012:function:my-function`
      })
      expect(notes).toMatch(/in the caller's account \(from the log/)
      expect(notes).not.toMatch(/FUNCTION_NAME|ACCOUNT_ID|names none|not an ARN/)
    }
  )

  it.each([
    // Own: a layer named bare is no function.
    [
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:GetLayerVersion on resource: my-layer',
      /function:my-layer/
    ],
    // Own: a name with a qualifier-looking colon is not a bare function name.
    [
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:InvokeFunction on resource: 123456789012:function:my-function',
      /lambda:<REGION>:123456789012:function:123456789012/
    ]
  ])('counter-case %#: no function ARN built from %s', (text, wrong) => {
    const { statements } = analysedOne(text)
    expect(JSON.stringify(statements)).not.toMatch(wrong)
  })
})

describe('Glue: the table the log names beside the refused database', () => {
  it('h11-104: table/<db>/table_b, not <TABLE_NAME>', () => {
    // heldout11 h11-104, Altinity/ClickHouse#954, as printed.
    const { f, statements, notes } = analysedOne(
      'Code: 736. DB::Exception: Received from localhost:9000. DB::Exception: Exception calling GetTable for table clickhouse-regression-database-2.table_b: User: arn:aws:iam::{user id}:user/agiliazova is not authorized to perform: glue:GetTable on resource: arn:aws:glue:eu-central-1:{user id}:database/clickhouse-regression-database-2 because no identity-based policy allows the glue:GetTable action. (DATALAKE_DATABASE_ERROR)'
    )
    expect(f.inferred?.namedSlots?.value).toBe(
      'DatabaseName=clickhouse-regression-database-2,TableName=table_b'
    )
    // The catalog reads are one set; each action stands beside the resources it takes.
    expect(statements.flatMap((s) => [s.Resource].flat())).toContain(
      'arn:aws:glue:eu-central-1:<ACCOUNT_ID>:table/clickhouse-regression-database-2/table_b'
    )
    expect(notes).not.toMatch(/TABLE_NAME|names none/)
  })

  it('negative: a table named for another service does not fill a Glue ARN', () => {
    const { f } = analysedOne(
      'error for table orders.items: User: arn:aws:iam::123456789012:user/app is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders because no identity-based policy allows the dynamodb:GetItem action'
    )
    expect(f.inferred?.namedSlots).toBeUndefined()
  })

  it('negative: with no table named, the table stays a placeholder', () => {
    // aws/aws-cdk#16649 (the Lambda reading through awswrangler), as printed.
    const { statements } = analysedOne(
      'AccessDeniedException: An error occurred (AccessDeniedException) when calling the GetTable operation: User: arn:aws:sts::foo:assumed-role/<lambda func>/<lambda func> is not authorized to perform: glue:GetTable on resource: arn:aws:glue:us-west-1:foo:catalog'
    )
    expect(JSON.stringify(statements)).toMatch(/<TABLE_NAME>/)
  })
})
