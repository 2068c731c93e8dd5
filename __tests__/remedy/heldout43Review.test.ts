// heldout43–45's expert reviews (issue 17, session 36): a client's own fallback to anonymous
// access, a service naming the role it could not assume, a stale SAML assertion, from their real
// excerpts, each with a counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('a client that says it fell back to anonymous access (heldout43 review h43-008)', () => {
  it('h43-008 (nextflow-io/nextflow#4868): Fusion’s `using anonymous credentials` line makes the 403 an unsigned request', () => {
    const { f, statements } = analysedOne(corpusText('heldout43.jsonl', 'h43-008'))
    expect(f.traps).toEqual(['unsigned-request-refused'])
    expect(f.explanation).toContain('it found no credentials of its own')
    expect(f.explanation).toContain('Give the client credentials it can find')
    expect(statements).toEqual([])
  })

  it('own: a person writing the words in prose is no client’s line', () => {
    const { f } = analysedOne(
      [
        'I am not using anonymous credentials here, the role is attached.',
        'operation error S3: PutObject, https response error StatusCode: 403, RequestID: HZ, HostID: II=, api error AccessDenied: Access Denied'
      ].join('\n')
    )
    expect(f.traps).not.toContain('unsigned-request-refused')
  })
})

describe('a service naming the role it could not assume (heldout45 review h45-017)', () => {
  it('h45-017 (awslabs/landing-zone-accelerator-on-aws#194): AWS Backup’s CloudTrail event: the role’s trust for backup.amazonaws.com', () => {
    const { f, statements } = analysedOne(corpusText('heldout45.jsonl', 'h45-017'))
    expect(f.traps).toEqual(['role-assumer-trust'])
    expect(f.explanation).toMatch(
      /^`backup\.amazonaws\.com` could not assume `arn:aws:iam::XXXXXXXXXXX:role\/Backup-Role`/
    )
    expect(statements).toEqual([])
  })

  it('own: the same sentence printed by an SDK', () => {
    const { f } = analysedOne(
      'An error occurred (InvalidParameterValueException) when calling the CreateBackupSelection operation: The provided role arn:aws:iam::123456789012:role/backup-role cannot be assumed by AWS Backup.'
    )
    expect(f.traps).toContain('role-assumer-trust')
    expect(f.explanation).toContain('`backup.amazonaws.com`')
  })
})

describe('a SAML assertion redeemed too late (heldout45 review h45-027)', () => {
  it('h45-027 (Nike-Inc/gimme-aws-creds#251): a new assertion, not a longer session', () => {
    const { f } = analysedOne(corpusText('heldout45.jsonl', 'h45-027'))
    expect([f.kind, f.code, f.detail.cause]).toEqual([
      'credentials',
      'ExpiredTokenException',
      'saml-assertion-stale'
    ])
    expect(f.explanation).toContain('sign in to the identity provider again')
  })

  it('counter-case: an expired session token keeps its own advice', () => {
    const { f } = analysedOne(
      'An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.'
    )
    expect(f.detail.cause).not.toBe('saml-assertion-stale')
  })
})

describe('a service-linked role refused by a key (heldout48 review h48-027)', () => {
  it('h48-027 (aws-samples/aws-secure-environment-accelerator#557): Cloud9’s own role is let in by the key policy, not its own policy', () => {
    const { findings, statements } = analysed(corpusText('heldout48.jsonl', 'h48-027'))
    const kms = findings.find((f) => f.action === 'kms:GenerateDataKeyWithoutPlaintext')!
    expect(kms.traps).not.toContain('cloud9-managed-credentials')
    expect(kms.fixTarget.kind).toBe('resource-policy')
    expect(statements.map((s) => s.Principal)).toContainEqual({
      AWS: 'arn:aws:iam::866470196944:role/AWSServiceRoleForAWSCloud9'
    })
  })

  it('counter-case: a customer role refused by the same key keeps its identity statement', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::866470196944:assumed-role/deployer/s is not authorized to perform: kms:GenerateDataKeyWithoutPlaintext on resource: arn:aws:kms:ca-central-1:866470196944:key/57b68747-d552-4f38-8cd3-cb42727dcde5'
    )
    expect(f.fixTarget.kind).toBe('identity-policy')
  })
})

describe('the refused action named as already allowed (heldout43 review h43-023)', () => {
  it('h43-023 (pynamodb/PynamoDB#678): the statement’s Resource first, on the table PynamoDB names', () => {
    const { f } = analysedOne(corpusText('heldout43.jsonl', 'h43-023'))
    expect(f.traps).toContain('allow-already-granted')
    expect(f.explanation).toContain("First compare that statement's Resource and Condition")
    expect(f.explanation).toContain('table/tbl-dev')
    expect(f.explanation).toContain('TABLE_ARN/index/*')
  })

  it('counter-case: a writer saying the action is needed is no Allow in place', () => {
    const { f } = analysedOne(
      [
        'pynamodb.exceptions.QueryError: Failed to query items: An error occurred (AccessDeniedException) on request (HASH) on table (tbl-dev) when calling the Query operation',
        'I think the role needs `dynamodb:Query` to be added.'
      ].join('\n')
    )
    expect(f.traps).not.toContain('allow-already-granted')
  })
})

describe('a writer’s variable and a walkthrough’s expected error (heldout53 review h53-011, heldout52 h52-032)', () => {
  it('h53-011 (ministryofjustice/analytical-platform#772): `snapshot:${SNAPSHOT_ID}` becomes a placeholder, never a policy variable', () => {
    const { statements } = analysed(corpusText('heldout53.jsonl', 'h53-011'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:rds:eu-west-1:593291632749:snapshot:<SNAPSHOT_NAME>'
    ])
  })

  it('own: an IAM policy variable in a printed resource is kept as printed', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::home/${aws:username}/f because no identity-based policy allows the s3:PutObject action'
    )
    expect(JSON.stringify(statements)).toContain('${aws:username}')
  })

  it('h52-032 (Amplify’s permissions-boundary page): "You should observe the following error" is a documented example', () => {
    const { f } = analysedOne(corpusText('heldout52.jsonl', 'h52-032'))
    expect(f.explanation).toMatch(/^The text introduces this refusal as an example/)
  })
})

describe('the quote of a named Allow', () => {
  it('own: the writer’s sentence is quoted from its start', () => {
    const { f } = analysedOne(
      [
        "The role has 's3:GetObject' permissions.",
        'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
      ].join('\n')
    )
    expect(f.inferred?.statedCause?.from).toMatch(/^"The role has 's3:GetObject' permissions/)
  })
})
