// AWS's error body names the key ID it received; a variable's name there means the program sent
// the name, not the value (expert review of heldout33, h33-017: carrierwaveuploader/carrierwave#1236).
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from './traps/analysed.js'

const body = (key: string) =>
  `Excon::Errors::Forbidden (Expected(200) <=> Actual(403 Forbidden)\n  response => {:body=>"<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>${key}</AWSAccessKeyId></Error>"}`

describe('a variable name received as the access key ID', () => {
  it('h33-017: `S3_KEY` in the AWSAccessKeyId of a Heroku app’s S3 error leads', () => {
    const { f, notes } = analysedOne(corpusText('heldout33.jsonl', 'h33-017'))
    expect(f.inferred?.signals?.['variable-name-key']?.value).toBe('S3_KEY')
    // The checklist says the same, not the generic session-token and Region checks.
    expect(notes).toContain('AWS received the text `S3_KEY`, a variable')
    expect(notes).not.toMatch(/session token|opt-in Region/)
    expect(f.explanation).toMatch(
      /^AWS received the access key ID `S3_KEY` \(the error's AWSAccessKeyId\): that is a variable's name, not a key/
    )
    expect(f.explanation).toContain("such as `'S3_KEY'` for `ENV['S3_KEY']`")
  })

  it('own: a template reference the tool did not expand', () => {
    const { f } = analysedOne(body('${AWS_KEY}'))
    expect(f.inferred?.signals?.['variable-name-key']?.value).toBe('${AWS_KEY}')
    expect(f.explanation).toContain('a reference the tool does not expand')
  })

  it.each([
    ['a key-shaped ID (AWS’s documentation example)', 'AKIAIOSFODNN7EXAMPLE'],
    ['the runner’s mask', '***'],
    ['a one-word value', 'mykey']
  ])('own: %s is no variable name', (_title, key) => {
    const { f } = analysedOne(body(key))
    expect(f.kind).toBe('credentials')
    expect(f.inferred?.signals?.['variable-name-key']).toBeUndefined()
    expect(f.explanation).not.toMatch(/variable's name/)
  })
})
