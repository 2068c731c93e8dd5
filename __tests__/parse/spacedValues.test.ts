// Values with a space inside, kept as printed (issue 10): a Glue job whose name has spaces, and a
// console that wraps by inserting spaces into the principal, the action (`iam: PassRole`) and the
// resource. A value runs on past a space only up to the sentence's next part (`is not
// authorized`, the reason clause), and only over pieces that can belong to it.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('values with spaces inside', () => {
  it('a Glue job name with spaces, up to the reason clause (real-b b276, LBHackney-IT/Data-Platform#2274)', () => {
    const [f] = parseText(corpusText('real-b.jsonl', 'b276'))
    expect(f).toMatchObject({
      action: 'glue:GetJobRuns',
      resource:
        'arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw',
      layer: 'identity',
      deny: 'implicit'
    })
  })

  it('a console-wrapped Copilot reply relayed by CloudFormation (held-out h7-014, aws/copilot-cli#5608)', () => {
    const [f] = parseText(corpusText('heldout7.jsonl', 'h7-014'))
    expect(f).toMatchObject({
      action: 'iam: PassRole',
      service: 'iam',
      principal:
        'arn:aws:sts::193980408680:assumed-role/cd-paas-ngpay-service -dev-ngpay-EnvControllerRole-fMcu2P8hPESe/cd-paas-ngpay-service-dev-ng -EnvControllerFunction-J7PWnRaTHdEe',
      resource: 'arn:aws:iam::193980408680:role/cd-paas-ngpay-ser vice-dev-CFNExecutionRole',
      layer: 'identity',
      deny: 'implicit'
    })
  })

  it.each<[string, string, Record<string, string>]>([
    [
      'own: no reason clause after the words: the resource ends at the space',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: glue:GetJobRuns on resource: arn:aws:glue:eu-west-2:123456789012:job/Copy parking (Service: Glue, Status Code: 400)',
      { resource: 'arn:aws:glue:eu-west-2:123456789012:job/Copy' }
    ],
    [
      'own: a sentence ended before the words',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/x. Retrying because no identity-based policy allows the iam:PassRole action',
      { resource: 'arn:aws:iam::123456789012:role/x' }
    ],
    [
      "own: the sentence's own words are not part of the value",
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k and is refused because no identity-based policy allows the s3:GetObject action',
      { resource: 'arn:aws:s3:::b/k' }
    ],
    [
      'own: a key=value tail after the principal is no part of it',
      'User: arn:aws:iam::123456789012:user/ci token=ghp_x1 is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k',
      { principal: 'arn:aws:iam::123456789012:user/ci' }
    ],
    [
      'own: plain words after the principal are no part of it',
      'User: arn:aws:sts::123456789012:assumed-role/r/s via session is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k',
      { principal: 'arn:aws:sts::123456789012:assumed-role/r/s' }
    ]
  ])('%s', (_, text, fields) => {
    expect(parseText(text)[0]).toMatchObject(fields)
  })

  it('own: a lower-case word after `iam:` is no wrapped action', () => {
    const found = parseText(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam: passing roles is refused'
    )
    expect(found.map((f) => f.action)).not.toContain('iam: passing')
  })
})
