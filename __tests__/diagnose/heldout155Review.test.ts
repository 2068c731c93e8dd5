// The expert review of heldout155–156 (session 52, issue 17; docs/reviews/2026-12-07-heldout155.md):
// the fixes for what it found wrong, each on the reviewed case and with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { heldoutText as h } from '../support/recallCase.js'

const findingsOf = (text: string) => analyzeText(text).findings
const statementsOf = (text: string) => {
  const findings = findingsOf(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return remedies.flatMap((r) => r.statements)
}

describe('a plain HTTP client reading a bucket is an anonymous caller', () => {
  it.each(['h155-011', 'h155-051'])('%s: the key and the owner, no Allow of yours', (id) => {
    const [f] = findingsOf(h(id))
    expect(f!.traps).toContain('unsigned-request-refused')
    expect(f!.explanation).toMatch(/signs no request/)
    expect(f!.explanation).toMatch(/403, not 404/)
    expect(statementsOf(h(id))).toEqual([])
  })

  it.each([
    // own: curl asked the instance metadata service; the refusal is the CLI's signed request
    'curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/\nupload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    // own: curl signing with SigV4 is a signed caller
    'curl --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AK:$SK" https://b.s3.amazonaws.com/k\nHTTP/1.1 403 Forbidden\nServer: AmazonS3'
  ])('counter-case: %s', (text) => {
    for (const f of findingsOf(text)) expect(f.traps).not.toContain('unsigned-request-refused')
  })
})

describe("what is not the user's to fix", () => {
  it("h155-028: GitHub's release-asset bucket is GitHub's", () => {
    const [f] = findingsOf(h('h155-028'))
    expect(f!.traps).toContain('another-party-bucket')
    expect(f!.explanation).toMatch(/is GitHub's/)
    expect(statementsOf(h('h155-028'))).toEqual([])
  })

  it('h156-008: a passed check that the role cannot delete drafts no Allow', () => {
    const [f] = findingsOf(h('h156-008'))
    expect(f!.traps).toContain('intended-denial')
    expect(statementsOf(h('h156-008'))).toEqual([])
  })

  it.each(['h155-034', 'h155-037'])(
    "%s: a chart pull from ECR Public is the installer's, not the controller's",
    (id) => {
      const [f] = findingsOf(h(id))
      expect(f!.traps).toContain('ecr-public-stale-login')
      expect(f!.traps).not.toContain('kubernetes-controller-policy')
    }
  )

  it("own counter-case: a controller's own refused call keeps its policy lead", () => {
    const [f] = findingsOf(
      'karpenter controller ERROR: UnauthorizedOperation: You are not authorized to perform: ec2:CreateFleet\nUser: arn:aws:sts::111122223333:assumed-role/KarpenterControllerRole/1 is not authorized to perform: ec2:CreateFleet on resource: arn:aws:ec2:us-east-1:111122223333:fleet/*'
    )
    expect(f!.traps).toContain('kubernetes-controller-policy')
  })
})

describe('each finding its own words', () => {
  it("h156-013: the DynamoDB stream's check is not given the SQS mapping's set", () => {
    const [stream, queue] = findingsOf(h('h156-013'))
    expect(stream!.traps).not.toContain('lambda-role-check')
    expect(stream!.explanation).not.toMatch(/sqs:ReceiveMessage/)
    expect(queue!.traps).toContain('lambda-role-check')
    expect(queue!.explanation).toMatch(/sqs:ReceiveMessage/)
  })

  it("h156-026: an MSK create names the cluster by its name, the UUID MSK makes left to '*'", () => {
    const resources = statementsOf(h('h156-026'))
      .filter((s) => ([] as string[]).concat(s.Action as string).includes('kafka:CreateCluster'))
      .map((s) => s.Resource)
    expect(resources).toEqual(['arn:aws:kafka:<REGION>:<ACCOUNT_ID>:cluster/<CLUSTER_NAME>/*'])
  })
})

describe('S3 settings no grant passes', () => {
  it("h156-097: a message cut after `because public ACLs` is Block Public Access's, no Allow", () => {
    const [f] = findingsOf(h('h156-097'))
    expect(f!.traps).toContain('s3-block-public-access')
    expect(f!.detail.s3BlockPublicAccess).toBe(
      'public ACLs are prevented by the BlockPublicAcls setting'
    )
    expect(statementsOf(h('h156-097'))).toEqual([])
    const notes = buildRemedies(findingsOf(h('h156-097'))).flatMap((r) => r.notes)
    expect(notes.join('\n')).toMatch(/S3 Block Public Access refused it/)
    expect(notes.join('\n')).not.toMatch(/id-token: write/)
  })

  it('h156-096: an ACL write where the writer says Object Ownership disables ACLs: drop the ACL', () => {
    const [f] = findingsOf(h('h156-096'))
    expect(f!.fixTarget.kind).toBe('workflow')
    expect(f!.fixTarget.description).toMatch(/^the upload's ACL/)
    expect(statementsOf(h('h156-096'))).toEqual([])
  })

  it.each([
    // own: the words go on past `public ACLs` (a sentence about something else): no setting named
    'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:PutObjectAcl on resource: "arn:aws:s3:::b/k" because public ACLs matter to us',
    // own: an ACL write with no word of Object Ownership keeps its Allow
    'AccessDenied: User is not authorized to perform: s3:PutObjectAcl'
  ])('counter-case: %s', (text) => {
    const [f] = findingsOf(text)
    expect(f!.traps).not.toContain('s3-block-public-access')
    expect(statementsOf(text).length).toBeGreaterThan(0)
  })
})

describe('uploaders that send a public ACL by default (session 53)', () => {
  it("h156-073: Ghost's stack around a bare AccessDenied is its S3 adapter's public-read upload", () => {
    const [f] = findingsOf(h('h156-073'))
    expect(f!.inferred?.signals?.['public-acl-request']?.value).toBe('tool:ghost-s3')
    expect(f!.explanation).toMatch(/Block Public Access/)
    expect(f!.explanation).toContain('its `acl` option set to `private`')
  })

  it("own: a Paperclip upload refused is its default public-read ACL's", () => {
    const [f] = findingsOf(
      'Paperclip saving attachments.\nAws::S3::Errors::AccessDenied (Access Denied):'
    )
    expect(f!.inferred?.signals?.['public-acl-request']?.value).toBe('tool:paperclip')
    expect(f!.explanation).toContain('`s3_permissions: :private`')
  })

  it.each([
    // own: Ghost refused by another service (an explicit deny) is no ACL story
    'at new GhostError (/var/lib/ghost/versions/5.0.0/node_modules/@tryghost/errors/lib/errors.js:10:26)\nUser: arn:aws:iam::111122223333:user/g is not authorized to perform: ses:SendRawEmail on resource: arn:aws:ses:us-east-1:111122223333:identity/a.example with an explicit deny in an identity-based policy',
    // own: a Paperclip read (GetObject) is not an upload
    'Paperclip\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
  ])('counter-case: %s', (text) => {
    const [f] = findingsOf(text)
    expect(f!.inferred?.signals?.['public-acl-request']).toBeUndefined()
  })
})
