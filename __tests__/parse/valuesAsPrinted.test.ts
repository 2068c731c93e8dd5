// Issue 17 (heldout4 review, part 1 class 5): values the message prints that decoration, a cut,
// a wrap or an elision must not lose. Each shape: a real excerpt (source recorded), the review's
// case as a regression, and cases of our own.
import { parseText } from './parseText.js'

function first(text: string) {
  const found = parseText(text)
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

describe('an action in Markdown emphasis', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      // github-file:find_string#68330049141 (a lab submission; the action in bold, SCP-like boundary)
      'bold action, explicit deny in a permissions boundary',
      'Instance launch failed. You are not authorized to perform this operation. User: arn:aws:iam::548387266019:user/dcsad-g08 is not authorized to perform: **ec2:RunInstances** on resource: arn:aws:ec2:ap-southeast-1:548387266019:instance/* with an explicit deny in a permissions boundary: arn:aws:iam::548387266019:policy/umak-lab-boundary.',
      {
        action: 'ec2:RunInstances',
        principal: 'arn:aws:iam::548387266019:user/dcsad-g08',
        resource: 'arn:aws:ec2:ap-southeast-1:548387266019:instance/*',
        layer: 'permissions-boundary',
        deny: 'explicit',
        policyArn: 'arn:aws:iam::548387266019:policy/umak-lab-boundary'
      }
    ],
    [
      // heldout4 h4-069 (github-file:find_string#69429358173): bold action and a `[cite: 15]` marker
      'bold action and a citation marker after the reason',
      'You are not authorized to perform this operation. User: arn:aws:iam::548387266019:user/ccsad-g01 is not authorized to perform: **ec2:RunInstances** on resource: arn:aws:ec2:ap-southeast-1:548387266019:instance/* because no identity-based policy allows the ec2:RunInstances action.[cite: 15]',
      {
        action: 'ec2:RunInstances',
        principal: 'arn:aws:iam::548387266019:user/ccsad-g01',
        resource: 'arn:aws:ec2:ap-southeast-1:548387266019:instance/*',
        layer: 'identity',
        deny: 'implicit'
      }
    ],
    [
      'own: italic underscores and a period after the closing run',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: _s3:PutObject_. on resource: arn:aws:s3:::b/k',
      { action: 's3:PutObject', principal: 'arn:aws:iam::111122223333:user/ci' }
    ],
    [
      'own: a bold wildcard action keeps its star',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: **s3:*** on resource: arn:aws:s3:::b',
      { action: 's3:*', resource: 'arn:aws:s3:::b' }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })
})

