// heldout10 review ("missing": h10-082): a reporter who looked the refusal up in CloudTrail and
// wrote which call it was; the operation named becomes the action through the catalog.
import { cloudTrailNamedAction } from '../../src/infer/cloudTrailNamed.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { logContext } from '../support/logContext.js'

describe('the call CloudTrail recorded, in the reporter’s words', () => {
  it('h10-082 (kubernetes-sigs/aws-load-balancer-controller#232): ec2:CreateSecurityGroup', () => {
    const { f, statements } = analysedOne(corpusText('heldout10.jsonl', 'h10-082'))
    expect(f.inferred?.action?.value).toBe('ec2:CreateSecurityGroup')
    expect(f.inferred?.action?.from).toMatch(/CloudTrail/)
    expect(statements.map((s) => s.Action)).toContain('ec2:CreateSecurityGroup')
  })

  it.each([
    [
      'own: the sentence above the error, an event name in backticks',
      logContext(
        'AccessDenied: Access Denied',
        'CloudTrail shows the failing event `PutBucketPolicy` for our deploy role:'
      ),
      's3',
      's3:PutBucketPolicy'
    ],
    [
      'counter-case: a word CloudTrail did not record as an operation',
      logContext('UnauthorizedOperation', '', 'CloudTrail shows nothing for TerraformCloud runs.'),
      'ec2',
      null
    ],
    [
      "counter-case: another service's operation under a known service",
      logContext('UnauthorizedOperation', '', 'CloudTrail logged CreateBucket calls too.'),
      'ec2',
      null
    ],
    [
      'counter-case: an operation named with no CloudTrail in the sentence',
      logContext('UnauthorizedOperation', '', 'We never call CreateSecurityGroup ourselves.'),
      'ec2',
      null
    ]
  ])('%s', (_n, ctx, service, action) => {
    expect(cloudTrailNamedAction(ctx, service)?.value ?? null).toBe(action)
  })
})
