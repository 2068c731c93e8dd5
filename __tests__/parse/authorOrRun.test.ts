// Issue 10 point 1 (heldout6 look-alikes h6-004, h6-007, h6-009, h6-077, h6-085, h6-105; older
// h3-008, h3-009, h3-206): an author describing an error in general is no finding; a run that
// printed it is. Each shape of src/parse/generalProse.ts added for them: a real excerpt (source
// recorded), and a counter-case where the same words around a run's output keep the finding.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

describe('general-meeting: readers who might meet the error', () => {
  it('a lead-in saying one might see it: https://www.errormedic.com/cloud/aws-s3/aws-s3-access-denied-403-comprehensive-troubleshooting-guide', () => {
    const text = [
      'You might see this error in various forms depending on the tool or SDK you are using:',
      'fatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied(often seen withaws s3 lsoraws s3 sync).'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('in the sentence quoting it (heldout6 h6-004, taourl.com)', () => {
    expect(
      parseText(
        'When a pull request (PR) is merged into the main branch in a CI/CD pipeline using AWS OIDC (OpenID Connect), you might encounter the error: "Error: Not authorized to perform sts:AssumeRoleWithWebIdentity". This occurs when the IAM role configured for the GitHub Actions workflow lacks the necessary permissions to assume the role via OIDC.'
      )
    ).toEqual([])
  })

  it('readers at large (heldout6 h6-077, kouhan.cn)', () => {
    expect(
      parseText(
        'During the initial configuration of Amazon EKS clusters, many users encounter the error: You must be logged in to the server (Unauthorized) when using kubectl.'
      )
    ).toEqual([])
  })

  it('counter-case: a lead-in promising the error shows a run’s (dancrumb/generator-serverless-policy#9)', () => {
    const text = [
      'Without this permission you will get an error:',
      '',
      'The CloudFormation template is invalid: User: arn:aws: is not authorized to perform: cloudformation:ValidateTemplate'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['cloudformation:ValidateTemplate'])
  })

  it('counter-case (own): the writer meeting it is a run', () => {
    expect(
      parseText(
        'We encounter the error: "Error: Not authorized to perform sts:AssumeRoleWithWebIdentity" on every merge.'
      )
    ).toHaveLength(1)
  })
})

describe('nominal-meeting: meeting the error as a topic', () => {
  it('heldout6 h6-085 (openillumi.com)', () => {
    expect(
      parseText(
        'The common development issue of receiving the error "denied: Your Authorization Token has expired" when pushing Docker images to AWS Elastic Container Registry (ECR), immediately after a successful docker login, is typically caused by a fundamental region configuration mismatch.'
      )
    ).toEqual([])
  })

  it('counter-case (own): one job failing after receiving it is a run', () => {
    expect(
      parseText(
        'The push job failed after receiving the error "denied: Your Authorization Token has expired" at 03:12.'
      ).map((f) => f.kind)
    ).toEqual(['credentials'])
  })
})

describe('defined-fragment: a shortened message defined by the sentence after it', () => {
  it('heldout3 h3-009 (github-file:find_string#54994985279)', () => {
    const text = [
      '**Error: "User is not authorized to perform: ecr:GetAuthorizationToken"**',
      '',
      "This error means the IAM role in the pulling account doesn't have permission to call GetAuthorizationToken."
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('counter-case (own): the whole message as a run prints it, under the same heading shape', () => {
    const text = [
      '**Error: "User: arn:aws:sts::111122223333:assumed-role/puller/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: *"**',
      '',
      "This error means the IAM role in the pulling account doesn't have permission to call GetAuthorizationToken."
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['ecr:GetAuthorizationToken'])
  })
})

describe('lookout: what to look for in output', () => {
  it('a comment in a how-to (github-file:find_string#58432464315, an OpenTofu guide)', () => {
    const text = [
      '```bash',
      '# Find what action was denied',
      'TF_LOG=DEBUG tofu apply 2>&1 | grep -E "AccessDenied|is not authorized"',
      '# Look for: User: arn:aws:iam::... is not authorized to perform: ec2:CreateVpc',
      '```'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('a lead-in naming the phrase to see (heldout3 h3-206)', () => {
    const text = [
      'You want to see, in the error, the phrase that proves the SCP fired:',
      '',
      '```',
      'An error occurred (UnauthorizedOperation) when calling the DescribeInstances',
      'operation: You are not authorized to perform this operation ...',
      'with an explicit deny in a service control policy',
      '```'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('counter-case: a Go JSON error `looking for beginning of value` is a run (deis/builder#426)', () => {
    const text =
      '{"errorDetail":{"message":"error parsing HTTP 403 response body: invalid character \'Y\' looking for beginning of value: \\"Your Authorization Token has expired. Please run \'aws ecr get-login\' to fetch a new one.\\""}}'
    expect(parseText(text).map((f) => f.kind)).toEqual(['credentials'])
  })

  it('counter-case (own): a run’s status line under the lead-in keeps the finding', () => {
    const text = [
      'Look for this in the failed job:',
      '2024-05-01T10:00:00Z An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k',
      '2024-05-01T10:00:00Z status code: 403, request id: 1550870c-6e0b-4fac-ba19-1da46fef7f17'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:PutObject'])
  })
})

describe('cjk-general: general wording closing a CJK sentence', () => {
  it('heldout6 h6-105 (openillumi.com, Japanese)', () => {
    expect(
      parseText(
        'AWS CDKをCI/CDパイプラインに組み込んだ際、ローカルでは動くのに「Need to perform AWS calls for account xxx, but no credentials have been configured.」というエラーに遭遇し、時間を浪費した経験はシニアエンジニアほど多いかもしれません。'
      )
    ).toEqual([])
  })

  it('counter-case (own): the same quote told in the past tense of one run', () => {
    expect(
      parseText(
        'GitHub Actionsで「Need to perform AWS calls for account xxx, but no credentials have been configured.」というエラーが出ました。'
      ).map((f) => f.kind)
    ).toEqual(['credentials'])
  })
})

// Issue 10 (heldout7 h7-057, h7-107, h7-128, h7-137, h7-170, h7-175): CJK wording that makes a
// quoted message a sample of its kind, each rule with its heldout7 excerpt, another page of the
// same shape, and a run told in the past tense that stays a finding.
describe('cjk-general: the message as one example of its kind, right after it', () => {
  it.each([
    ['openillumi.com (h7-137): 「…」といった', corpusText('heldout7.jsonl', 'h7-137')],
    [
      'beautifulsoup.dev OIDC deploy errors (h7-175): … 같은 메시지로',
      corpusText('heldout7.jsonl', 'h7-175')
    ],
    [
      'beautifulsoup.dev OIDC AccessDenied fix, its introduction: … 같은 권한거부입니다',
      '그런데 실제 적용 단계에서 가장 흔히 마주치는 문제가 AccessDenied 혹은 Not authorized to perform sts:AssumeRoleWithWebIdentity 같은 권한거부입니다.'
    ]
  ])('%s', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('cjk-general: readers at large, or the error called common', () => {
  it.each([
    [
      'blog.gitcode.com (h7-107): 许多开发者会遇到一个常见的错误',
      corpusText('heldout7.jsonl', 'h7-107')
    ],
    ['openillumi.com (h7-170): 多くの開発者を悩ませます', corpusText('heldout7.jsonl', 'h7-170')]
  ])('%s', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('cjk-general: the message defined', () => {
  it.each([
    [
      'fixlog.shop (h7-128): 이 에러의 정확한 메시지는 ‘…’입니다. 이 메시지는 … 의미합니다',
      corpusText('heldout7.jsonl', 'h7-128')
    ],
    [
      'openillumi.com (h7-057): a title quoting it, then このエラーは…が原因です',
      corpusText('heldout7.jsonl', 'h7-057')
    ],
    [
      'docs.mewrite.jp/errors/aws/aws-accessdeniedexception: …は、…場合に発生するエラーです',
      'AccessDeniedException: User: arn:aws:iam::xxx is not authorized to perform は、AWSのAPIを呼び出した際に、IAMユーザーまたはロールに必要な権限がない場合に発生するエラーです。'
    ]
  ])('%s', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('cjk-general counter-cases: one run told in the past tense stays a finding', () => {
  it('heldout6 h6-158 (openillumi.com): 「…というエラーに直面しました」', () => {
    expect(parseText(corpusText('heldout6.jsonl', 'h6-158')).map((f) => f.code)).toEqual([
      'AccessDenied'
    ])
  })

  it('heldout2 h2-108 (Korean workflow note): `…`로 실패했습니다', () => {
    expect(parseText(corpusText('heldout2.jsonl', 'h2-108')).map((f) => f.action)).toEqual([
      'sts:AssumeRoleWithWebIdentity'
    ])
  })

  it('own: 같은 after the message, then the past tense of one run', () => {
    expect(
      parseText(
        '배포 중 Not authorized to perform sts:AssumeRoleWithWebIdentity 같은 에러가 떴습니다.'
      ).map((f) => f.action)
    ).toEqual(['sts:AssumeRoleWithWebIdentity'])
  })
})

describe('the message read where it starts, not where its code was', () => {
  it('an example inside prose that named the code a sentence earlier (heldout6 h6-007, deverrors.com)', () => {
    expect(
      parseText(
        'An UnauthorizedOperation error occurs when the IAM user or role running Terraform lacks permission to perform a specific AWS API action. AWS returns either a clear error message stating the missing permission (e.g., "User is not authorized to perform: iam:PassRole") or an encoded message that must be decoded.'
      )
    ).toEqual([])
  })
})
