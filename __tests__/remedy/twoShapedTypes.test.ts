// The Service Authorization Reference documents some resource types in two shapes in one cell,
// comma-joined (Lex's V2 `bot-alias/${BotId}/${BotAliasId}` beside V1's `bot:${BotName}:${BotAlias}`;
// API Gateway's `/apis/` beside `/restapis/`). Each shape is its own ARN format: a Resource
// holding both in one string matches nothing (heldout10 review h10-124).
import { arnFormatsOf, lookupAction } from '../../src/catalog/Catalog.js'
import { classifyArn } from '../../src/catalog/fitResource.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const resources = (statements: { Resource?: unknown }[]): string[] =>
  statements.flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource])) as string[]

describe('resource types the reference documents in two shapes', () => {
  it('each shape is its own ARN format', () => {
    const alias = lookupAction('lex:RecognizeText')!.resourceTypes[0]!
    expect(alias.arnFormats).toEqual([
      'arn:${Partition}:lex:${Region}:${Account}:bot-alias/${BotId}/${BotAliasId}',
      'arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotAlias}'
    ])
    // A format holding no second ARN stays whole, commas and all.
    expect(arnFormatsOf('arn:${Partition}:s3:::${BucketName}')).toEqual([
      'arn:${Partition}:s3:::${BucketName}'
    ])
    expect(arnFormatsOf(undefined)).toEqual([])
  })

  it.each([
    ['arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID', 'bot alias'],
    ['arn:aws:lex:us-east-1:123456789012:bot:OrderFlowers:prod', 'bot alias'],
    ['arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod', 'Stage'],
    ['arn:aws:apigateway:eu-west-3::/apis/a1b2c3/stages/prod', 'Stage']
  ])('%s is classified as a %s by either shape', (arn, type) => {
    expect(classifyArn(arn)).toBe(type)
  })

  it('h10-124: the printed bot alias ARN is kept, its built-in TSTALIASID alias too', () => {
    // aws/aws-sdk-js-v3#1971: Lex V2 RecognizeText from a Cognito guest role, account and bot id masked
    const { statements, notes } = analysedOne(corpusText('heldout10.jsonl', 'h10-124'))
    const all = resources(statements)
    // The masked bot id becomes a placeholder; the alias id the log shows stays.
    expect(all).toHaveLength(1)
    expect(all[0]).toMatch(/^arn:aws:lex:us-east-1:<ACCOUNT_ID>:bot-alias\/<[A-Z_]+>\/TSTALIASID$/)
    expect(all.join(' ')).not.toContain(', arn:')
    expect(notes).not.toMatch(/shortened with placeholders/)
  })

  it('a REST API stage ARN is kept as printed (aws-amplify/amplify-category-api#736)', () => {
    // aws-amplify/amplify-category-api#736, as printed there
    const { statements } = analysedOne(
      'User: arn:aws:sts::123:assumed-role/us-east-1_abc_Full-access/amplifyadmin is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:us-east-1::/restapis/abc/stages/sandbox/sdks/swift because no identity-based policy allows the apigateway:GET action'
    )
    const all = resources(statements)
    expect(all.every((r) => !r.includes(', arn:'))).toBe(true)
    expect(all.some((r) => r.includes('/restapis/abc/'))).toBe(true)
  })

  it('counter-case: with no resource printed, one shape is drafted, never both in one string', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: lex:RecognizeText'
    )
    expect(resources(statements)).toEqual([
      'arn:aws:lex:<REGION>:<ACCOUNT_ID>:bot-alias/<BOT_ID>/<BOT_ALIAS_ID>'
    ])
  })
})
