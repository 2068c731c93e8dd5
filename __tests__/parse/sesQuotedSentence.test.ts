// Issue 10 (heldout9, task hI): Amazon SES prints the IAM sentence in its own quoting,
// ``User `arn:…' is not authorized to perform `ses:SendRawEmail' on resource `arn:…'`` (no colons,
// values opened by a backtick and closed by an apostrophe), through its Query API, its SMTP
// interface (`554 Access denied: …`) and every SDK and mail library on top. Values are recorded
// without the quotes, as S3's double quotes are. Also: a subject that is a function's name, dots
// a reporter masked a value with, and a retyped principal/resource with a space inside.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function first(text: string) {
  const found = parseText(text)
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

const h9 = (id: string) => corpusText('heldout9.jsonl', id)

describe('the SES sentence in its backtick/apostrophe quoting', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'heldout9 h9-053: .NET SMTP client, inside System.AggregateException (no wire code)',
      h9('h9-053'),
      {
        code: null,
        action: 'ses:SendRawEmail',
        principal: 'arn:aws:iam::xxxx:user/xxxx',
        resource: 'arn:aws:ses:ca-central-1:xxxx:identity/ssc-spc.gc.ca'
      }
    ],
    [
      'heldout9 h9-054: mixed straight quotes and backticks, Markdown took the last mark',
      h9('h9-054'),
      {
        action: 'ses:SendRawEmail',
        principal: 'arn:aws:iam::xxxxxx:user/xxxxx',
        resource: 'arn:aws:ses:us-east-1:xxxxxx:identity/xxxx'
      }
    ],
    [
      'heldout9 h9-055: a JS SDK error object, masks in braces (`message:` is a dump, not code)',
      h9('h9-055'),
      {
        action: 'ses:SendEmail',
        principal:
          'arn:aws:sts::{ID}:assumed-role/{service}-{stage}-{region}-lambdaRole/{service}-{stage}-receive',
        resource: 'arn:aws:ses:{region}:{ID}:identity/{verified_email}'
      }
    ],
    [
      'heldout9 h9-056: JS SDK v2 util.inspect (`{ AccessDenied: User …`)',
      h9('h9-056'),
      {
        code: 'AccessDenied',
        action: 'ses:SendEmail',
        principal: 'arn:aws:iam::796463698701:user/ce100-s3upload',
        resource: 'arn:aws:ses:eu-west-1:796463698701:identity/ce100.emf@gmail.com'
      }
    ],
    [
      'heldout9 h9-057: quoted in prose inside a code span',
      h9('h9-057'),
      {
        action: 'ses:SendRawEmail',
        principal: 'arn:aws:iam::920189201894:user/test',
        resource: 'arn:aws:ses:eu-west-1:920189201894:identity/kevin@particule.io'
      }
    ],
    [
      'heldout9 h9-058: a SAM function role session',
      h9('h9-058'),
      {
        action: 'ses:SendEmail',
        principal:
          'arn:aws:sts::XXXXXXXXX:assumed-role/sam-batch-test-SendEmailFunctionRole-XXXXXX/sam-batch-test-SendEmailFunction-1FHgDhZRZNoE',
        resource: 'arn:aws:ses:us-west-1:XXXXXXXX:identity/my@customdomain.com'
      }
    ],
    [
      'heldout9 h9-065: Python smtplib 554 through the SES SMTP endpoint',
      h9('h9-065'),
      {
        code: null,
        action: 'ses:SendRawEmail',
        principal: 'arn:aws:iam::381491960855:user/mwaa-ses',
        resource: 'arn:aws:ses:eu-west-2:381491960855:identity/jacob.woffenden@justice.gov.uk'
      }
    ],
    [
      // GSA/data.gov#3810 (CKAN harvester on cloud.gov, Cloud Foundry log prefixes)
      'CKAN SMTPDataError 554 behind Cloud Foundry log prefixes',
      ` 2022-05-03T21:09:30.89-0400 [APP/TASK/harvester/0] ERR 2022-05-04 01:09:30,896 ERROR [ckan.lib.mailer] SMTPDataError(554, b"Access denied: User \`arn:aws:iam::821341638715:user/cf/ses-b7a1cd34ddf3b0cf-csb--e3a67950-0aa6-4cb0-b272-76cfcf93cb8a' is not authorized to perform \`ses:SendRawEmail' on resource \`arn:aws:ses:us-west-2:821341638715:identity/aaron.borden@gsa.gov'")
   2022-05-03T21:09:30.89-0400 [APP/TASK/harvester/0] ERR Traceback (most recent call last):`,
      {
        action: 'ses:SendRawEmail',
        principal:
          'arn:aws:iam::821341638715:user/cf/ses-b7a1cd34ddf3b0cf-csb--e3a67950-0aa6-4cb0-b272-76cfcf93cb8a',
        resource: 'arn:aws:ses:us-west-2:821341638715:identity/aaron.borden@gsa.gov'
      }
    ],
    [
      // ministryofjustice/cloud-platform-environments#3401 (Grafana alerting through gomail)
      'Grafana logfmt line, gomail 554, the sentence inside error="…"',
      `t=2020-10-01T15:16:03+0000 lvl=eror msg="Failed to send alert notification email" logger=alerting.notifier.email error="Failed to send notification to email addresses: jacob.woffenden@digital.justice.gov.uk: gomail: could not send email 1: 554 Access denied: User \`arn:aws:iam::754256621582:user/cloud-platform/hmpps-ems-prod/hmpps-ems-prod-grafana-platform' is not authorized to perform \`ses:SendRawEmail' on resource \`arn:aws:ses:eu-west-2:754256621582:identity/jacob.woffenden@digital.justice.gov.uk'"`,
      {
        action: 'ses:SendRawEmail',
        principal:
          'arn:aws:iam::754256621582:user/cloud-platform/hmpps-ems-prod/hmpps-ems-prod-grafana-platform',
        resource:
          'arn:aws:ses:eu-west-2:754256621582:identity/jacob.woffenden@digital.justice.gov.uk'
      }
    ],
    [
      // usdigitalresponse/usdr-gost#3080 (ECS task sending with a configuration set)
      'a configuration-set resource, code before the sentence',
      "> AccessDenied: User `arn:aws:sts::357150818708:assumed-role/gost-staging-api-ECSTask-2023021701041477300000000a/969ff5cbe4c14e75a8427065217e836e' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-west-2:357150818708:configuration-set/gost-staging-default'",
      {
        code: 'AccessDenied',
        action: 'ses:SendEmail',
        principal:
          'arn:aws:sts::357150818708:assumed-role/gost-staging-api-ECSTask-2023021701041477300000000a/969ff5cbe4c14e75a8427065217e836e',
        resource: 'arn:aws:ses:us-west-2:357150818708:configuration-set/gost-staging-default'
      }
    ],
    [
      // aws/aws-sdk-js#3641 (the reporter's copy starts inside the principal; masks in <>)
      'a copy cut before the opening quote, masks in angle brackets',
      "arn:aws:sts::<accountId>:assumed-role/<serviceRole>/<lambda>' is not authorized to perform `ses:SendTemplatedEmail' on resource `arn:aws:ses:<region>:<accountId>:identity/test@gmail.com'",
      {
        action: 'ses:SendTemplatedEmail',
        principal: 'arn:aws:sts::<accountId>:assumed-role/<serviceRole>/<lambda>',
        resource: 'arn:aws:ses:<region>:<accountId>:identity/test@gmail.com'
      }
    ],
    [
      'own: an apostrophe inside the address stays in the resource',
      "554 Access denied: User `arn:aws:iam::111122223333:user/mailer' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-1:111122223333:identity/o'brien@example.com'",
      { resource: "arn:aws:ses:eu-west-1:111122223333:identity/o'brien@example.com" }
    ],
    [
      'own: the sentence JSON-escaped in a Lambda error body',
      '{"errorType":"AccessDenied","errorMessage":"User `arn:aws:sts::111122223333:assumed-role/mail-fn-role/mail-fn\' is not authorized to perform `ses:SendEmail\' on resource `arn:aws:ses:us-east-1:111122223333:identity/example.com\'"}',
      {
        action: 'ses:SendEmail',
        principal: 'arn:aws:sts::111122223333:assumed-role/mail-fn-role/mail-fn',
        resource: 'arn:aws:ses:us-east-1:111122223333:identity/example.com'
      }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject({ kind: 'denial', service: 'ses', ...want })
  })

  it('heldout9 h9-052: Symfony mailer, action in straight quotes, mangled principal, no resource', () => {
    expect(first(h9('h9-052'))).toMatchObject({
      code: 'AccessDeniedException',
      action: 'ses:SendRawEmail',
      principal: 'arn:aws:iam:',
      resource: null
    })
  })

  it('own: `(code X)` standing where the resource does is never the resource', () => {
    const f = first(
      "Unable to send an email: User arn:aws:iam::111122223333:user/app is not authorized to perform 'ses:SendRawEmail' on resource (code AccessDenied)."
    )
    expect(f).toMatchObject({ action: 'ses:SendRawEmail', resource: null })
  })
})

