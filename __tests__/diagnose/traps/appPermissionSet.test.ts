// Applications whose permission set is documented (heldout7 review h7-086 Grafana, h7-179 Prowler).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// grafana/grafana#9076: Grafana's server log, a CloudWatch call refused with its action named.
const GRAFANA_9076 =
  't=2017-08-22T11:43:24+0000 lvl=eror msg="Unable to call AWS API" logger=context userId=1 orgId=1 uname=admin error="AccessDenied: User: arn:aws:sts::COMPANY_ID:assumed-role/aws-elasticbeanstalk-ec2-role/i-0be92a0ee5fc028ba is not authorized to perform: cloudwatch:ListMetrics\\n\\tstatus code: 403, request id'

describe('app-permission-set', () => {
  it.each([
    ['review h7-086', corpusText('heldout7.jsonl', 'h7-086')],
    ['grafana/grafana#9076', GRAFANA_9076]
  ])("Grafana's CloudWatch data source set (%s)", (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toMatch(/^The call came from Grafana's CloudWatch data source/)
    for (const action of ['ec2:DescribeRegions', 'ec2:DescribeInstances', 'ec2:DescribeTags'])
      expect(f.explanation).toContain(action)
    expect(f.explanation).toContain(
      'https://grafana.com/docs/grafana/latest/datasources/aws-cloudwatch/'
    )
    expect(notes).toContain('documented permission set')
  })

  it("Prowler's managed policies (review h7-179)", () => {
    const { f } = analysedOne(corpusText('heldout7.jsonl', 'h7-179'))
    expect(f.traps).toContain('app-permission-set')
    expect(f.explanation).toContain('SecurityAudit')
    expect(f.explanation).toContain('ViewOnlyAccess')
  })

  it('not for a call of a service the set does not cover (own case: Grafana deployed, S3 refused)', () => {
    const { f } = analysedOne(
      'Deploying grafana with the cloudwatch data source\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::assets/grafana.ini because no identity-based policy allows the s3:PutObject action'
    )
    expect(f.traps).not.toContain('app-permission-set')
  })

  it('not for an EC2 refusal with no application named (own case)', () => {
    const { f } = analysedOne(
      'An error occurred (UnauthorizedOperation) when calling the DescribeRegions operation: You are not authorized to perform this operation.'
    )
    expect(f.traps).not.toContain('app-permission-set')
  })
})
