// Terraform's S3 backend: a refused lock or state call needs the backend's whole set of actions
// on the named table or bucket, and a held lock (ConditionalCheckFailedException) needs none.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import type { PolicyStatement } from '../../../src/model/Remedy.js'
import { findingsOf, only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'terraform-state-backend'
const LOCK_SET = [
  'dynamodb:DeleteItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:PutItem'
]

// Source: ministryofjustice/modernisation-platform#6789 (account numbers removed by the
// reporter), text as printed.
const MODERNISATION_6789 =
  'Error message: 2 errors occurred:\n' +
  '\t* operation error DynamoDB: PutItem, https response error StatusCode: 400,\n' +
  'RequestID: api error\n' +
  'AccessDeniedException: User:\n' +
  'arn:aws:sts:::assumed-role/github-actions/githubactionsrolesession\n' +
  'is not authorized to perform: dynamodb:PutItem on resource:\n' +
  'arn:aws:dynamodb:eu-west-2::table/modernisation-platform-terraform-state-lock\n' +
  'because no identity-based policy allows the dynamodb:PutItem action\n' +
  '\t* Unable to retrieve item from DynamoDB table\n' +
  '"modernisation-platform-terraform-state-lock": operation error DynamoDB'
// Source: terrarium-tf/cli#1 (a table not named for Terraform: the backend's words say it),
// text as printed.
const TERRARIUM_1 =
  'failed to lock s3 state: 2 errors occurred:\n' +
  '\t* AccessDeniedException: User: arn:aws:iam::111:user/xyz is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-central-1:123:table/xyz because no identity-based policy allows the dynamodb:PutItem action'
// Source: Genaker/TerraformMagentoCloud#22 (a lock held by another run), text as printed.
const MAGENTO_22 =
  'Error: Error acquiring the state lock\n' +
  '│ \n' +
  '│ Error message: ConditionalCheckFailedException: The conditional request\n' +
  '│ failed\n' +
  '│ Lock Info:\n' +
  '│   ID:        f9763602-b03f-e35c-da30-4083cdbb99ae\n' +
  '│   Path:      terraform-statess-387688863714/aws-data/terraform.tfstate\n' +
  '│   Operation: OperationTypeApply\n' +
  '│   Who:       genaker@genaker\n' +
  '│   Version:   1.0.7\n' +
  '│   Created:   2021-09-27 00:10:27.424064363 +0000 UTC\n' +
  '│   Info:      \n' +
  '│ '

function actionsOn(statements: PolicyStatement[], resource: string): string[] {
  return statements
    .filter((s) => [s.Resource].flat().includes(resource))
    .flatMap((s) => [s.Action].flat())
    .sort()
}

describe(TRAP, () => {
  it('ministryofjustice/modernisation-platform#6789: the whole lock set on the named table', () => {
    const f = only(MODERNISATION_6789)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`dynamodb:DeleteItem`')
    expect(f.explanation).toContain('ConditionalCheckFailedException')
    const remedies = buildRemedies([f])
    const statements = remedies.flatMap((r) => r.statements)
    const table = [statements[0]!.Resource].flat()[0]!
    expect(table).toMatch(
      /^arn:aws:dynamodb:eu-west-2:<ACCOUNT_ID>:table\/modernisation-platform-terraform-state-lock$/
    )
    expect(actionsOn(statements, table)).toEqual(LOCK_SET)
    expect(remedies[0]!.notes.join('\n')).toContain("Terraform's state locking")
    // The printed account field is empty (h5-052): masked, so it is the placeholder's to fill.
    expect(remedies[0]!.notes.join('\n')).toContain(
      'Replace <ACCOUNT_ID> with the 12-digit AWS account ID (the log printed the ARN with its account field empty: masked)'
    )
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('terrarium-tf/cli#1: a table of any name, tied to the backend by the log', () => {
    const f = only(TERRARIUM_1)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.stateBackend?.from).toContain('failed to lock s3 state')
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual(LOCK_SET)
  })

  it('Genaker/TerraformMagentoCloud#22: a held lock is no denial at all', () => {
    expect(findingsOf(MAGENTO_22)).toEqual([])
  })

  it('the state object with use_lockfile: the .tflock key gets its get, put and delete', () => {
    const f = only(
      '│ Error: Error acquiring the state lock\n' +
        '│ Error message: operation error S3: PutObject, https response error StatusCode: 403, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/tf-plan/gha is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-tfstate/envs/prod/terraform.tfstate.tflock" because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`.tflock` key')
    const remedies = buildRemedies([f])
    const statements = remedies.flatMap((r) => r.statements)
    expect(
      actionsOn(statements, 'arn:aws:s3:::acme-tfstate/envs/prod/terraform.tfstate.tflock')
    ).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:PutObject'])
    expect(actionsOn(statements, 'arn:aws:s3:::acme-tfstate')).toEqual(['s3:ListBucket'])
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('the state key itself: ListBucket on the bucket, Get and Put on the key', () => {
    const f = only(
      'Error: Failed to save state: failed to upload state: operation error S3: PutObject, https response error StatusCode: 403, RequestID: 8Q2, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/tf-apply/gha is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-tfstate/app/terraform.tfstate" because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.traps).toContain(TRAP)
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(actionsOn(statements, 'arn:aws:s3:::acme-tfstate/app/terraform.tfstate')).toEqual([
      's3:GetObject',
      's3:PutObject'
    ])
    expect(actionsOn(statements, 'arn:aws:s3:::acme-tfstate')).toEqual(['s3:ListBucket'])
  })

  it('does not apply to an application table, nor widen its PutItem', () => {
    const f = only(
      'An error occurred (AccessDeniedException) when calling the PutItem operation: User: arn:aws:sts::111122223333:assumed-role/api/lambda is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders because no identity-based policy allows the dynamodb:PutItem action'
    )
    expect(f.traps).not.toContain(TRAP)
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(['dynamodb:PutItem'])
  })

  it('does not apply to an explicit deny on the lock table', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/terraform-locks with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  // Wrapped where cds-snc/scan-websites#283 wraps the same sentence, inside Terraform's box.
  it('reads a boxed, masked Terraform lock error and keeps the masked table as printed', () => {
    const f = only(
      '╷\n' +
        '│ Error: Error acquiring the state lock\n' +
        '│ \n' +
        '│ Error message: operation error DynamoDB: PutItem, https response error\n' +
        '│ StatusCode: 400, RequestID: ABC, api error AccessDeniedException: User:\n' +
        '│ arn:aws:sts::***:assumed-role/gh_plan_role/TFApply is not authorized\n' +
        '│ to perform: dynamodb:PutItem on resource:\n' +
        '│ arn:aws:dynamodb:ca-central-1:***:table/tfstate-lock because no\n' +
        '│ identity-based policy allows the dynamodb:PutItem action\n' +
        '╵'
    )
    expect(f.traps).toContain(TRAP)
    const remedies = buildRemedies([f])
    const statements = remedies.flatMap((r) => r.statements)
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual(LOCK_SET)
    // A masked account never becomes a wildcard.
    expect(JSON.stringify(statements)).not.toContain(':*:table')
    expect(validateRemedies(remedies, [f])).toEqual([])
  })
  // A bare `AccessDenied` the backend's own words frame: the step names the call, the service is
  // S3 whatever line the code sits on, and the whole set follows (issue 17, heldout7 review).
  describe('bare refusals the backend frames', () => {
    // Source: mlabouardy/aws-pipeline#5, text as printed (0.11, code on the next, indented line).
    const PIPELINE_5 =
      'Initializing the backend...\n' +
      'Backend configuration changed!\n' +
      '\n' +
      'Error inspecting states in the "s3" backend:\n' +
      '    AccessDenied: Access Denied\n' +
      '        status code: 403, request id: C3DF7296BA42EAA0, host id: cT5DShkCx5IT0EwqUhCqPJ3lLf1z8aul3PWeWo+FedFMpEQyj61L1aGnpp893x10uRhph6lhNtI=\n'
    // Source: turnbullpress/tfb-code#7, text as printed.
    const TFB_7 =
      'Initializing the backend...\n' +
      'Error loading state: AccessDenied: Access Denied\n' +
      '\tstatus code: 403, request id: EB27C9DF81B43C09, host id: JYmK6VDsxNYghYRNIWOpbJYT+lyaCaMb+YuQueiq+JMMQnuBw+rsfQqroFm5AwN2ar5ipLFPl8w=\n'

    const cases: [string, string, string][] = [
      ['mlabouardy/aws-pipeline#5 (inspecting states)', PIPELINE_5, 's3:ListBucket'],
      // Loading a state lists the workspaces first (the backend's StateMgr calls Workspaces, a
      // ListObjects, before the read: heldout23's unseen-logs review, u25-001).
      ['turnbullpress/tfb-code#7 (loading state)', TFB_7, 's3:ListBucket'],
      [
        'h7-022 (the code under `Error: Error loading state:`)',
        corpusText('heldout7.jsonl', 'h7-022'),
        's3:ListBucket'
      ],
      ['h7-104 (the same, unindented)', corpusText('heldout7.jsonl', 'h7-104'), 's3:ListBucket']
    ]
    it.each(cases)(
      '%s: the call, S3 named, the set and the backend credentials',
      (_n, text, action) => {
        const f = findingsOf(text).find((x) => x.kind === 'denial')!
        expect(f.inferredAction).toBe(action)
        expect(f.traps).toContain(TRAP)
        expect(f.explanation).not.toContain('does not name the service')
        expect(f.explanation).toContain('`s3:ListBucket` on the bucket')
        // The backend does not inherit the provider's assume_role (h7-022's article).
        expect(f.explanation).toContain("does not use the provider block's `assume_role`")
        // The bucket is the first thing to check: a copied backend names someone else's.
        expect(f.explanation).toContain('First check the bucket is yours')
        const remedies = buildRemedies([f])
        // The backend's whole set on placeholders, not the one refused call (heldout8 review).
        const statements = remedies.flatMap((r) => r.statements)
        expect(statements.flatMap((s) => [s.Action].flat())).toContain(action)
        expect(actionsOn(statements, 'arn:aws:s3:::<BUCKET_NAME>')).toEqual(['s3:ListBucket'])
        expect(
          statements
            .filter((s) => [s.Resource].flat()[0] !== 'arn:aws:s3:::<BUCKET_NAME>')
            .flatMap((s) => [s.Action].flat())
            .sort()
        ).toEqual(['s3:GetObject', 's3:PutObject'])
        expect(remedies[0]!.notes[0]).toMatch(/^Before pasting: check the backend bucket is yours/)
        expect(remedies[0]!.notes.join('\n')).toContain('dynamodb:DescribeTable, GetItem, PutItem')
        expect(validateRemedies(remedies, [f])).toEqual([])
      }
    )

    it('h7-105: `Error configuring the backend "s3": AccessDenied` is init listing the bucket', () => {
      const f = findingsOf(corpusText('heldout7.jsonl', 'h7-105')).find((x) => x.kind === 'denial')!
      expect(f.inferredAction).toBe('s3:ListBucket')
      expect(f.traps).toContain(TRAP)
    })

    // Source: jetstack/terraform-google-gke-cluster#55, text as printed: the GCS backend's words.
    it('not the GCS backend’s `Failed to get existing workspaces` (jetstack/terraform-google-gke-cluster#55)', () => {
      const findings = findingsOf(
        'Error: Failed to get existing workspaces: querying Cloud Storage failed: googleapi: Error 403: terraformsa@<GCP_PROJECT>.iam.gserviceaccount.com does not have storage.objects.list access to <GCP_PROJECT>-terraform-state., forbidden\n'
      )
      for (const f of findings) {
        expect(f.inferredAction ?? '').not.toMatch(/^s3:/)
        expect(f.traps).not.toContain(TRAP)
      }
    })

    it('not a state error that is no refusal (`NoSuchBucket`)', () => {
      const findings = findingsOf(
        'Error: Error loading state: NoSuchBucket: The specified bucket does not exist\n\tstatus code: 404, request id: 1B2C3D\n'
      )
      for (const f of findings) expect(f.traps).not.toContain(TRAP)
    })
  })
})

// Terragrunt checks, creates and configures the state bucket before Terraform runs; older
// Terraform and both-sides refusals have words of their own (issue 17, heldout8 review).
describe('terraform-state-backend: Terragrunt bootstrap and older wordings', () => {
  // Source: Genaker/TerraformMagentoCloud#19, text as printed (the retrying create, "with retry").
  const MAGENTO_19 =
    'ERRO[0020] Create S3 bucket with retry terraform-states-387688863714 returned an error: AccessDenied: Access Denied\n' +
    '\tstatus code: 403, request id: XBB14PYKJS6X3WKP, host id: UptFVr3xyZhTfFl5Q1vHPn8eCDPE716zwPYZ5XG2DkRkf5YLrlrYc6/VC+Lnhnh0A+9JzoQw2ww=. Sleeping for 10s and will try again.  prefix=[/home/genaker/Downloads/TerraformMinimal/terraformminimal/ap-southeast-1/aws-data] \n'
  // The next run checks the bucket it created: the settings' reads stand in the set too (v0.37+).
  const BOOTSTRAP = [
    's3:CreateBucket',
    's3:GetBucketPolicy',
    's3:GetBucketPublicAccessBlock',
    's3:GetBucketVersioning',
    's3:GetEncryptionConfiguration',
    's3:ListBucket',
    's3:PutBucketPolicy',
    's3:PutBucketPublicAccessBlock',
    's3:PutBucketTagging',
    's3:PutBucketVersioning',
    's3:PutEncryptionConfiguration'
  ]

  it.each([
    ['Genaker/TerraformMagentoCloud#19', MAGENTO_19, 'terraform-states-387688863714'],
    ['h8-037', corpusText('heldout8.jsonl', 'h8-037'), 'terraform-states-072717525149']
  ])('%s: the create names the bucket, and the bootstrap set goes on it', (_n, text, bucket) => {
    const f = findingsOf(text).find((x) => x.kind === 'denial')!
    expect(f.inferredAction).toBe('s3:CreateBucket')
    expect(f.inferred?.resource?.value).toBe(`arn:aws:s3:::${bucket}`)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('Terragrunt prepares the S3 backend')
    expect(f.explanation).toContain('First check the bucket is yours')
    const remedies = buildRemedies([f])
    const statements = remedies.flatMap((r) => r.statements)
    expect(actionsOn(statements, `arn:aws:s3:::${bucket}`)).toEqual(BOOTSTRAP)
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  // Sources: gruntwork-io/terragrunt#1312 (h8-036: the reporter found s3:GetBucketVersioning
  // missing) and gruntwork-io/terragrunt#919 (h8-032: terragrunt ignored the backend role_arn).
  it.each([
    ['h8-036', corpusText('heldout8.jsonl', 'h8-036')],
    ['h8-032', corpusText('heldout8.jsonl', 'h8-032')]
  ])(
    '%s: the check of the bucket is S3 ListBucket with the reads of its settings, no create',
    (_n, text) => {
      const f = findingsOf(text).find((x) => x.kind === 'denial')!
      expect(f.inferredAction).toBe('s3:ListBucket')
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).not.toContain('does not name the service')
      expect(f.explanation).toContain('its own credentials')
      const remedies = buildRemedies([f])
      const statements = remedies.flatMap((r) => r.statements)
      // Only the reads (the settings' too, since v0.37): the create and the configuration
      // follow only a missing bucket.
      expect(actionsOn(statements, 'arn:aws:s3:::<BUCKET_NAME>')).toEqual([
        's3:GetBucketPolicy',
        's3:GetBucketPublicAccessBlock',
        's3:GetBucketVersioning',
        's3:GetEncryptionConfiguration',
        's3:ListBucket'
      ])
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  // Own counter-case: Terragrunt's words above a refusal of another service are not S3's.
  it('not an IAM refusal printed after Terragrunt initialised the backend', () => {
    const f = only(
      '[terragrunt] 2020/08/24 05:12:20 Initializing remote state for the s3 backend\n' +
        '[terragrunt] 2020/08/24 05:12:21 Running command: terraform apply\n' +
        'Error: error creating IAM Role (app): AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app\n'
    )
    expect(f.action).toBe('iam:CreateRole')
    expect(f.traps).not.toContain(TRAP)
  })

  // Own counter-case: a create that failed for another reason is no refusal.
  it('not a create that failed because the name is taken', () => {
    const findings = findingsOf(
      'ERRO[0003] Create S3 bucket with retry my-state returned an error: BucketAlreadyExists: The requested bucket name is not available.\n'
    )
    for (const f of findings) expect(f.traps).not.toContain(TRAP)
  })

  // Source: hashicorp/terraform#4115 (h8-038), Terraform 0.6 `terraform remote config`.
  it('h8-038: `Error reloading remote state` is the state read', () => {
    const f = findingsOf(corpusText('heldout8.jsonl', 'h8-038')).find((x) => x.kind === 'denial')!
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toContain('does not name the service')
  })

  // Source: gruntwork-io/terragrunt#1352 (h8-033): the read and the write refused, "even if it
  // creates a new s3 bucket": the identity or the bucket, said first.
  it('h8-033: read and write both refused lead with the identity, then the set', () => {
    const f = findingsOf(corpusText('heldout8.jsonl', 'h8-033')).find((x) => x.kind === 'denial')!
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['backend-read-and-write-refused']).toBeDefined()
    expect(f.explanation).toContain('Both the state read and the state write were refused')
    const statements = buildRemedies([f]).flatMap((r) => r.statements)
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject'
    ])
  })

  // Source: turnbullpress/tfb-code#7 (the read only): no both-sides sentence.
  it('a read refused alone does not claim the write was refused too', () => {
    const f = findingsOf(
      'Initializing the backend...\nError loading state: AccessDenied: Access Denied\n\tstatus code: 403, request id: EB27C9DF81B43C09, host id: JYmK6VDsxNYghYRNIWOpbJYT+lyaCaMb+YuQueiq+JMMQnuBw+rsfQqroFm5AwN2ar5ipLFPl8w=\n'
    ).find((x) => x.kind === 'denial')!
    expect(f.inferred?.signals?.['backend-read-and-write-refused']).toBeUndefined()
    expect(f.explanation).not.toContain('Both the state read')
  })
})

describe('terraform-backend-denied-too', () => {
  // Own case: a job that ran `terraform init` twice, once with the wrong key and once with the
  // right one, as a runner prints it (heldout7 h7-103 listed the same two errors in an article's
  // prose, which is no finding since the prose rules).
  it('a credentials failure beside the backend’s AccessDenied names the backend set too', () => {
    const text = [
      '$ terraform init -input=false',
      'Initializing the backend...',
      'Error: error configuring S3 Backend: error validating provider credentials: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.',
      '$ terraform init -input=false',
      'Initializing the backend...',
      'Error: Failed to get existing workspaces: AccessDenied: Access Denied'
    ].join('\n')
    const f = findingsOf(text + '\n').find((x) => x.kind === 'credentials')!
    expect(f.traps).toContain('terraform-backend-denied-too')
    expect(f.explanation).toContain('Failed to get existing workspaces: AccessDenied')
    expect(f.explanation).toContain('`s3:ListBucket` on the state bucket')
    const notes = buildRemedies([f]).flatMap((r) => r.notes)
    expect(notes.join('\n')).toContain("Terraform's S3 backend answering AccessDenied")
  })

  // Source: hashicorp/terraform-provider-aws#663 (a comment), as printed: credentials alone.
  it('not a backend credentials failure with no refusal beside it', () => {
    const findings = findingsOf(
      'I still face "Error configuring the backend "s3": InvalidClientTokenId: The security token included in the request is invalid.         status code: 403\n'
    )
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).not.toContain('terraform-backend-denied-too')
  })
})
