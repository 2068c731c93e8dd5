// heldout62–63's expert reviews (issue 17, session 38): KMS's older ciphertext sentence, Vault's
// seal at init, a key ID that is no key; from their real excerpts, each with a counter-case of
// our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h62 = (id: string) => corpusText('heldout62.jsonl', id)
const h63 = (id: string) => corpusText('heldout63.jsonl', id)

describe("KMS's older ciphertext sentence (heldout62 review h62-026)", () => {
  it('h62-026 (Versent/unicreds#28): kms:Decrypt on a key, not "the log does not name the service"', () => {
    const { f, statements } = analysedOne(h62('h62-026'))
    expect([f.grammar, f.service, f.inferredAction]).toEqual([
      'kms-ciphertext',
      'kms',
      'kms:Decrypt'
    ])
    expect(statements.map((s) => s.Action)).toEqual(['kms:Decrypt'])
    expect(f.traps).toContain('kms-key-policy')
  })

  it('own: the sentence cut before its end is not read as the whole', () => {
    const { findings } = analysed(
      'error=AccessDeniedException: The ciphertext references a key that either does not exist\n'
    )
    expect(findings.filter((f) => f.grammar === 'kms-ciphertext')).toEqual([])
  })
})

describe("Vault's seal storing its keys at init (heldout62 review h62-021)", () => {
  it('h62-021 (hashicorp/vault#10458): Encrypt, Decrypt and DescribeKey together', () => {
    const { f, statements } = analysedOne(h62('h62-021'))
    expect(f.inferred?.signals?.['vault-kms-seal']?.value).toBe('awskms')
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toEqual(['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt'])
  })

  it('own: a kms:Encrypt refusal of an application keeps its one action', () => {
    const { statements } = analysed(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: kms:Encrypt on resource: arn:aws:kms:eu-north-1:111122223333:key/260757fd-c5e8-49b4-972d-66fb5a366a1e\n'
    )
    expect(statements.map((s) => s.Action)).toEqual(['kms:Encrypt'])
  })
})

