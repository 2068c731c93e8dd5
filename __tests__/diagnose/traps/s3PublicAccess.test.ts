// Bucket policy and ACL writes refused by S3 Block Public Access or Object Ownership (issue 17,
// heldout5 review part 2 class 4, part 1 class 4: h5-041, 042, 129, 131, 132): those settings are
// named first, with the Terraform order; the API name CloudFormation prints maps to its action.
import { analysed, analysedOne } from './analysed.js'
import { actionForPrinted } from '../../../src/catalog/Catalog.js'
import { corpusText } from '../../support/corpusRecords.js'
import { reviewed } from './reviewed.js'

const heldout5 = (id: string): string => corpusText('heldout5.jsonl', id)

describe('s3-public-access-settings: bucket policies', () => {
  it('botocore PutBucketPolicy refused after the April 2023 defaults (torchbox/buckup#18)', () => {
    const { f, notes } = analysedOne(
      'Previously, we tried to set objects in the bucket to be public using a policy, but since April is is blocked by default by AWS, resulting in an error:\n\n```\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutBucketPolicy operation: Access Denied\n```'
    )
    expect(f.traps).toContain('s3-public-access-settings')
    expect(f.explanation).toMatch(/^Before any policy: S3 Block Public Access/)
    expect(f.explanation).toMatch(/aws_s3_bucket_public_access_block.*depends_on/)
    // The writer says the policy is meant to be public: no s3:PutBucketPolicy draft at all.
    expect(notes).toMatch(
      /^No statement is proposed: the log says the bucket policy is meant to be public \("bucket to be public"/
    )
    expect(f.fixTarget.description).toMatch(/^the bucket's S3 Block Public Access settings/)
  })

  it.each([
    ['h103-025', 'a public S3 bucket'],
    ['h103-028', 'Block Public Access']
  ])('%s (heldout103 review): the writer names %s, so nothing is drafted', (id) => {
    const { f, statements } = analysedOne(corpusText('heldout103.jsonl', id))
    expect(f.inferred?.signals?.['public-policy-said']).toBeDefined()
    expect(statements).toEqual([])
    expect(f.fixTarget.kind).toBe('workflow')
  })

  it('CloudFormation "API: s3:PutBucketPolicy Access Denied": BPA first, the grant second (prowler-cloud/prowler#793)', () => {
    const { f, statements, notes } = analysedOne(
      'I am trying to create S3bucket using ProwlerS3.yaml cloudformation script but getting "API: s3:PutBucketPolicy Access Denied" \nissue when I am trying to create with an AccountID.'
    )
    expect(f.traps).toContain('s3-public-access-settings')
    expect(statements.map((s) => s.Action)).toEqual(['s3:PutBucketPolicy'])
    expect(notes.split('\n')[0]).toMatch(/^Check S3 Block Public Access/)
  })

  it.each(['h5-129', 'h5-131'])('%s (CDK grantPublicAccess, a new bucket): BPA leads', (id) => {
    const { f } = analysedOne(heldout5(id))
    expect(f.explanation).toMatch(/^Before any policy: S3 Block Public Access/)
  })

  it('an explicit Deny in the bucket policy is no BPA question', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the PutBucketPolicy operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::site-bucket" with an explicit deny in a resource-based policy'
    )
    expect(f.traps).not.toContain('s3-public-access-settings')
  })

  it('a GetBucketPolicy read is not a write BPA refuses', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetBucketPolicy operation: Access Denied'
    )
    expect(f.traps).not.toContain('s3-public-access-settings')
  })
})

describe('s3-public-access-settings: ACLs and Object Ownership', () => {
  it('Terraform aws_s3_bucket_acl refused with Access Denied (h5-041, h5-042)', () => {
    for (const id of ['h5-041', 'h5-042']) {
      const { findings } = analysed(heldout5(id))
      expect(findings[0]!.traps).toContain('s3-public-access-settings')
      expect(findings[0]!.explanation).toMatch(
        /^Before any policy: buckets created since April 2023/
      )
      expect(findings[0]!.explanation).toMatch(/aws_s3_bucket_ownership_controls/)
    }
  })

  it('"Error putting S3 ACL: AccessDenied" on a bucket created without ACLs: Object Ownership leads (hashicorp/terraform#14402)', () => {
    const { f } = analysedOne(
      '* aws_s3_bucket.some_bucket: Error putting S3 ACL: AccessDenied: Access Denied\n\tstatus code: 403, request id: ...\n│   with aws_s3_bucket_acl.some_bucket,'
    )
    expect(f.traps).toContain('s3-public-access-settings')
    expect(f.explanation).toMatch(/Object Ownership/)
  })
})

