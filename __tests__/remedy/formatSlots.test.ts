// Masked segments in a run of slots are named by the catalog's format, each for what stands there
// (heldout75 review h75-011: `bot-alias/[ID]/[ID]` became `<BOT_ALIAS_ID>/<BOT_ALIAS_ID>`).
import { newPlaceholders, unmaskArn } from '../../src/remedy/placeholders.js'
import { runSlotAt, slotToken, slotWords } from '../../src/remedy/formatSlots.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const masked = (piece: string) => /\[|\*/.test(piece)

describe('slots in a run', () => {
  it.each([
    [
      'arn:aws:lex:[REGION]:[ACCOUNT]:bot-alias/[ID]/[ID]',
      'arn:aws:lex:<REGION>:<ACCOUNT_ID>:bot-alias/<BOT_ID>/<BOT_ALIAS_ID>'
    ],
    [
      'arn:aws:ecs:us-east-1:123456789012:service/***/***',
      'arn:aws:ecs:us-east-1:123456789012:service/<CLUSTER_NAME>/<SERVICE_NAME>'
    ],
    // One slot after the type word keeps its type word's name.
    ['arn:aws:iam::123456789012:role/[REDACTED]', 'arn:aws:iam::123456789012:role/<ROLE_NAME>'],
    // A printed first slot stays as printed.
    [
      'arn:aws:ecs:us-east-1:123456789012:service/prod/***',
      'arn:aws:ecs:us-east-1:123456789012:service/prod/<SERVICE_NAME>'
    ]
  ])('%s → %s', (printed, expected) => {
    expect(unmaskArn(newPlaceholders(), printed)).toBe(expected)
  })

  it('names no slot outside a run or where no format has the shape', () => {
    expect(runSlotAt('iam', ['role', '/', '***'], 2, masked)).toBeNull()
    expect(runSlotAt('lex', ['bot-alias', '/', '***'], 2, masked)).toBeNull()
    expect(runSlotAt('lex', ['bot-alias', '/', '***', '/', '***'], 2, masked)).toBe('BotId')
    expect(runSlotAt('lex', ['bot-alias', '/', '***', '/', '***'], 4, masked)).toBe('BotAliasId')
  })

  it('turns a slot into a token and words', () => {
    expect(slotToken('BotAliasId')).toBe('BOT_ALIAS_ID')
    expect(slotWords('BotAliasId')).toBe('the bot alias ID')
  })

  it('h75-011 (the Lex web UI, aws-samples): the statement asks for the bot and its alias', () => {
    const { statements, notes } = analysedOne(corpusText('heldout75.jsonl', 'h75-011'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:lex:<REGION>:<ACCOUNT_ID>:bot-alias/<BOT_ID>/<BOT_ALIAS_ID>'
    ])
    expect(notes).toContain('Replace <BOT_ID> with the bot ID (the log masked it)')
  })
})
