// Issue 10 (heldout12 review, h12-031, h12-049): the IAM sentence's subject as printed, when the
// paste stops right after `perform` or the subject is masked whole without `User:`.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('a paste that stops right after `is not authorized to perform`', () => {
  it('h12-031 (raster-foundry/raster-foundry#1229): the closing backtick ends it, the principal stays', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-031'))
    expect([f.kind, f.code, f.action, f.principal]).toEqual([
      'denial',
      'AccessDeniedException',
      null,
      'arn:aws:sts::615874746523:assumed-role/StagingContainerInstanceProfile/i-0ba52d178d30f0e42'
    ])
  })

  it.each([
    ['a double quote', '"'],
    ['a colon, then a closing quote', ':"'],
    ['a typographic quote', '”']
  ])('own variant: closed by %s', (_title, close) => {
    const f = only(
      `The call fails with "An error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform${close}`
    )
    expect([f.code, f.action, f.principal]).toEqual([
      'AccessDenied',
      null,
      'arn:aws:iam::123456789012:user/ci'
    ])
  })

  it.each([
    [
      'github-file:find_string#39604701109 (a guide naming the message, no principal)',
      '**Permission errors** are the most common frustration for beginners. When you see `AccessDenied: User is not authorized to perform`, first verify your identity:'
    ],
    [
      'github-file:find_string#2286492575 (source building the message)',
      '    const basic_message = `User: ${arn_for_requesting_account} is not authorized to perform:` +\n    `${full_action_name} on resource: `;'
    ],
    [
      'github-file:find_string#19559156108 (an exam question quoting part of it, no ARN)',
      'In part, the error messages says "assumed-role/AWS_APIGateway_Access_Role/api-gateway/execute-api is not authorized to perform". What is most likely the cause of this issue?'
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a subject masked whole, without `User:`', () => {
  it('h12-049 (aws-solutions-library-samples/data-transfer-hub#141): principal as printed, no resource after a colon-less `on resource`', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-049'))
    expect([f.action, f.principal, f.resource]).toEqual(['dynamodb:TagResource', 'xxxxxxx', null])
  })

  it('own variant: a stack event masked in capitals keeps its resource after `on resource:`', () => {
    const f = only(
      'Resource handler returned message: "XXXXXXXX is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:us-east-1:XXXXXXXX:log-group:x"'
    )
    expect([f.principal, f.resource]).toEqual([
      'XXXXXXXX',
      'arn:aws:logs:us-east-1:XXXXXXXX:log-group:x'
    ])
  })

  it('own variant: an ARN after a colon-less `on resource` is still the resource', () => {
    const f = only(
      'The event says "xxxxxxx is not authorized to perform: s3:PutObject on resource arn:aws:s3:::bucket/key"'
    )
    expect(f.resource).toBe('arn:aws:s3:::bucket/key')
  })

  it('SES’s quoted action keeps its colon-less resource (as h11-126)', () => {
    const f = only(
      "<Message>User xxxxxxxxxxxxx is not authorized to perform `ses:SendRawEmail' on resource do_not_reply@example.com</Message>"
    )
    expect(f.resource).toBe('do_not_reply@example.com')
  })

  it('silent: a sentence with a placeholder word and no action', () => {
    expect(
      parseText('Please see the docs: xxx is not authorized to perform anything on that')
    ).toEqual([])
  })
})
