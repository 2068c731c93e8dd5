// A condition guards the call (MFA, external ID, enclave attestation, source network, a boundary
// required on created roles): the real cause is said first and no unconditional Allow is drafted
// (issue 17, reasoning I point 1). Real excerpts name their source; the rest are nasty variants.
import { analysed, analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const MFA_ROLE =
  // heldout3 h3-148 (a shell helper around aws sts assume-role, the trust policy requires MFA)
  `    % source sts-assume-role.sh arn:aws:iam::714741234567:role/assume_role_with_ext_id_with_mfa chi_meetup_ext_id
    Usage: source sts-assume-role.sh <role> (<external-id>)

    An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::594601234567:user/assume-role-user-mfa is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::714741234567:role/assume_role_with_ext_id_with_mfa

Again the deny is expected, because I didn't authenticate with mfa.`

const ENCLAVE_SIGN =
  // aws/aws-nitro-enclaves-sdk-c#127 (a key policy gated on kms:RecipientAttestation:ImageSha384)
  'Got non-200 answer from KMS: 400 - {"__type":"AccessDeniedException","Message":"User: arn:aws:sts::359878094677:assumed-role/nume-enclave-admin/i-0b11f180a81f2fea2 is not authorized to perform: kms:Sign on resource: arn:aws:kms:us-east-1:359878094677:key/fb506b65-0192-4881-b1d2-8ce98a051884 because no resource-based policy allows the kms:Sign action"}'

const ENCLAVE_MEASUREMENT =
  // heldout3 h3-100 (a Go tool's JSON result: the parent role, and the enclave's SHA-384 measurement)
  `{
  "ok": false,
  "measurement": "ffcbc3320ef1edb0ae85a9ac36fe9a39a863dce3d60322489155749eb32c42b9b995c516d1969520aa71e5c514bec594",
  "error": "kms decrypt: operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: <REQUEST_ID>, api error AccessDeniedException: User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/trustgate-parent-role/<INSTANCE_ID> is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:ap-south-1:<ACCOUNT_ID>:key/<KEY_ID> because no resource-based policy allows the kms:Decrypt action"
}`

const BOUNDARY_CREATE_ROLE: [string, string][] = [
  [
    // aws/chalice#1716 (an organisation that requires a boundary on every created role)
    'chalice',
    'An error occurred (AccessDenied) when calling the CreateRole operation: User: arn:aws:sts::0000000:assumed-role/xxxxx is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::0000000:role/test1-dev with an explicit deny'
  ],
  [
    // Young-ook/terraform-aws-eks#156 (fixed by passing permissions_boundary)
    'terraform-aws-eks',
    `│ Error: error creating IAM Role (irsa-ew2-stack-eks01-eks_cluster): AccessDenied: User: arn:aws:sts::xxxxxxx:assumed-role/User-eu-west-2/xxxxxxx is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::xxxxxxx:role/irsa-ew2-stack-eks01-eks_cluster with an explicit deny
│ status code: 403, request id: xxxx-xxxxx`
  ],
  [
    // heldout3 h3-210 (CloudFormation's tagging error wrapping a boundary refusal)
    'h3-210',
    'Resource handler returned message: "Encountered a permissions error performing a tagging operation, please add required tag permissions. See https://repost.aws/knowledge-center/cloudformation-tagging-permission-error for how to resolve. Resource handler returned message: "User: arn:aws:sts::590183855808:assumed-role/EncounterAdminRole/your.name@crowdstrike.com is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::590183855808:role/CrowdStrikeSensorManagement with an explicit deny in a permissions boundary (Service: Iam, Status Code: 403, Request ID: a283ee92-8a01-476e-b1f6-21b5887abd2d)"" (RequestToken: 49e06032-8780-edc7-809c-75afc7d4328e, HandlerErrorCode: UnauthorizedTaggingOperation)'
  ]
]

function guarded(text: string) {
  const r = analysed(text)
  expect(r.findings).toHaveLength(1)
  const f = r.findings[0]!
  expect(f.traps).toContain('guardrail-condition')
  return { ...r, f }
}

describe('MFA and external ID on a role trust policy', () => {
  it('h3-148: says MFA first, gives the assume-role flags, drafts no trust statement', () => {
    const { f, statements, notes } = guarded(MFA_ROLE)
    expect(f.explanation).toMatch(/^The role's trust policy most likely requires MFA/)
    expect(f.explanation).toMatch(/--serial-number MFA_DEVICE_ARN --token-code CODE/)
    expect(statements).toEqual([])
    expect(notes[0]).toMatch(/^No statement is proposed: a condition guards this call/)
  })

  it('an external ID named only in the role name', () => {
    const { f, statements } = guarded(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/vendor-ExternalId-audit'
    )
    expect(f.explanation).toMatch(/requires an external ID/)
    expect(f.explanation).toMatch(/--external-id EXTERNAL_ID/)
    expect(statements).toEqual([])
  })

  it('an external ID said on the next line', () => {
    const { f } = guarded(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/deployer is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/Partner\nhint: the partner role requires sts:ExternalId'
    )
    expect(f.explanation).toMatch(/external ID/)
  })

  it('a source-network condition is met, not removed', () => {
    const { f, statements } = guarded(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/deployer is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Admin\n# the trust policy pins aws:SourceIp to the office range'
    )
    expect(f.explanation).toMatch(/only from a given network/)
    expect(statements).toEqual([])
  })

  it('negative: a plain AssumeRole refusal keeps its trust and caller statements', () => {
    const { findings, statements } = analysed(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(findings[0]!.traps).not.toContain('guardrail-condition')
    expect(statements.length).toBeGreaterThan(0)
  })

  it('negative: "mfa" inside a longer word is no guard', () => {
    const { findings } = analysed(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/mfaservice-deploy'
    )
    expect(findings[0]!.traps).not.toContain('guardrail-condition')
  })
})

describe('KMS key policy gated on an enclave attestation', () => {
  it('nitro-enclaves-sdk-c#127: the enclave role name is enough', () => {
    const { f, statements } = guarded(ENCLAVE_SIGN)
    expect(f.explanation).toMatch(
      /^The key policy most likely allows this call only from an attested Nitro Enclave/
    )
    expect(f.explanation).toMatch(/kms:RecipientAttestation:ImageSha384/)
    expect(statements).toEqual([])
  })

  it('h3-100: the measurement beside the error, no key-policy Allow for the parent role', () => {
    const { f, statements, notes } = guarded(ENCLAVE_MEASUREMENT)
    expect(f.explanation).toMatch(/Recipient/)
    expect(statements).toEqual([])
    expect(notes.join('\n')).not.toMatch(/"Effect": "Allow"/)
  })

  it('PCR named in the log, wrapped in a blockquote', () => {
    const { f } = guarded(
      '> AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action\n> the key policy checks\n> PCR0 of the image'
    )
    expect(f.explanation).toMatch(/attested Nitro Enclave/)
  })

  it('negative: a KMS refusal with no attestation keeps its key-policy statement', () => {
    const { findings, statements } = analysed(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action'
    )
    expect(findings[0]!.traps).not.toContain('guardrail-condition')
    expect(statements.length).toBeGreaterThan(0)
  })
})

describe('a Deny on iam:CreateRole: the created role must carry the boundary', () => {
  it.each(BOUNDARY_CREATE_ROLE)('%s: says set the boundary first, proposes no Allow', (_, text) => {
    const { f, statements, notes } = guarded(text)
    expect(f.explanation).toMatch(/^A Deny on iam:CreateRole is usually conditional/)
    expect(f.explanation).toMatch(/permissions_boundary/)
    expect(statements).toEqual([])
    expect(notes[0]).toMatch(/Create it with the boundary/)
  })

  it('negative: an implicit CreateRole refusal is a missing Allow', () => {
    const { findings, statements } = analysed(
      'An error occurred (AccessDenied) when calling the CreateRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app because no identity-based policy allows the iam:CreateRole action'
    )
    expect(findings[0]!.traps).not.toContain('guardrail-condition')
    expect(statements.length).toBeGreaterThan(0)
  })
})

// hashicorp/vault#32001 (the reporter's words above the message, which he retyped and wrapped).
const VAULT_TAGS_AFTER = `Vault attempts to create the IAM user first and only applies tags afterward, resulting in an AWS authorization failure such as:

\`\`\`
AccessDenied: User arn:aws:iam::123456789012:user/sre-vault-prod-admin-iam-user
is not authorized to perform: iam:CreateUser
\`\`\``

describe('a tool that creates first and tags afterwards under a tag-on-create policy', () => {
  it('vault#32001: the tags go into the create request; no Allow drops the tag rule', () => {
    const { f, statements, notes } = guarded(VAULT_TAGS_AFTER)
    expect(f.explanation).toMatch(
      /^The text says the tool creates first and tags afterwards, so its iam:CreateUser request carried no tags/
    )
    expect(f.explanation).toContain('`ec2:CreateTags` limited by `ec2:CreateAction`')
    expect(statements).toEqual([])
    expect(notes[0]).toMatch(
      /Meet the condition instead: pass the tags .* in the create request itself/
    )
    expect(notes[0]).toContain('`iam:TagUser`')
  })

  it.each([
    ['a call that creates nothing', VAULT_TAGS_AFTER.replace('iam:CreateUser', 'iam:GetUser')],
    ['no word of tagging later', VAULT_TAGS_AFTER.replace(' and only applies tags afterward', '')],
    [
      'tags named, nothing said about when',
      VAULT_TAGS_AFTER.replace(
        'only applies tags afterward',
        'the tags are listed in the role config'
      )
    ]
  ])('negative: %s keeps its statement', (_, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.traps).not.toContain('guardrail-condition')
    expect(statements).not.toEqual([])
  })
})

describe('what says a tool tags after creating', () => {
  it.each([
    // ansible/ansible#42906, terraform#17412 and ansible-collections/amazon.aws#1843 (titles and
    // summaries, as written).
    'EC2 instances provisioned by ec2 module are created without tags. Once the instance is created and up, the tags are added AFTER provisioning instance.',
    'Tags are applied after instance creation, causing instance creation to be denied.',
    'Tags not included when creating request causes IAM to reject call with IAM tag conditions enabled'
  ])('%s', (words) => {
    const { f, statements } = guarded(
      `${words}\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/*`
    )
    expect(f.explanation).toMatch(/^The text says the tool creates first and tags afterwards/)
    expect(statements).toEqual([])
  })

  it('negative: tags pushed later by a build are no tag condition', () => {
    const { f } = analysedOne(
      'docker push pushes the image tags later in the job\nAn error occurred (AccessDeniedException) when calling the CreateRepository operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: ecr:CreateRepository on resource: arn:aws:ecr:us-east-1:111122223333:repository/app'
    )
    expect(f.traps).not.toContain('guardrail-condition')
  })
})

describe('a bucket created with Object Ownership under a guard requiring its header (heldout16 review h16-123)', () => {
  it('h16-123: CloudFormation sets BucketOwnerEnforced and its CreateBucket is refused: the guard first, no Allow', () => {
    const { f, statements, notes } = guarded(corpusText('heldout16.jsonl', 'h16-123'))
    expect(f.action).toBe('s3:CreateBucket')
    expect(f.explanation).toMatch(/^The log sets the new bucket's Object Ownership/)
    expect(f.explanation).toContain('s3:x-amz-object-ownership')
    expect(f.explanation).toContain('--object-ownership BucketOwnerEnforced')
    expect(statements).toEqual([])
    expect(notes.join('\n')).toMatch(
      /No statement is proposed[^\n]*--object-ownership BucketOwnerEnforced/
    )
  })

  it('an explicit deny printed by the SDK, the template line above (nasty variant)', () => {
    const { f, statements } = guarded(
      '      ObjectOwnership: BucketOwnerEnforced\nAn error occurred (AccessDenied) when calling the CreateBucket operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::app-assets-111122223333" with an explicit deny in a service control policy'
    )
    expect(f.explanation).toMatch(/^The log sets the new bucket's Object Ownership/)
    expect(statements).toEqual([])
  })

  it.each([
    // Another action refused beside the same template line: not this guard.
    'ObjectOwnership: BucketOwnerEnforced\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::app/a.txt" because no identity-based policy allows the s3:PutObject action',
    // A CreateBucket refusal with no ownership in sight keeps its Allow.
    'An error occurred (AccessDenied) when calling the CreateBucket operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::app-assets" because no identity-based policy allows the s3:CreateBucket action'
  ])('counter-case: %s', (text) => {
    const { findings, statements } = analysed(text)
    expect(findings[0]!.traps).not.toContain('guardrail-condition')
    expect(statements.length).toBeGreaterThan(0)
  })
})
