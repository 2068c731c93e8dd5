// c7n-org reporting an AccessDenied ClientError in its own words (WD806, issue 10 round 9).
// Sources in the titles; `own` cases are ours.
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.operation, f.service, f.occurrences])
}

describe('c7n-org: Access denied api:<operation>', () => {
  it('cloud-custodian/cloud-custodian#6397 (CodeBuild, three regions: one finding, three times)', () => {
    const text = [
      '[Container] 2021/01/13 16:39:45 Running command pipenv run deploy-all',
      'Generate Policy',
      'Deploy Policy',
      '2021-01-13 16:39:46,478: c7n_org:DEBUG Running policy:rds-cluster-offhour-stop-20h account:dev region:eu-west-1',
      '2021-01-13 16:39:46,805: c7n_org:WARNING Access denied api:AssumeRole policy:rds-cluster-offhour-stop-20h account:dev region:eu-west-1',
      '2021-01-13 16:39:46,812: c7n_org:DEBUG Running policy:rds-cluster-offhour-stop-20h account:dev region:eu-west-3',
      '2021-01-13 16:39:47,150: c7n_org:WARNING Access denied api:AssumeRole policy:rds-cluster-offhour-stop-20h account:dev region:eu-west-3',
      '2021-01-13 16:39:47,157: c7n_org:DEBUG Running policy:rds-cluster-offhour-stop-20h account:dev region:us-east-1',
      '2021-01-13 16:39:47,482: c7n_org:WARNING Access denied api:AssumeRole policy:rds-cluster-offhour-stop-20h account:dev region:us-east-1',
      '2021-01-13 16:39:47,483: c7n_org:INFO Policy resource counts Counter()',
      '[Container] 2021/01/13 16:39:47 Command did not exit successfully pipenv run deploy-all exit status 1'
    ].join('\n')
    expect(fields(text)).toEqual([['denial', 'c7n-org-access-denied', 'AssumeRole', 'sts', 3]])
  })

  it.each<[string, string]>([
    [
      'cloud-custodian/cloud-custodian#6385 (quoted in a code span)',
      '`Access denied api:AssumeRole policy:my-first-policy account:account-name region:us-east-1`'
    ],
    [
      'cloud-custodian/cloud-custodian#9308 (the command’s output pasted as prose)',
      'Output of c7n-org command\nAccess denied api:AssumeRole policy:my-test-policy account:AccountName region:us-east-2'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([['denial', 'c7n-org-access-denied', 'AssumeRole', 'sts', 1]])
  })

  it('names another refused call as printed, its service left to the reading around', () => {
    const found = parseText(
      '2021-01-13 16:39:46,805: c7n_org:WARNING Access denied api:DescribeInstances policy:ec2-off account:prod region:eu-west-1'
    )
    expect(found.map((f) => [f.grammar, f.operation])).toEqual([
      ['c7n-org-access-denied', 'DescribeInstances']
    ])
  })

  it('counter-case: a database’s `Access denied for user` is not this report', () => {
    expect(
      fields("ERROR 1045 (28000): Access denied for user 'api'@'localhost' (using password: YES)")
    ).toEqual([])
  })
})
