// heldout27's refusals the engine missed on its unseen score (issue 10, session 28), and the unseen-logs
// check's (u29), each with its own cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { analyzeText } from '../../src/engine/Analysis.js'

describe("minio-go's client methods name what a Go chain's Access Denied was refused on", () => {
  it("h27-031 (restic through NPBackup): the lock write's `client.PutObject: Access Denied.`", () => {
    const found = parseText(corpusText('heldout27.jsonl', 'h27-031'))
    // Two lines, one refusal: the save and its summary.
    expect(found.map((f) => f.kind)).toEqual(['denial'])
    // Each run's lock is a new object: the repository's objects, or --no-lock for a read-only key.
    const [f] = analyzeText(corpusText('heldout27.jsonl', 'h27-031')).findings
    expect(f!.explanation).toMatch(/--no-lock/)
  })

  it.each(['client.RemoveObject', 'client.ListObjects', 'client.GetBucketLocation'])(
    'own: `%s: Access Denied.` is the client refused by S3',
    (call) => {
      expect(parseText(`unable to prune: ${call}: Access Denied.`)).toHaveLength(1)
    }
  )

  it('counter-case: a Go chain without a storage call stays silent', () => {
    expect(parseText('unable to create lock in backend: client.Login: Access Denied.')).toEqual([])
  })
})

describe("a wrapper's tag on every line is no reStructuredText lead", () => {
  // hashicorp/terraform#17056: Terraform 0.11 in an ECS task whose wrapper prefixes stderr with `ERROR:: `.
  it('u29-001: `ERROR:: ` alone on the line above keeps the credentials failure', () => {
    const text = [
      'Initializing the backend...',
      'ERROR:: ',
      'ERROR:: Error configuring the backend "s3": No valid credential sources found for AWS Provider.',
      'ERROR::   Please see https://terraform.io/docs/providers/aws/index.html for more information on'
    ].join('\n')
    expect(parseText(text).map((f) => f.kind)).toEqual(['credentials'])
  })

  it("counter-case: prose ending in `::` still leads into a manual's sample", () => {
    const text = [
      'If the bucket policy is wrong you will see an error like::',
      '',
      '    An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })
})

describe("Terraform 1.x's `Failed to load state` is its S3 backend's", () => {
  // gruntwork-io/terragrunt#1976 (the unseen-logs check's u29-007), as printed.
  const U29_007 = [
    '╷',
    '│ Error: Failed to load state: AccessDenied: Access Denied',
    '│       status code: 403, request id: someis, host id: someid',
    '│',
    '│',
    '╵'
  ].join('\n')

  it("u29-007: the backend's listing is inferred and its whole set drafted", () => {
    const [f] = analyzeText(U29_007).findings
    expect(f!.inferredAction).toBe('s3:ListBucket')
    expect(f!.traps).toContain('terraform-state-backend')
  })

  it('counter-case: another tool failing to load its own state names no S3 call', () => {
    const [f] = analyzeText('Error: Failed to load state: permission denied (os error 13)').findings
    expect(f?.inferredAction ?? null).toBeNull()
  })
})

describe("a registry type's handler refused without its call", () => {
  it('h27-005: `Access denied for operation AWS::QuickSight::Dashboard` is QuickSight, with the schema to read', () => {
    const [f] = analyzeText(corpusText('heldout27.jsonl', 'h27-005')).findings
    expect([f!.grammar, f!.service]).toEqual(['handler-type-denied', 'quicksight'])
    expect(f!.explanation).toContain(
      'aws cloudformation describe-type --type RESOURCE --type-name AWS::QuickSight::Dashboard'
    )
  })

  it("counter-case: a custom resource's type is no AWS service", () => {
    const found = parseText(
      'Resource handler returned message: "Access denied for operation \'Custom::Seeder\'."'
    ).filter((f) => f.grammar === 'handler-type-denied')
    expect(found).toEqual([])
  })
})
