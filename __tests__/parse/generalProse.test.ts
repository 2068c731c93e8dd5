// Prose about an error in general gives no finding (issue 10, heldout5 class 1 and 2); a run's
// error after such words, or told in the first person, or naming a real account, still does.
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { generalProseAt, PROSE_SHAPES, sentenceStartIn } from '../../src/parse/generalProse.js'
import { emptyDenial } from '../../src/model/Denial.js'
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

/** The shape that holds a candidate at the first `needle` of `text` (an empty denial). */
function shapeAt(text: string, needle: string): string | null {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`no ${needle}`)
  return generalProseAt(text, at, emptyDenial('denial', 'test'), needle)
}

describe('general prose: each shape, with a real excerpt', () => {
  it('you-occasion: https://errorfix.dev/errors/aws-eks-auth.html (h5-023)', () => {
    const text = [
      'What This Error Means',
      "When you see the error error: You must be logged in to the server (Unauthorized) after running a kubectl command against an AWS EKS cluster, it indicates that your kubectl client failed to authenticate with the Kubernetes API server running within your EKS cluster. This isn't necessarily an issue with the cluster itself being down, but rather a problem with how your client is attempting to prove its identity or its authorization once identified."
    ].join('\n')
    expect(shapeAt(text, 'error: You must')).toBe('you-occasion')
    expect(parseText(text)).toEqual([])
  })

  it('you-occasion: rails/rails#40886 (h5-029), an exception class named in a sentence', () => {
    const text =
      "Active Storage configurations with `public: true` require the `s3:PutObjectAcl` permission to be able to upload new attachments. If you don't have it, you get `Aws::S3::Errors::AccessDenied` on upload. This isn't documented anywhere."
    expect(parseText(text)).toEqual([])
  })

  it('you-occasion stops at a promise: aws/amazon-ecr-credential-helper#288 (h9-114) quotes what its run printed', () => {
    const text = corpusText('heldout9.jsonl', 'h9-114')
    expect(shapeAt(text, 'no basic auth')).toBeNull()
    expect(parseText(text).map((f) => [f.kind, f.grammar])).toEqual([
      ['credentials', 'docker-no-basic-auth']
    ])
  })

  it('own: a reader who only might meet the error is still general prose', () => {
    const text =
      'If you run "docker build" and the base image is on ECR, you might get the error: "no basic auth credentials".'
    expect(shapeAt(text, 'no basic auth')).toBe('you-occasion')
    expect(parseText(text)).toEqual([])
  })

  it('example-intro: theneuralbase.com Bedrock tutorial (h5-114)', () => {
    const text =
      'When you call client.converse() with an invalid or inaccessible model ID, AWS Bedrock returns AccessDeniedException with a generic message like "User: arn:aws:iam::... is not authorized to perform: bedrock:InvokeModel". This is misleading because it looks like an IAM permission problem when the real issue is usually one of three things: the model ID doesn\'t exist in your region, you haven\'t requested access to that model, or you misspelled it.'
    expect(shapeAt(text, 'User: arn')).not.toBeNull()
    expect(parseText(text)).toEqual([])
  })

  it('example-intro: kubernetes-sigs/aws-encryption-provider#78 (h5-124), `e.g.` in a Go diff', () => {
    const text = [
      '+\t// e.g., "AccessDeniedException: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access."',
      '+\tcase "AccessDeniedException":',
      '+\t\tif strings.Contains(ev.Message(), "customer master key that does not exist") &&'
    ].join('\n')
    expect(shapeAt(text, 'AccessDeniedException: The')).toBe('example-intro')
    expect(parseText(text)).toEqual([])
  })

  it('definition: https://linuxdatahub.com/accessdenied-not-authorized-to-perform-stsassumerolewithwebidentity/ (h5-014)', () => {
    const text =
      'The error message "AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity" typically occurs in the context of AWS Identity and Access Management (IAM). It signifies that the AWS Identity and Access Management (IAM) user or role attempting to perform the sts:AssumeRoleWithWebIdentity action lacks the necessary permissions to do so.'
    expect(shapeAt(text, 'AccessDenied: Not')).toBe('definition')
    expect(shapeAt(text, 'Not authorized')).toBe('definition')
    expect(parseText(text)).toEqual([])
  })

  it('you-meet: https://talkin.icu/blog/mastering-aws-cdk-multi-account (h5-034)', () => {
    const text =
      "Hey there, fellow cloud enthusiasts and CDK magicians! If you're diving deep into the fantastic world of AWS CDK and multi-account deployments, chances are you've bumped into a really common, super frustrating error message: \"Could not assume role in target account... not authorized to perform: sts:AssumeRole on cdk-hnb659fds-deploy-role.\" Sound familiar? Don't sweat it, guys, because you are absolutely not alone."
    expect(shapeAt(text, 'not authorized')).toBe('you-meet')
    expect(parseText(text)).toEqual([])
  })

  it('sample-lead-in: https://repost.aws/knowledge-center/cfn-resolve-missing-permissions (h5-037)', () => {
    const text = [
      "When you launch a stack, CloudFormation assumes the credentials of the user who launched the stack to make the API calls. The assumed user or service role might have a limited list of allowed actions that CloudFormation can perform. The operation fails when the role doesn't have the permissions to create, delete, or update a resource. The failure generates the following type of error message:",
      '',
      'User: [IAM Role] is not authorized to perform: ec2:RunInstances on resource: [Resource Id] because no identity-based policy allows the ec2:RunInstances action'
    ].join('\n')
    expect(shapeAt(text, 'User: [IAM')).toBe('sample-lead-in')
    expect(parseText(text)).toEqual([])
  })

  it('sample-lead-in: github-file:find_string#53916776061 (h3-163), the lead-in above a fenced sample', () => {
    const text = [
      'Here is the kind of app log you might see when the task role is wrong:',
      '',
      '```text',
      '2026-05-02T09:14:22.481Z ERROR orders-api boot failed',
      'AccessDeniedException: User: arn:aws:sts::333333333333:assumed-role/orders-api-task/3f9d7c',
      'is not authorized to perform: secretsmanager:GetSecretValue',
      'on resource: arn:aws:secretsmanager:us-east-1:333333333333:secret:orders-api/prod/database-AbCdEf',
      '```'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('sample-lead-in: github-file:find_string#52662623856 (h3-046), a Korean "suppose"', () => {
    const text = [
      '### 1. 에러 메시지는 세 덩어리로 읽으면 된다',
      '',
      '예를 들어 아래 에러가 있다고 하자.',
      '',
      '```text',
      'User: arn:aws:sts::123456789012:assumed-role/app-role/session-name is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:prod/db-password',
      '```'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('fragment-list: https://faultline-cli.pages.dev/failures/aws-credentials/ (h5-031)', () => {
    const text = [
      'Symptoms',
      '',
      'Faultline looks for one or more of these log fragments:',
      '',
      'NoCredentialProviders',
      'no EC2 instance role found',
      'InvalidClientTokenId',
      'AuthFailure',
      'AccessDenied',
      'Unable to locate credentials',
      'An error occurred (AuthFailure)',
      'could not load credentials'
    ].join('\n')
    expect(shapeAt(text, 'AccessDenied')).toBe('fragment-list')
    // Further down the list than a record reaches, the scanner carries the lead-in.
    expect(parseText(text)).toEqual([])
  })

  it('fragment-list: a long line ends the list, and a refusal after it is a finding', () => {
    const text = [
      'Faultline looks for one or more of these log fragments:',
      '',
      'NoCredentialProviders',
      'InvalidClientTokenId',
      'AuthFailure',
      'ExpiredToken',
      'Run 2024-05-01: the deploy job then failed in the upload step and printed the following line',
      'upload failed: dist/app.js to s3://site/app.js An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('fragment-list: a short list with its lead-in in view gives nothing', () => {
    const text = [
      'The classifier matches these patterns:',
      'AccessDenied',
      'Unable to locate credentials',
      'ExpiredToken'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('expected-section: noobaa/noobaa-core#10060 (b162), what AWS would print', () => {
    const text = [
      '### Actual behavior',
      '1. We throw only `Access Denied`.',
      '',
      '### Expected behavior',
      '1. In AWS the error message it clear why was the access denied: `An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:iam::<account-ID>:user/<username> is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::<bucket=-name>" with an explicit deny in a resource-based policy`'
    ].join('\n')
    expect(shapeAt(text, 'User: arn')).toBe('expected-section')
    expect(parseText(text)).toEqual([])
  })

  it('named-error: ibmimedia.com (h7-152), the heading naming the error above the run it explains', () => {
    const found = parseText(corpusText('heldout7.jsonl', 'h7-152'))
    // The heading is no finding; the run's message under "you will see the below error message:" is.
    expect(found.map((f) => f.action)).toEqual(['sts:AssumeRole'])
    const title = 'Not authorized to perform iam:PassRole error - Tips to fix it ?'
    expect(shapeAt(title, 'Not authorized to perform iam:PassRole')).toBe('named-error')
    expect(parseText(title)).toEqual([])
  })

  it('named-error counter-case: aws-actions/configure-aws-credentials#391 (h7-161), the message as printed in a quote, told as the run failing', () => {
    expect(parseText(corpusText('heldout7.jsonl', 'h7-161')).map((f) => f.action)).toEqual([
      'sts:AssumeRoleWithWebIdentity'
    ])
  })

  it('named-error counter-case: a run whose next line opens with `Error:` stays a finding', () => {
    const text = [
      'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      'Error: Process completed with exit code 1.'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['sts:AssumeRoleWithWebIdentity'])
  })

  it('symptom-list: fixwikihub.com (h7-103), possible errors run onto one line after "Symptoms"', () => {
    const text = corpusText('heldout7.jsonl', 'h7-103')
    expect(shapeAt(text, 'InvalidClientTokenId')).toBe('symptom-list')
    expect(parseText(text)).toEqual([])
  })

  it('symptom-list counter-cases: one run’s message after "Symptom:" stays a finding (heldout4 h4-006, h4-055)', () => {
    expect(parseText(corpusText('heldout4.jsonl', 'h4-006')).map((f) => f.action)).toEqual([
      'sts:AssumeRoleWithWebIdentity'
    ])
    expect(parseText(corpusText('heldout4.jsonl', 'h4-055')).map((f) => f.kind)).toEqual([
      'credentials'
    ])
  })

  it('rest-literal-lead: github-file:find_string#54522167022 (h2-039), a docstring\'s "denied with::" above the message', () => {
    const text = corpusText('heldout2.jsonl', 'h2-039')
    expect(shapeAt(text, 'User: arn')).toBe('rest-literal-lead')
    expect(parseText(text)).toEqual([])
  })

  it('rest-literal-lead: github-file:find_string#58143065845 (a manual\'s "see an error like::")', () => {
    const text = [
      'If you run Cookiecutter from Windows Command Prompt (``cmd.exe``) and see an error like::',
      '',
      "    subprocess.CalledProcessError: Command '['git', 'clone', '...']' returned non-zero exit status 128"
    ].join('\n')
    expect(shapeAt(text, 'subprocess')).toBe('rest-literal-lead')
  })

  it('rest-literal-lead counter-case: a GitHub Actions log command closing a group is no lead-in', () => {
    const text = [
      '::group::Run aws s3 cp dist s3://site --recursive',
      '::endgroup::',
      'upload failed: dist/a.js to s3://site/a.js An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('error-list-section: github-file:find_string#21277350302 (h12-148), a runbook’s `**Common Errors:**`', () => {
    const text = corpusText('heldout12.jsonl', 'h12-148')
    expect(shapeAt(text, 'Error: NoSuchBucket')).toBe('error-list-section')
    expect(shapeAt(text.replace('Common Errors', 'Troubleshooting'), 'Error: NoSuchBucket')).toBe(
      null
    )
  })

  it('foreseen-errors: Chocobozzz/PeerTube#4861 (h138-020), a pull request foreseeing the errors a setting avoids', () => {
    const text = corpusText('heldout138.jsonl', 'h138-020')
    expect(shapeAt(text, 'AccessDenied')).toBe('foreseen-errors')
    expect(parseText(text)).toEqual([])
  })

  it('foreseen-errors counter-case: the errors a run printed, in the past tense, stay a finding', () => {
    const text = 'After the deploy "AccessDenied: Access Denied" errors ended up in the log.'
    expect(shapeAt(text, 'AccessDenied')).toBe(null)
  })

  it("link-title: an issue's title as a link's text in a reading list (heldout145, aws/aws-xray-daemon#59 linked)", () => {
    const text = corpusText('heldout145.jsonl', 'h145-092')
    expect(shapeAt(text, 'NoCredentialProviders')).toBe('link-title')
    expect(parseText(text)).toEqual([])
  })

  it('link-title counter-case: a link after the error on its line is no title of it', () => {
    const text =
      'Error: NoCredentialProviders: no valid providers in chain. See [the docs](https://docs.aws.amazon.com/sdk-for-go/)'
    expect(shapeAt(text, 'NoCredentialProviders')).toBe(null)
  })

  it("troubleshooting-table: Grafana's CloudWatch troubleshooting page (h149-043) and a README's symptom table (h148-022)", () => {
    const grafana = corpusText('heldout149.jsonl', 'h149-043')
    expect(shapeAt(grafana, 'AccessDenied: User')).toBe('troubleshooting-table')
    expect(parseText(grafana)).toEqual([])
    expect(parseText(corpusText('heldout148.jsonl', 'h148-022'))).toEqual([])
  })

  it('troubleshooting-table counter-case: a table with no hedged cause column is no such page', () => {
    const text = [
      '| Step | Output |',
      '|---|---|',
      '| deploy | `User: arn:aws:iam::210987654321:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k` |'
    ].join('\n')
    expect(shapeAt(text, 'User: arn')).toBe(null)
  })

  it.each([
    ["h159-049 (a README's troubleshooting heading)", corpusText('heldout159.jsonl', 'h159-049')],
    [
      'github-file:find_string#60341109276 (an Elastic Beanstalk guide, as printed)',
      [
        '## 🔐 Permissions & IAM Issues',
        '',
        '### "User is not authorized to perform: elasticbeanstalk:CreateApplication"',
        '',
        '**Symptom:** Any `eb`/`aws elasticbeanstalk` command fails with an explicit `AccessDenied`.'
      ].join('\n')
    ]
  ])("quoted-heading: %s is the page's entry, not a run", (_t, text) => {
    expect(shapeAt(text, 'User is not authorized')).toBe('quoted-heading')
  })

  it('quoted-heading counter-cases: a whole message under a heading, a heading naming no quote', () => {
    // The run's own message (its caller named) under a heading stays a finding.
    expect(
      shapeAt(
        '### Error: "User: arn:aws:iam::210987654321:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k"',
        'User: arn'
      )
    ).toBe(null)
    expect(
      shapeAt(
        '### Deploy\nUser is not authorized to perform: s3:PutObject',
        'User is not authorized'
      )
    ).toBe(null)
  })

  it('foretold-error: aws-containers/appmeshworkshop#9, a pull request foretelling the error', () => {
    const text =
      'The current command `aws ecr get-login --no-include-email` is no longer valid. Image push will fail with error `no basic auth credentials`'
    expect(shapeAt(text, 'no basic auth credentials')).toBe('foretold-error')
    // own: what a run did fail with stays the run's
    expect(
      shapeAt('The push failed with error `no basic auth credentials`', 'no basic auth credentials')
    ).toBe(null)
  })

  it('every shape is exercised above', () => {
    expect(PROSE_SHAPES.map((s) => s.id).sort()).toEqual(
      [
        'definition',
        'example-intro',
        'expected-section',
        'fragment-list',
        'sample-lead-in',
        'you-meet',
        'you-occasion',
        'general-meeting',
        'nominal-meeting',
        'defined-fragment',
        'lookout',
        'cjk-general',
        'named-error',
        'symptom-list',
        'rest-literal-lead',
        'error-list-section',
        'foreseen-errors',
        'foretold-error',
        'link-title',
        'troubleshooting-table',
        'quoted-heading'
      ].sort()
    )
  })
})

describe('general prose: counter-cases stay findings', () => {
  it('missing credentials beside a refusal code: two errors, neither titled by the other', () => {
    const text = [
      '+ aws s3 cp build.zip s3://artifacts/',
      'upload failed: build.zip to s3://artifacts/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      '+ aws ecr describe-repositories',
      'Unable to locate credentials. You can configure credentials by running "aws configure".'
    ].join('\n')
    const found = parseText(text)
    const missing = found.find((f) => f.kind === 'credentials')
    expect(missing?.code ?? null).toBeNull()
    expect(missing?.title).toBe('No AWS credentials found')
    expect(found.find((f) => f.kind === 'denial')?.code).toBe('AccessDenied')
  })

  it('twojstaryxd/aws-s3-bucket-copy#3: a question, then the pasted run', () => {
    const text = [
      'I get this error, although the user has full permission, any idea?',
      '```',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObjectAcl operation: Access Denied',
      '```'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('first person on the same line: "When I run … I get an error like …"', () => {
    const text =
      'When I run cdk deploy I get an error like "User: arn:aws:sts::***:assumed-role/gha/deploy is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:***:parameter/cdk-bootstrap/hnb659fds/version"'
    expect(parseText(text).map((f) => f.action)).toEqual(['ssm:GetParameter'])
  })

  it('a real account keeps the finding, whatever the framing', () => {
    const text =
      'If you look at the job, you get `User: arn:aws:iam::482910557013:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::builds/app.zip` on upload.'
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:PutObject'])
  })

  it('awsdocs/amazon-ecr-user-guide#19 (h5-152): "an error such as:" then the printed line', () => {
    const text = [
      'Without the correction, attempting to run `aws ecr get-login --no-include-email` will return with an error such as:',
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: <user-arn> is not authorized to perform: ecr:GetAuthorizationToken on resource: *'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['ecr:GetAuthorizationToken'])
  })

  it('https://teamaws.com/?p=1634: a blog showing the error a run prints stays ("you\'ll see:")', () => {
    const text = [
      "Here's a real error you'll see:",
      'User: arn:aws:iam::123456789012:user/jenkins is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::my-prod-bucket/config.json with an explicit deny',
      'Decode it like this:'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:GetObject'])
  })

  it('github-aws-runners/terraform-aws-github-runner#888 (a161): "For example, the role is getting this error:"', () => {
    const text = [
      'For example, the action syncer role is getting this error:',
      '',
      '```',
      'arn:aws:sts::xxxxx:assumed-role/sbx-action-syncer-lambda-role/awslambda_744_20210612114448101  620a2b93-c9d3-4edc-81e2-ea1570523282  ec2.amazonaws.com  CreateNetworkInterface  Client.UnauthorizedOperation  You are not authorized to perform this operation.',
      '```'
    ].join('\n')
    expect(parseText(text).length).toBe(1)
  })

  it('dancrumb/generator-serverless-policy#9 (a064): "you will get an error:" leads in to a run', () => {
    const text = [
      'Without this permission you will get an error:',
      '',
      'The CloudFormation template is invalid: User: arn:aws: is not authorized to perform: cloudformation:ValidateTemplate'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['cloudformation:ValidateTemplate'])
  })

  it('"the failure signature:" is no fragment list (heldout4 h4-145 shape)', () => {
    const text = [
      'Keep the failure signature, because it now means something different:',
      '',
      '```',
      'Error: No valid credential sources found',
      '```'
    ].join('\n')
    expect(parseText(text).map((f) => f.kind)).toEqual(['credentials'])
  })

  it('github-file:find_string#48733944411 (h4-070): "Expected result:" of a workshop step is a run\'s output', () => {
    const text = [
      '**Expected result:**',
      '```',
      'An error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation:',
      'User: arn:aws:sts::ACCOUNT_ID:assumed-role/iamws-lambda-developer-role/verify',
      'is not authorized to perform: lambda:UpdateFunctionCode on resource:',
      'arn:aws:lambda:us-east-1:ACCOUNT_ID:function:iamws-privileged-lambda',
      '```',
      '',
      '**The attack is blocked!** The developer can only update `dev-*` functions.'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['lambda:UpdateFunctionCode'])
  })

  it('CrowdStrike/terraform-aws-cloud-registration#106 (h157): a fenced error under a plain lead-in', () => {
    const text = [
      'Error seen in customer environments:',
      '',
      '```',
      'User: ... is not authorized to perform: iam:CreateRole on resource: ...',
      'with an explicit deny in a permissions boundary: ...',
      '```'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['iam:CreateRole'])
  })

  it('a fenced run of long log lines under a sample lead-in told in the first person stays', () => {
    const text = [
      'This is the kind of error we got on every deploy:',
      '```',
      '2026-05-02T09:14:22.481Z ERROR orders-api boot failed while reading its database secret',
      'AccessDeniedException: User: arn:aws:sts::333333333333:assumed-role/orders-api-task/3f9d7c is not authorized to perform: secretsmanager:GetSecretValue',
      '```'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['secretsmanager:GetSecretValue'])
  })

  it('"Actual behavior" is the run; only "Expected" is not', () => {
    const text = [
      '### Expected behavior',
      'The upload succeeds.',
      '',
      '### Actual behavior',
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('a list of errors a run printed, under a lead-in that is no fragment list', () => {
    const text = [
      'The deploy step printed these lines:',
      '',
      'AccessDenied: Access Denied',
      '    status code: 403, request id: 8R2Q0, host id: abc'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })

  it('a definition sentence after the run does not reach back to it', () => {
    const text = [
      'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      'This error means the role cannot read the object.'
    ].join('\n')
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })
})

describe('sentence starts, read once per line', () => {
  // The reading each candidate used to make: the line up to the candidate, every end in it.
  function reference(line: string, col: number): number {
    const re = /(?<!\b(?:e\.g|i\.e|etc|vs|cf)|\.\.)[.!?]["')\]]*\s+(?=\S)|[。！？]\s*/g
    let start = 0
    for (const m of line.slice(0, col).matchAll(re)) start = m.index + m[0].length
    return start
  }

  it('finds the start the line up to the column gives, at every column', () => {
    const pieces = [
      '.',
      '!',
      '?',
      '。',
      '？',
      '"',
      "'",
      ')',
      ']',
      ' ',
      '  ',
      'e.g',
      'etc',
      '..',
      'a',
      'Word',
      '\t'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const line = parts.join('')
        for (let col = 0; col <= line.length; col++) {
          expect([col, sentenceStartIn(line, col)]).toEqual([col, reference(line, col)])
        }
      }),
      { numRuns: 1500 }
    )
  })

  it('judges the lines above once for all the candidates of a line', () => {
    const above = Array.from({ length: 40 }, (_, k) => `step ${k} done`).join('\n')
    const line =
      'AccessDenied: Access Denied AccessDenied: Access Denied AccessDenied: Access Denied'
    const text = `${above}\n${line}`
    const split = jest.spyOn(String.prototype, 'split')
    const lines = new Map()
    try {
      for (let at = text.indexOf(line); at !== -1; at = text.indexOf('AccessDenied', at + 1)) {
        generalProseAt(text, at, emptyDenial('denial', 'test'), 'AccessDenied', null, lines)
      }
      expect(split.mock.calls.length).toBe(1)
    } finally {
      split.mockRestore()
    }
    expect(lines.size).toBe(1)
  })
})
