// A service that encrypts its data with a customer managed KMS key uses that key on the caller's
// behalf, with the caller's permissions: when the caller may not use the key, the service relays
// KMS's refusal under its own operation (DynamoDB's `PutItem … KMS key access denied error: … The
// ciphertext refers to a customer master key …`, Kinesis's `KMSAccessDeniedException: User *:* is
// not authorized to decrypt records in stream`; heldout23 review, h23-006, h23-003). The service's
// call was allowed: what is missing is the caller's use of the key, in IAM and in the key policy.
import type { Denial } from '../../model/Denial.js'
import type { Trap } from '../Trap.js'

interface KeyUse {
  service: string
  /** What the key holds, for the sentence. */
  data: string
  /** The KMS actions the caller needs, by whether the call reads or writes. */
  actions: (operation: string | null) => string
  /** How to find the key. */
  find: string
}

const DYNAMODB_OPERATIONS =
  /^(?:PutItem|GetItem|UpdateItem|DeleteItem|Query|Scan|BatchWriteItem|BatchGetItem|TransactWriteItems|TransactGetItems|ExecuteStatement|BatchExecuteStatement)$/

const KINESIS_OPERATIONS = /^(?:PutRecords?|GetRecords|SubscribeToShard)$/

const USES: KeyUse[] = [
  {
    service: 'dynamodb',
    data: 'the table',
    actions: () => '`kms:Decrypt`',
    find: '`aws dynamodb describe-table --table-name TABLE --query Table.SSEDescription.KMSMasterKeyArn`'
  },
  {
    service: 'kinesis',
    data: 'the stream',
    actions: (op) =>
      /^Put/.test(op ?? '')
        ? '`kms:GenerateDataKey`'
        : op === null
          ? '`kms:Decrypt` to read (a consumer), `kms:GenerateDataKey` to write (a producer)'
          : '`kms:Decrypt`',
    find: '`aws kinesis describe-stream-summary --stream-name STREAM --query StreamDescriptionSummary.KeyId`'
  }
]

/** The service that relayed KMS's refusal, when it is one that uses a key for its caller. */
function useOf(d: Denial): KeyUse | null {
  if (d.deny === 'explicit' || (d.action !== null && !/^kms:/i.test(d.action))) return null
  const relayed = d.grammar === 'kms-ciphertext' || /KMS\.?AccessDenied/i.test(d.code ?? '')
  if (!relayed) return null
  if (d.service === 'kinesis' || KINESIS_OPERATIONS.test(d.operation ?? '')) return USES[1]!
  if (d.grammar === 'kms-ciphertext' && DYNAMODB_OPERATIONS.test(d.operation ?? '')) return USES[0]!
  if (d.service === 'dynamodb') return USES[0]!
  return null
}

export const relayedKmsRefusal: Trap = {
  id: 'relayed-kms-refusal',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => useOf(d) !== null,
  advice: ({ d }) => {
    const use = useOf(d)!
    const call = d.operation ? `\`${d.operation}\`` : 'the call'
    return (
      `${use.service === 'dynamodb' ? 'DynamoDB' : 'Kinesis'} uses the customer managed KMS key that encrypts ${use.data} with the caller's permissions, and KMS refused the caller: ${call} itself was allowed. ` +
      `The caller needs ${use.actions(d.operation)} on that key (find it: ${use.find}), allowed by its identity policy and by the key policy (which must name the caller, or delegate to the account's IAM policies); \`kms:ViaService\` = \`${use.service}.REGION.amazonaws.com\` limits the use to this service. ` +
      `No Allow of the ${use.service} action changes this.`
    )
  }
}