describe('look-alikes of the SES quoting that stay quiet', () => {
  it.each<[string, string]>([
    [
      'prose opening a quote before the phrase (an apostrophe with no backtick before it)',
      "The docs say 'the caller is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-east-1:111122223333:identity/x' when the policy is wrong"
    ],
    [
      // MessageRejected is the SES sandbox/verification answer, not an authorization refusal
      // (danilop/LambdAuth#64).
      'MessageRejected: email address is not verified',
      '`{ "errorMessage": "Error in sendVerificationEmail: MessageRejected: Email address is not verified. The following identities failed the check in region US-WEST-2: tanzeelrana@cmail.carleotn.ca, tanzeelrana@cmail.carleton.ca" }`'
    ],
    [
      'Python source building the message with f-string fields',
      "    raise PermissionError(f\"User `{user_arn}' is not authorized to perform `ses:SendEmail' on resource `{identity_arn}'\")"
    ]
  ])('%s', (_t, text) => {
    expect(parseText(text).filter((f) => f.kind === 'denial')).toEqual([])
  })
})

describe('a subject that is a function name, and values kept as printed', () => {
  it('heldout9 h9-104: `PostConfirmation is not authorized`, masked phone number with its dots', () => {
    expect(first(h9('h9-104'))).toMatchObject({
      principal: 'PostConfirmation',
      action: 'SNS:Publish',
      resource: '+358....',
      layer: 'identity',
      deny: 'implicit'
    })
  })

  it('own: a lower-camel function name is a subject too', () => {
    expect(
      first(
        'sendWelcomeMail is not authorized to perform: SNS:Publish on resource: +1555.... because no identity-based policy allows the SNS:Publish action'
      )
    ).toMatchObject({ principal: 'sendWelcomeMail', resource: '+1555....' })
  })

  it.each<[string, string]>([
    [
      'a plain word',
      'Caller is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:t'
    ],
    [
      'an error code',
      'AccessDenied is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:t'
    ],
    [
      'an error class',
      'AuthorizationErrorException is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:t'
    ]
  ])('own: %s before the phrase is no principal', (_t, text) => {
    expect(first(text).principal).toBeNull()
  })

  it('own: a sentence period after the resource is still trimmed', () => {
    expect(
      first(
        'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:alerts. Check the topic.'
      ).resource
    ).toBe('arn:aws:sns:us-east-1:111122223333:alerts')
  })

  it('heldout9 h9-151: a retyped session name and resource type with a space inside', () => {
    expect(first(h9('h9-151'))).toMatchObject({
      principal:
        'arn:aws:sts::XXXXXXXXX:assumed-role/Cognito_APPdemoUnauth_Role/ CognitoIdentityCredentials',
      action: 'firehose:PutRecordBatch',
      resource: 'arn:aws:firehose:us-east-1:XXXXXXXXXX:delivery streams/APP_DELIVERY_STREAM'
    })
  })

  it('own: an S3 bucket is never continued past a space, nor a whole resource', () => {
    expect(
      first(
        'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::bucket other/thing'
      ).resource
    ).toBe('arn:aws:s3:::bucket')
    expect(
      first(
        'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:alerts and/or others'
      ).resource
    ).toBe('arn:aws:sns:us-east-1:111122223333:alerts')
  })

  it('own: a complete session ARN is not joined to a word after it', () => {
    expect(
      first(
        'User: arn:aws:sts::111122223333:assumed-role/R/s1 extra is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:t'
      ).principal
    ).toBe('arn:aws:sts::111122223333:assumed-role/R/s1')
  })
})
