// Troubleshooting notes, runbooks and lab reports quote the error a run printed as a record of its
// own: a heading, a table cell, a list item, a code span opening one (issue 10, heldout4). Prose
// that quotes an error after its own words, source code building the text, and a diff editing
// documentation stay what they were.
import { quoteOpensRecord } from '../../src/parse/recordBoundary.js'
import { parseText } from './parseText.js'

const actions = (text: string) => parseText(text).map((f) => [f.kind, f.action])

describe('a quote that opens a Markdown record', () => {
  it.each([
    ['a table cell', '| ', '`', 'not authorized to perform: x:Y` | cause |'],
    ['a heading after another span of the entry', '### `AccessDeniedException` / ', '`', ''],
    ['a list item in bold', '- **', '`', ''],
    ['the indented continuation of a list item', '   ', '`', ''],
    [
      'a cell whose leading pipe the scanner took',
      '',
      '`',
      'not authorized to perform: x:Y` | fix |'
    ],
    ['a heading with a double quote', '### ', '"', '']
  ])('%s opens a record', (_shape, before, quote, rest) => {
    expect(quoteOpensRecord(before, quote, rest)).toBe(true)
  })

  it.each([
    ['prose before the quote', 'The error ', '`', ''],
    ['a label before the quote', 'Symptom to recognise: ', '`', ''],
    ['a span alone on its line, nothing around it', '', '`', 'is not authorized to perform: x:Y`'],
    ['a double quote on an indented code line', '\t\t\t', '"', ''],
    ['a double quote at a line start', '', '"', '']
  ])('%s does not', (_shape, before, quote, rest) => {
    expect(quoteOpensRecord(before, quote, rest)).toBe(false)
  })
})

describe('errors quoted by troubleshooting notes', () => {
  it.each([
    [
      // github-file:find_string#53109493192 (Italian deploy runbook, table row)
      '| `not authorized to perform: ssm:SendCommand` | EC2 role non ha SSM send permissions | IAM Console → `florenceegi-ec2-role` → Attach `AmazonSSMFullAccess` |',
      'ssm:SendCommand'
    ],
    [
      // github-file:find_string#57560003495 (Japanese lab notes, numbered table row)
      '| # | 問題 | 原因 | 解決策 |\n|---|------|------|--------|\n| 1 | `contains invalid characters` | Glue Database 名にハイフン | **アンダースコアを使う** |\n| 2 | `not authorized to perform: glue:CreateInboundIntegration` | Catalog RBAC ポリシー未設定 | `put-resource-policy` で Statement 追加 |',
      'glue:CreateInboundIntegration'
    ],
    [
      // github-file:find_string#60700652132 (Japanese runbook, the short STS form in a cell)
      '| 症状 | 原因 | 対処 |\n|------|------|------|\n| `Not authorized to perform: sts:AssumeRoleWithWebIdentity` | OIDC 設定不一致 | `github_org` / `github_repo` を確認して `terraform apply` |',
      'sts:AssumeRoleWithWebIdentity'
    ],
    [
      // github-file:find_string#54628132211 (heldout4 h4-175: Korean heading, two spans)
      '### `AccessDeniedException` / `is not authorized to perform: ecs:RegisterTaskDefinition`\n\n* AssumeRole 대상 IAM policy에 권한 부족.',
      'ecs:RegisterTaskDefinition'
    ]
  ])('%s', (text, action) => {
    expect(actions(text)).toEqual([['denial', action]])
  })

  it("a heading that is the quoted message, shortened, is the page's entry (h4-040, relabelled a negative in session 54)", () => {
    // github-file:find_string#71143391271: the same shape as h159-049 and h162-064 (quoted-heading).
    expect(
      actions(
        '## Troubleshooting\n\n### "User is not authorized to perform: cloudformation:CreateChangeSet"\nThis is a CloudFormation error (not Terraform).'
      )
    ).toEqual([])
  })

  it('reads the action inside a bold heading and a code span (h4-029, github-file:find_string#53837877781)', () => {
    const text =
      '**❌ Erro: `denied: User is not authorized to perform: ecr:InitiateLayerUpload`**\n\n*Solução:* Verifique se a política IAM do usuário Jenkins inclui todas as permissões listadas no Passo 3.'
    expect(parseText(text).map((f) => [f.action, f.service])).toEqual([
      ['ecr:InitiateLayerUpload', 'ecr']
    ])
  })

  it('own: bold around the action alone is emphasis, not part of it', () => {
    const text = '**Error:** User is not authorized to perform: **s3:PutObject**'
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:PutObject'])
  })

  it('finds each row of a table of refusals (github-file:find_string#15272388801)', () => {
    const text = [
      '| Error | Missing Permission | Solution |',
      '|-------|-------------------|----------|',
      '| `not authorized to perform: iam:TagRole` | IAM TagRole | Add IAM role management permissions |',
      '| `not authorized to perform: ssm:PutParameter` | SSM PutParameter | Add Parameter Store permissions |',
      '| `not authorized to perform: logs:FilterLogEvents` | CloudWatch Logs | Add logs'
    ].join('\n')
    expect(parseText(text).map((f) => f.action)).toEqual([
      'iam:TagRole',
      'ssm:PutParameter',
      'logs:FilterLogEvents'
    ])
  })

  it('reads a heading again: a troubleshooting entry names the error its run hit (h4-111)', () => {
    // github-file:find_string#44508947087
    const text =
      '## Troubleshooting\n\n### Deployment error: `denied: Your authorization token has expired. Reauthenticate and try again.``\n\nThis can occur if your docker client has some old state left in it.'
    expect(parseText(text).map((f) => [f.kind, f.detail.cause])).toEqual([
      ['credentials', 'registry-login']
    ])
  })
})

describe('quotes that stay prose or source', () => {
  it.each([
    [
      // pwrdrvr/lambda-dispatch#148 (real-b b050): an issue naming the message in a bare span
      'pwrdrvr/lambda-dispatch#148',
      '# Router - Return 503 if Lambda Invoke gives permission error\n\n`is not authorized to perform: lambda:InvokeFunction on resource:`'
    ],
    [
      // github-file:find_string#65858345691 (heldout4 h4-201): a Go string continued on its line
      'github-file:find_string#65858345691',
      'func accessDenied() error {\n\treturn &types.AccessDeniedException{\n\t\tMessage: aws.String("User: arn:aws:sts::000000000000:assumed-role/acme_ci_lambda_dev/x " +\n\t\t\t"is not authorized to perform: ecs:UpdateService on resource: " +\n\t\t\t"arn:aws:ecs:us-east-1:000000000000:service/acme_cluster_dev/acme_service_dev"),\n\t}\n}'
    ],
    [
      // github-file:find_string#69515925468: a table of patterns, not of messages
      'github-file:find_string#69515925468',
      '| message 含 | 模式 |\n|---|---|\n| `not authorized to perform: rds:.*` 或 `User: arn:aws:sts::.* is not authorized` | **模式 3a：IAM RolePolicy 缺失** |'
    ],
    [
      'own: prose quoting the short form',
      'You will see the error `not authorized to perform: s3:GetObject` when the key is wrong.'
    ],
    ['own: a heading a diff adds', '+### `not authorized to perform: s3:GetObject`']
  ])('%s gives no finding', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })
})
