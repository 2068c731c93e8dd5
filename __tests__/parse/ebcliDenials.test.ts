// The Elastic Beanstalk CLI's prefix for a refused call (rule WD834). Sources: heldout9 h9-045
// (aws/aws-elastic-beanstalk-cli-setup#74, bare Access Denied) and aws-samples/eb-locustio-sample#9
// (the IAM sentence after the same prefix). Counter-case: Cognito's NotAuthorizedException.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('EB CLI refusals', () => {
  it('reads `NotAuthorizedError - Operation Denied. Access Denied.` quoted in prose', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-045'))).toMatchObject({
      kind: 'denial',
      code: null,
      grammarRule: 'WD834'
    })
  })

  it('leaves the IAM sentence after the prefix to the sentence grammar (eb-locustio-sample#9)', () => {
    expect(
      only(
        'ERROR: NotAuthorizedError - Operation Denied. User: arn:aws:iam::x:user/aws-elasticbeanstalk-locust-role is not authorized to perform: elasticbeanstalk:CreateApplication on resource: arn:aws:elasticbeanstalk:us-west-2:x:application/eb-locustio-sample'
      )
    ).toMatchObject({ action: 'elasticbeanstalk:CreateApplication', code: null })
  })

  it('leaves Cognito’s wrong-password answer alone', () => {
    expect(
      parseText('NotAuthorizedException: Incorrect username or password. (Operation Denied)')
    ).toEqual([])
  })
})