describe('s3-public-access-block-reserved and the API name', () => {
  it('CloudFormation prints the API operation: s3:PutBucketPublicAccessBlock is drafted (h5-132)', () => {
    const { f, statements, notes } = analysedOne(heldout5('h5-132'))
    // The printed field stays as printed.
    expect(f.action).toBe('s3:PutPublicAccessBlock')
    expect(f.traps).toContain('s3-public-access-block-reserved')
    expect(statements.map((s) => s.Action)).toEqual(['s3:PutBucketPublicAccessBlock'])
    expect(statements[0]!.Resource).toBe('arn:aws:s3:::<BUCKET_NAME>')
    expect(notes).toMatch(/prints the API operation s3:PutPublicAccessBlock where the action goes/)
    expect(notes.split('\n')[0]).toMatch(/account-level Block Public Access/)
  })

  it('maps printed API names through the documented operation list, and leaves unknown names alone', () => {
    expect(actionForPrinted('s3:PutPublicAccessBlock')).toBe('s3:PutBucketPublicAccessBlock')
    expect(actionForPrinted('s3:GetBucketEncryption')).toBe('s3:GetEncryptionConfiguration')
    expect(actionForPrinted('s3:ListObjectsV2')).toBe('s3:ListBucket')
    expect(actionForPrinted('s3:PutObject')).toBe('s3:PutObject')
    expect(actionForPrinted('s3:PutWidget')).toBeNull()
    expect(actionForPrinted('not an action')).toBeNull()
  })
})

describe('AccessControlListNotSupported', () => {
  // A 400 about the request, not a refusal: heldout5 labels h5-043 and h5-044 negative, and the
  // ACL advice above names the code for the Access Denied form.
  it('is no finding (gravitational/teleport#25113)', () => {
    const { findings } = analysed(
      '│ Error: error creating S3 bucket ACL for hugo-teleport13.teleportdemo.net: AccessControlListNotSupported: The bucket does not allow ACLs\n│ \tstatus code: 400, request id: VKKR1SMCVKA9RY2B, host id: TXM+l4DymVNnhts/dPCWmsbQVG6/1MaraJMNLs9nfxyv4bYhgxHVmPQaP0z/tuwoQRZ1p6ZQWNQ=\n│\n│   with aws_s3_bucket_acl.certs,'
    )
    expect(findings).toEqual([])
  })
})

