// A launch into subnets another account shares through AWS RAM: the subnet's ARN names its owner
// (heldout72 review h72-003).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('ram-shared-subnet', () => {
  it('h72-003 (runs-on/runs-on): RAM shares the network from a central account', () => {
    const { f } = analysedOne(corpusText('heldout72.jsonl', 'h72-003'))
    expect(f.traps).toContain('ram-shared-subnet')
    expect(f.inferred?.signals?.['shared-subnet']?.from).toContain(
      'subnets hosted in an external account'
    )
    expect(f.explanation).toContain('arn:aws:ec2:REGION:OWNER_ACCOUNT_ID:subnet/SUBNET_ID')
  })

  it.each([
    'Our runners launch into a shared VPC owned by the network account.',
    'The subnets are hosted in another account.',
    'We use Resource Access Manager to share subnets with workload accounts.'
  ])('nasty case: %s', (said) => {
    const { f } = analysedOne(
      `${said}\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-2:111122223333:subnet/subnet-0abc123 because no identity-based policy allows the ec2:RunInstances action`
    )
    expect(f.traps).toContain('ram-shared-subnet')
  })

  it.each([
    // RAM named for something else, a subnet in the caller's own words only, and an S3 refusal.
    'We share the results with RAM usage graphs; the subnet is ours.',
    'Launching into subnet-0abc123 in our own account.'
  ])('counter-case: %s', (said) => {
    const { f } = analysedOne(
      `${said}\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-2:111122223333:subnet/subnet-0abc123 because no identity-based policy allows the ec2:RunInstances action`
    )
    expect(f.traps).not.toContain('ram-shared-subnet')
  })

  it('counter-case: a shared VPC beside an S3 refusal', () => {
    const { f } = analysedOne(
      'We run in a shared VPC.\nupload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('ram-shared-subnet')
  })
})
