// Credentials failures of a client pointed at a local emulator: the test's keys and endpoint, not
// AWS credentials (heldout69 review: h69-031 DynamoDB Local 2.x, h69-035 ElasticMQ).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h69 = (id: string) => corpusText('heldout69.jsonl', id)

describe('local-emulator-credentials', () => {
  it('h69-031 (shelfio/jest-dynamodb#212): DynamoDB Local wants letters and digits in the key ID', () => {
    const { f } = analysedOne(h69('h69-031'))
    expect(f.traps).toContain('local-emulator-credentials')
    expect(f.inferred?.signals?.['local-emulator']?.value).toBe('dynamodb-local')
    expect(f.explanation).toContain(
      'since its version 2.0 it accepts an access key ID made of letters and digits only'
    )
  })

  it('h69-035 (softwaremill/elasticmq#498): static test keys and the emulator’s endpoint', () => {
    const { f } = analysedOne(h69('h69-035'))
    expect(f.traps).toContain('local-emulator-credentials')
    expect(f.explanation).toContain('AWS_ENDPOINT_URL')
  })

  it('counter-case: a credentials failure with no emulator named keeps the ordinary advice', () => {
    const { f } = analysedOne(
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'
    )
    expect(f.traps).not.toContain('local-emulator-credentials')
  })
})