// A framework's own bucket policy that grants nobody public access (issue 17, heldout8 h8-144,
// h8-145): Block Public Access cannot refuse it, so the missing s3:PutBucketPolicy leads.
describe('s3-private-policy-write: the Serverless deployment bucket policy', () => {
  // Sources: dancrumb/generator-serverless-policy#63 (h8-144) and serverless/serverless#6909
  // (h8-145, whose reporter fixed it by granting the deploy role the bucket-policy write).
  it.each(['h8-144', 'h8-145'])(
    '%s: PutBucketPolicy on the deployment bucket, no BPA lead',
    (id) => {
      const { f, statements, notes } = analysedOne(corpusText('heldout8.jsonl', id))
      expect(f.traps).toContain('s3-private-policy-write')
      expect(f.traps).not.toContain('s3-public-access-settings')
      expect(f.inferred?.iacResource?.value).toBe(
        'ServerlessDeploymentBucketPolicy (AWS::S3::BucketPolicy)'
      )
      expect(f.explanation).toMatch(
        /^The Serverless Framework's `ServerlessDeploymentBucketPolicy`/
      )
      expect(f.explanation).not.toMatch(/^Before any policy: S3 Block Public Access/)
      expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
        ['s3:PutBucketPolicy', 'arn:aws:s3:::*-serverlessdeploymentbucket-*']
      ])
      expect(notes).not.toMatch(/Granting the write action only helps when neither applies/)
    }
  )

  // Source: awslabs/aws-api-gateway-developer-portal#511 (title, as printed): a SAR app's bucket
  // policy, not Serverless's: whether it is public is unknown, so Block Public Access still leads.
  it("counter-case: another stack's bucket policy keeps the Block Public Access lead", () => {
    const { f } = analysedOne('Deployment Error - API: s3:PutBucketPolicy Access Denied')
    expect(f.traps).toContain('s3-public-access-settings')
    expect(f.traps).not.toContain('s3-private-policy-write')
  })

  // Source: serverless/serverless#4285, as printed: the deployment bucket itself (CreateBucket)
  // is not its policy; no private-policy lead and no bucket pattern from it.
  it('counter-case: the deployment bucket create is not the policy write', () => {
    const { f } = analysedOne(
      'ServerlessError: An error occurred: ServerlessDeploymentBucket - API: s3:CreateBucket Access Denied.'
    )
    expect(f.traps).not.toContain('s3-private-policy-write')
    expect(f.inferred?.resource?.value ?? '').not.toContain('serverlessdeploymentbucket')
  })
})

// heldout12 third review, h12-052: the log's own contrast, the same upload working with a private
// ACL (or none) and refused with a public one, rules out the identity's missing Allow that a bare
// refusal ranks first: Block Public Access or a Deny on s3:x-amz-acl leads, nothing is drafted.
const VARIANT_LEAD = 'The log shows the same upload working with a private ACL or none'

// anacronw/multer-s3#49: uploads work without the ACL; adding public-read gives Access Denied.
const MULTER_S3 = `Without \`acl: 'public-read',\` files get uploaded.when I click the file link it says access denied. 

So I added \`\`\` acl: 'public-read',\`\`\` . It gives error

\`\`\`js
AccessDenied: Access Denied
\`\`\`
and files didn't get uploaded.`

const CP_DENIED =
  'upload failed: site/index.html to s3://site-bucket/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'

describe('s3-public-access-settings: only the public variant of an upload is refused', () => {
  it.each([
    ['review h12-052 (jenkinsci/pipeline-aws-plugin#183)', reviewed('h12-052'), "works: 'Private"],
    ['anacronw/multer-s3#49', MULTER_S3, 'files get uploaded'],
    [
      'own: the CLI, the private ACL said to work first',
      `aws s3 cp site/index.html s3://site-bucket/ --acl private works fine.\nWith --acl public-read it fails:\n${CP_DENIED}`,
      'private works'
    ]
  ])('%s', (_source, text, said) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('s3-public-access-settings')
    expect(f.explanation.startsWith(VARIANT_LEAD)).toBe(true)
    expect(f.explanation).toContain(said)
    expect(f.explanation).toContain('BlockPublicAcls')
    expect(f.explanation).toContain('s3:x-amz-acl')
    // The bare refusal's ranked list, which puts the identity's Allow first, is ruled out.
    expect(f.explanation).not.toContain('most likely first')
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: the log shows the same upload working/)
  })

  it.each([
    [
      'own: the public ACL refused, no working variant said',
      `aws s3 cp site/index.html s3://site-bucket/ --acl public-read\n${CP_DENIED}`
    ],
    [
      'own: the contrast the other way round (public works, private fails)',
      `It works with \`public-read\`, but \`private\` fails with Access Denied:\n${CP_DENIED}`
    ],
    [
      'own: a private key that works is no private ACL',
      `The private key works fine for ssh. The upload with --acl public-read is denied:\n${CP_DENIED}`
    ],
    [
      'own: an explicit Deny keeps its own explanation',
      'It works: `Private`, `BucketOwnerRead`\nAnd it does not work for: `PublicRead`\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::site-bucket/a.txt" with an explicit deny in a resource-based policy'
    ]
  ])('counter-case: %s', (_t, text) => {
    const { f } = analysedOne(text)
    expect(f.explanation).not.toContain(VARIANT_LEAD)
  })
})
