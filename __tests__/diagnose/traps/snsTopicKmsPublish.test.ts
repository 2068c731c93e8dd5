// WD5018 (heldout134 review h134-020, h134-021): a CloudWatch alarm's publish refused by the topic's key.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'sns-topic-kms-publish'

describe(TRAP, () => {
  it.each([
    ["h134-020 (the alarm's action history, JSON)", 'h134-020'],
    ["h134-021 (the Korean console's line)", 'h134-021']
  ])('%s: the key policy for cloudwatch.amazonaws.com, no statement for a caller', (_name, id) => {
    const { findings, statements, notes } = analysed(corpusText('heldout134.jsonl', id))
    const f = findings[0]!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain('`cloudwatch.amazonaws.com`')
    expect(statements).toEqual([])
    expect(notes.join('\n')).toContain('"Principal":{"Service":"cloudwatch.amazonaws.com"}')
  })

  it.each([
    // own: a user's own KMS refusal on a topic publish names the user: no alarm
    'An error occurred (KMSAccessDenied) when calling the Publish operation: User: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    // own: an AWSKMS refusal with no topic around it
    'null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 1)'
  ])('counter-case: %s', (text) => {
    for (const f of analysed(text).findings) expect(f.traps).not.toContain(TRAP)
  })
})
