// Resources the log names outside the refusal's own words (src/infer/resourceRules.ts): here the
// role an assume passes as its parameter (heldout15 review h15-153). The corpus case is in
// callNames.test.ts, with the call it names.
import { analysedOne } from '../diagnose/traps/analysed.js'

const REFUSED =
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied'

describe('the role an assume passes as its parameter', () => {
  it.each([
    [
      "own: boto3's RoleArn keyword above the error",
      "    resp = sts.assume_role(RoleArn='arn:aws:iam::111122223333:role/deploy', RoleSessionName='ci')"
    ],
    [
      "own: the CLI's --role-arn",
      '+ aws sts assume-role --role-arn arn:aws:iam::111122223333:role/deploy --role-session-name ci'
    ]
  ])('%s', (_name, above) => {
    const { statements } = analysedOne(`${above}\n${REFUSED}`)
    expect(statements[0]!.Resource).toBe('arn:aws:iam::111122223333:role/deploy')
  })

  it('own counter-case: a role ARN in prose far above is not the call’s', () => {
    const text = [
      'Our admin role is arn:aws:iam::111122223333:role/admin.',
      'line',
      'line',
      'line',
      'line',
      REFUSED
    ].join('\n')
    expect(analysedOne(text).statements[0]!.Resource).not.toBe(
      'arn:aws:iam::111122223333:role/admin'
    )
  })
})