describe('a key ID that is no key (heldout63 review h63-022, h63-034)', () => {
  const LEAD = /^AWS received (`[^`]+`|a \d+-character value[^)]*\)?) as the access key ID/

  it.each([
    ['h63-022', '`jcohenadad`'],
    ['h63-034', '`OFF`']
  ])('%s: the word AWS echoed is named first', (id, shown) => {
    const { f } = analysedOne(h63(id))
    expect(f.explanation).toMatch(LEAD)
    expect(f.explanation.startsWith(`AWS received ${shown} as the access key ID`)).toBe(true)
  })

  it('own: a 40-character value is told by its length, never shown', () => {
    const secret = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEQ1'.replace('EXAMPLE', 'SAMPLES')
    const { f } = analysedOne(
      `<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>${secret}</AWSAccessKeyId></Error>\n`
    )
    expect(f.explanation).toMatch(/^AWS received a 40-character value \(the length of a secret/)
    expect(JSON.stringify(f)).not.toContain(secret)
  })

  it('counter-case: a real-looking key ID keeps the unknown-key reading', () => {
    const { f } = analysedOne(
      '<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>AKIAZ2MQ5LJ3K4HN7QPA</AWSAccessKeyId></Error>\n'
    )
    expect(f.inferred?.signals?.['received-not-key']).toBeUndefined()
    expect(f.explanation).not.toMatch(LEAD)
  })
})

describe("ECR Public's bare 403 on a pull (heldout62 h62-033)", () => {
  it('h62-033: the stale login leads, and no statement is drafted', () => {
    const { f, statements } = analysedOne(h62('h62-033'))
    expect(f.traps).toEqual(['ecr-public-stale-login'])
    expect(f.explanation).toMatch(/^The log names ECR Public/)
    expect(f.explanation).toContain('helm registry logout public.ecr.aws')
    expect(statements).toEqual([])
  })
})

const h64 = (id: string) => corpusText('heldout64.jsonl', id)
const h65 = (id: string) => corpusText('heldout65.jsonl', id)

describe('an upload tool that sends a public ACL by default (heldout63–64 reviews)', () => {
  it.each([
    ['h63-001', /^electron-builder's S3 publisher sends a public canned ACL/, 'acl: null'],
    ['h64-006', /^django-s3-storage sends a public canned ACL/, 'AWS_S3_BUCKET_AUTH = True'],
    ['h64-018', /^The text names the canned ACL the upload sends/, 'get-public-access-block']
  ])('%s: the ACL leads, and the tool’s setting is named', (id, lead, setting) => {
    const text = id.startsWith('h63') ? h63(id) : h64(id)
    const { f } = analysedOne(text)
    expect(f.inferred?.signals?.['public-acl-request']).toBeDefined()
    expect(f.explanation).toMatch(lead)
    expect(f.explanation).toContain(setting)
  })

  it('h64-006: a drafted upload that keeps an ACL carries s3:PutObjectAcl too', () => {
    const { statements } = analysed(h64('h64-006'))
    expect(statements.map((s) => s.Action)).toEqual([['s3:PutObject', 's3:PutObjectAcl']])
  })

  it('own: the tool named beside a refused read is no ACL question', () => {
    const { f } = analysedOne(
      'electron-updater: checking for updates\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n'
    )
    expect(f.inferred?.signals?.['public-acl-request']).toBeUndefined()
  })
})

describe('a client that creates its table by default (heldout65 review h65-011)', () => {
  it('h65-011 (dynamoose/dynamoose#1051): dynamoose’s own CreateTable, and its setting', () => {
    const { f } = analysedOne(h65('h65-011'))
    expect(f.traps).toContain('create-on-missing')
    expect(f.explanation).toMatch(/^dynamoose calls CreateTable itself, by default/)
    expect(f.explanation).toContain('{ create: false, waitForActive: false }')
    // `00000` and `22222` are a writer's stand-ins: no cross-account claim.
    expect(f.explanation).not.toContain('different accounts')
  })

  it('own: a refused CreateTable with no such client keeps the plain grant', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/deploy/s is not authorized to perform: dynamodb:CreateTable on resource: arn:aws:dynamodb:us-west-1:111122223333:table/orders\n'
    )
    expect(f.traps).not.toContain('create-on-missing')
    expect(statements.map((s) => s.Action)).toEqual(['dynamodb:CreateTable'])
  })
})

describe("a writer's redaction standing for a whole name (heldout65 review h65-023)", () => {
  it('h65-023: `SNIP` is neither the caller nor the queue', () => {
    const { f, statements } = analysedOne(h65('h65-023'))
    expect(f.explanation).not.toContain('identity policy of SNIP')
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:sqs:<REGION>:<ACCOUNT_ID>:<QUEUE_NAME>'
    ])
  })

  it('own: a queue really named `snippets` keeps its name', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: sqs:sendmessage on resource: snippets because no identity-based policy allows the sqs:sendmessage action\n'
    )
    expect(String(statements[0]?.Resource)).toMatch(/:snippets$/)
  })
})

const h66 = (id: string) => corpusText('heldout66.jsonl', id)

describe('a signature gone stale in AWS Lambda (heldout66 review h66-031)', () => {
  it('h66-031: Lambda’s frozen environment leads, not the clock', () => {
    const { f } = analysedOne(h66('h66-031'))
    expect(f.inferred?.signals?.['lambda-stale-signature']?.value).toBe('lambda')
    expect(f.explanation).toMatch(/^This ran in AWS Lambda/)
    expect(f.explanation).toContain('no clock needs syncing')
  })

  it('own: a skewed signature off Lambda keeps the clock reading', () => {
    const { f } = analysedOne(
      'An error occurred (InvalidSignatureException) when calling the GetParameter operation: Signature expired: 20250116T095814Z is now earlier than 20250116T095815Z (20250116T100315Z - 5 min.)\n'
    )
    expect(f.inferred?.signals?.['lambda-stale-signature']).toBeUndefined()
    expect(f.explanation).toContain('five minutes for most services')
  })

  it('h66-015 (getsentry/sentry#11033): Sentry’s filestore sends a public ACL', () => {
    const { f } = analysedOne(h66('h66-015'))
    expect(f.explanation).toMatch(/^Sentry's S3 filestore sends a public canned ACL/)
    expect(f.explanation).toContain('default_acl: private')
  })
})

const h67 = (id: string) => corpusText('heldout67.jsonl', id)

describe("DynamoDB items granted to a Cognito identity pool's role (heldout67 review h67-026, h67-028)", () => {
  it.each(['h67-026', 'h67-028'])('%s: the grant keeps each user to their own items', (id) => {
    const { statements } = analysed(h67(id))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Condition).toEqual({
      'ForAllValues:StringEquals': {
        'dynamodb:LeadingKeys': ['${cognito-identity.amazonaws.com:sub}']
      }
    })
  })

  it('own: an application role keeps an unconditioned grant', () => {
    const { statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/api-prod-lambdaRole/api-prod-create is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-2:111122223333:table/notes\n'
    )
    expect(statements[0]!.Condition).toBeUndefined()
  })
})

describe("IAM Identity Center's portal refusing a role (heldout67 review h67-003)", () => {
  it('h67-003: the assignment leads, no IAM policy, though the CLI names no service', () => {
    const { f, statements } = analysedOne(h67('h67-003'))
    expect(f.traps).toContain('identity-center-no-access')
    expect(f.explanation).toMatch(/^The IAM Identity Center portal refused the role credentials/)
    expect(statements).toEqual([])
  })
})

describe('a caller set in underscores is hidden (heldout68 review h68-030)', () => {
  it('h68-030: `_my role_` is no role to name', () => {
    const { f } = analysedOne(corpusText('heldout68.jsonl', 'h68-030'))
    expect(f.explanation).not.toContain('identity policy of _my')
    expect(f.explanation).toContain('the caller (its name is cut or masked in the log)')
  })
})
