// Refusals a service reports about the role it was handed (issue 10).
import { parseText } from './parseText.js'

describe('service roles refused by a service', () => {
  it('hashicorp/terraform-provider-aws#3050: EMR could not authorize the instance profile', () => {
    const text = [
      '        * aws_emr_cluster.tf-test-cluster: 1 error(s) occurred:',
      '        ',
      '        * aws_emr_cluster.tf-test-cluster: AccessDeniedException: Failed to authorize instance profile arn:aws:iam::*******:instance-profile/emr_profile_5232285268007466600',
      '            status code: 400, request id: 4f3c4796-fc16-11e7-b955-1520eb1b001c'
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.code, f.detail.instanceProfile, f.line])).toEqual([
      [
        'denial',
        'AccessDeniedException',
        'arn:aws:iam::*******:instance-profile/emr_profile_5232285268007466600',
        3
      ]
    ])
  })

  it('a service that assumes a role says which call was refused (DataSync and similar)', () => {
    // The wording of issue 10's list; no public CI log of it was found, so it is our own case.
    const [f] = parseText(
      'Task failed: Unable to assume role. Reason: Access denied when calling sts:AssumeRole'
    )
    expect(f).toMatchObject({ kind: 'denial', action: 'sts:AssumeRole', service: 'sts' })
  })
})
