// WD5013 (heldout128 review: h128-074, h128-055): the caller is a role one of the CDK's own
// constructs made for its handler, which CloudFormation rewrites from the app.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'cdk-construct-role'

describe(TRAP, () => {
  it("h128-074 (the ECR auto-delete provider's role): upgrade aws-cdk-lib or use emptyOnDelete", () => {
    const { findings, notes } = analysed(corpusText('heldout128.jsonl', 'h128-074'))
    expect(findings[0]!.traps).toContain(TRAP)
    expect(findings[0]!.explanation).toContain('emptyOnDelete')
    expect(notes.join('\n')).toContain('A stop-gap only')
  })

  it('h128-055 (the EKS cluster creation role, its name wrapped): the Cluster construct writes it', () => {
    const f = analysed(corpusText('heldout128.jsonl', 'h128-055')).findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('EKS Cluster (aws-eks)')
  })

  it.each([
    [
      'BucketDeployment (aws-s3-deployment)',
      'arn:aws:sts::111122223333:assumed-role/web-CustomCDKBucketDeployment8693BB6496-1AB2C3D4E5F6/web-CustomCDKBucketDeployment'
    ],
    [
      'AwsCustomResource (custom-resources)',
      'arn:aws:sts::111122223333:assumed-role/app-AWS679f53fac002430cb0da5b7982bd2287Servi-9XYZ/app-AWS679f53fac002430cb0da'
    ]
  ])('own: %s', (construct, principal) => {
    const f = analysed(
      `User: ${principal} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::site/index.html" because no identity-based policy allows the s3:PutObject action`
    ).findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(construct)
  })

  it.each([
    // own: a role of the app's own, named by its logical ID
    'User: arn:aws:sts::111122223333:assumed-role/web-SiteDeployRoleA1B2C3D4-1AB2C3D4E5F6/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::site/index.html" because no identity-based policy allows the s3:PutObject action',
    // own: an explicit deny is the Deny's, whoever the caller
    'User: arn:aws:sts::111122223333:assumed-role/web-CustomCDKBucketDeployment8693BB6496-1AB2/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::site/index.html" with an explicit deny in a service control policy'
  ])('counter-case: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
