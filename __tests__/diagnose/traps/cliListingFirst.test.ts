// The AWS CLI's `fatal error:` on a refused bucket listing, with no command in the log: the
// listing is the first step of a sync or recursive copy, whose next steps are named by direction
// (issue 17, heldout11 review h11-022).
import { corpusText } from '../../support/corpusRecords.js'
import { analysed } from './analysed.js'

const TRAP = 'cli-listing-first'

describe(TRAP, () => {
  it.each([
    [
      'h11-022 (a Terraform local-exec running sync.sh)',
      corpusText('heldout11.jsonl', 'h11-022'),
      /says sync/
    ],
    [
      // aws-actions/configure-aws-credentials#698, its description's first lines as printed.
      'a bare fatal error',
      '### Describe the bug\n\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n\n### Expected Behavior',
      /does not show the command/
    ]
  ])('%s: the listing and the steps after it, by direction', (_, text, said) => {
    const f = analysed(text).findings.find((x) => x.operation === 'ListObjectsV2')!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(said)
    expect(f.explanation).toContain('`s3:PutObject` on `arn:aws:s3:::BUCKET/PREFIX/*`')
    expect(f.explanation).toContain('`s3:GetObject`')
  })

  it.each([
    [
      // allada/bsc-archive-snapshot#34, as printed: the command is shown, its calls are drafted.
      'a sync whose command is shown',
      ' aws s3 sync --request-payer requester s3://public-blockchain-snapshots/bsc/erigon-snapshots-folder-latest/ /erigon/data/bsc/snapshots/\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    ],
    [
      // Constructed: a listing is all `aws s3 ls` does.
      'aws s3 ls',
      '+ aws s3 ls s3://example-bucket/logs/\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    ],
    [
      // heldout8 h8-079, chanzuckerberg/cryoet-data-portal#1854: a flag before `sync`, and
      // anonymous besides.
      'an unsigned sync whose flag sits between s3 and sync',
      corpusText('heldout8.jsonl', 'h8-079')
    ],
    [
      // Constructed: an SDK's listing, no `fatal error:` of the CLI.
      'boto3 list_objects_v2',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    ]
  ])('not for %s', (_, text) => {
    const f = analysed(text).findings[0]!
    expect(f.traps).not.toContain(TRAP)
  })
})