describe('a message cut after "is not authorized to"', () => {
  it('heldout4 h4-024: the principal and operation stay, the action is unknown', () => {
    // github-file:find_string#54236281696 (a repair script's log cut the message at the line end)
    const f = first(
      '- `01:53:13` ⚠     fmp-stock-picks-agent: still erroring: {"errorMessage": "An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::857687956942:assumed-role/economyapi-lambda-role/fmp-stock-picks-agent is not authorized to \n## 7. justhodl-data-collector — disable (calls dead api.justhodl.ai)'
    )
    expect(f).toMatchObject({
      principal:
        'arn:aws:sts::857687956942:assumed-role/economyapi-lambda-role/fmp-stock-picks-agent',
      operation: 'PutObject',
      code: 'AccessDenied',
      action: null
    })
  })

  it('own: cut at the end of the text', () => {
    expect(
      first('User: arn:aws:iam::111122223333:user/deployer is not authorized to')
    ).toMatchObject({ principal: 'arn:aws:iam::111122223333:user/deployer', action: null })
  })

  it('own: the sentence wrapped before "perform" is not cut', () => {
    expect(
      first(
        'User: arn:aws:iam::111122223333:user/deployer is not authorized to\nperform: sqs:SendMessage on resource: arn:aws:sqs:eu-west-1:111122223333:q'
      )
    ).toMatchObject({ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:eu-west-1:111122223333:q' })
  })

  it.each([
    ['own: prose with no ARN subject', 'The CI user is not authorized to\nrun this job.'],
    ['own: prose that goes on', 'Your account is not authorized to use this feature.']
  ])('%s: no finding', (_t, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a resource on the next line or glued to its colon', () => {
  it.each<[string, string, string]>([
    [
      // doug-macleod/Pipe-1Dev#13 (Step Functions console, wrapped by the reporter)
      'the ARN on the line after "on resource:"',
      'User: arn:aws:sts::674568819625:assumed-role/SCF/ImNaYhDWEWEnqwXHDyUIJYXvRnZUCQNG\nis not authorized to perform: lambda:InvokeFunction on resource:\narn:aws:lambda:us-east-2:674568819625:function:scf-prepare-data-generateUploadKeyHQ3VTHNGXALG with an explicit deny (Service: AWSLambda; Status Code: 403; Error\nCode: AccessDeniedException; Request ID: 07cfc81d-06b7-45bc-8d4a-7f2d673a80ba)',
      'arn:aws:lambda:us-east-2:674568819625:function:scf-prepare-data-generateUploadKeyHQ3VTHNGXALG'
    ],
    [
      // github-file:find_string#59060725764 (AWS docs for SSM for SAP: no space after the colon)
      'no space after "resource:"',
      'An error occurred (AccessDeniedException) when calling the StopApplication operation: User: arn:aws:sts::111122223333:assumed-role/ops/me is not authorized to perform: ssm-sap:StopApplication on resource:arn:aws:ssm-sap:us-east-1:111122223333:HANA/app1',
      'arn:aws:ssm-sap:us-east-1:111122223333:HANA/app1'
    ],
    [
      // heldout4 h4-070 (github-file:find_string#48733944411): lines of one width inside a fence
      // read as a terminal's hard wrap and joined, which glued the ARN to the colon
      'a fenced message whose equal-width lines are joined back',
      '**Expected result:**\n```\nAn error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation:\nUser: arn:aws:sts::ACCOUNT_ID:assumed-role/iamws-lambda-developer-role/verify\nis not authorized to perform: lambda:UpdateFunctionCode on resource:\narn:aws:lambda:us-east-1:ACCOUNT_ID:function:iamws-privileged-lambda\n```',
      'arn:aws:lambda:us-east-1:ACCOUNT_ID:function:iamws-privileged-lambda'
    ]
  ])('%s', (_t, text, resource) => {
    expect(first(text).resource).toBe(resource)
  })
})

describe('names a reporter kept after an elision', () => {
  it('heldout4 h4-073: principal and resource keep the name as printed', () => {
    // github-file:find_string#52251240428 (a deploy-script fix note)
    const f = first(
      '```text\nUser: ... web-app-docker-admin is not authorized to perform: lambda:UpdateFunctionCode on resource: ... function:resume-parser\n```'
    )
    expect(f).toMatchObject({
      principal: '... web-app-docker-admin',
      resource: '... function:resume-parser',
      action: 'lambda:UpdateFunctionCode'
    })
  })

  it.each<[string, string, Record<string, unknown>]>([
    [
      // github-file:find_string#40970503023 (a runbook): both elided whole, nothing kept
      'an elision alone is not joined to the sentence after it',
      'User: ... is not authorized to perform: iam:PassRole on resource: ...',
      { principal: '...', resource: '...', action: 'iam:PassRole' }
    ],
    [
      // github-file:find_string#19731344658 (a runbook): the reason follows the elided resource
      'an elided resource followed by the reason',
      'User: ... is not authorized to perform: cloudwatch:DeleteDashboards on resource: ... because no identity-based policy allows the cloudwatch:DeleteDashboards action',
      { resource: '...', layer: 'identity', deny: 'implicit' }
    ],
    [
      'own: a Unicode ellipsis before the name',
      'User: … deployer is not authorized to perform: sqs:SendMessage on resource: … queue-a with an explicit deny',
      { principal: '… deployer', resource: '… queue-a', deny: 'explicit' }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })
})
