// heldout69–71's expert reviews (issue 17, session 39): an SCP exception that names a session
// where aws:PrincipalArn holds the role, an Image Builder image read as its wildcard pattern; from
// their real excerpts, each with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h70 = (id: string) => corpusText('heldout70.jsonl', id)

describe('an SCP exception names the role, never a session (heldout70 review h70-021)', () => {
  it('h70-021 (nccgroup/PMapper#115): a placeholder session becomes its role', () => {
    const { notes } = analysedOne(h70('h70-021'))
    expect(notes).toContain(
      '"aws:PrincipalArn": "arn:aws:iam::<AWS_ACCOUNT_ID>:role/AWS_ACCOUNT_ROLE"'
    )
    expect(notes).not.toMatch(/"aws:PrincipalArn": "arn:aws:sts:/)
  })

  it('own: a real session ARN becomes its role ARN', () => {
    const { notes } = analysedOne(
      'An error occurred (AccessDenied) when calling the ListFunctions operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci-run is not authorized to perform: lambda:ListFunctions with an explicit deny in a service control policy'
    )
    expect(notes).toContain('"aws:PrincipalArn": "arn:aws:iam::111122223333:role/deploy"')
  })
})

describe('an Image Builder image is its build version (heldout70 review h70-037)', () => {
  it('h70-037 (aws-samples/immutable-server-pipeline#4): the printed build ARN, no `/*` after it', () => {
    const { statements } = analysedOne(h70('h70-037'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:imagebuilder:us-east-1:<ACCOUNT_ID>:image/amazon-linux-2-x86/2021.3.4/1'
    ])
  })

  it('own: an image version without its build is still granted on every build of it', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/b/x is not authorized to perform: imagebuilder:GetImage on resource: arn:aws:imagebuilder:us-east-1:111122223333:image/web/1.0.0 because no identity-based policy allows the imagebuilder:GetImage action'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:imagebuilder:us-east-1:111122223333:image/web/1.0.0/*'
    ])
  })
})

describe('reviews of heldout70–71 (session 39)', () => {
  it('h70-002: iam:PassRole for a Bedrock batch job is limited to bedrock.amazonaws.com', () => {
    const { statements } = analysedOne(h70('h70-002'))
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'iam:PassRole',
        Condition: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } }
      })
    )
  })

  it('h70-012: a masked CloudFront ID (`E2XXXXXXXXXXX`) becomes a placeholder', () => {
    const { statements } = analysedOne(h70('h70-012'))
    expect(JSON.stringify(statements)).not.toContain('E2XXXXXXXXXXX')
    expect(JSON.stringify(statements)).toContain(
      'origin-access-identity/<ORIGIN_ACCESS_IDENTITY_ID>'
    )
  })

  it('own: a real CloudFront ID is kept', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: cloudfront:GetCloudFrontOriginAccessIdentity on resource: arn:aws:cloudfront::111122223333:origin-access-identity/E2QWRUHAPOMQZL because no identity-based policy allows the cloudfront:GetCloudFrontOriginAccessIdentity action'
    )
    expect(JSON.stringify(statements)).toContain('origin-access-identity/E2QWRUHAPOMQZL')
  })
})

describe('an anonymous call refused by an explicit Deny at API Gateway (heldout74 review h74-021)', () => {
  it('h74-021 (aws-samples/nft-deployment-amazon-managed-blockchain#1): the API’s resource policy', () => {
    const { f } = analysedOne(corpusText('heldout74.jsonl', 'h74-021'))
    expect([f.fixTarget.kind, f.fixTarget.owner]).toEqual(['resource-policy', 'resource-owner'])
    expect(f.fixTarget.description).toMatch(/^the resource policy of the API arn:aws:execute-api:/)
    expect(f.fixTarget.description).toContain('aws:SourceVpce')
  })

  it('own: a signed caller’s explicit Deny still names no single policy', () => {
    const { f } = analysedOne(
      '{"Message":"User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:111122223333:abc/prod/GET/ with an explicit deny"}'
    )
    expect(f.fixTarget.kind).toBe('explicit-deny')
  })
})
