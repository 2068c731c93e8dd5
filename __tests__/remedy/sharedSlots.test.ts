// A call authorised against several resource types at once, whose printed ARN already shows a
// slot the other type needs: Elastic Beanstalk's CreateApplicationVersion is checked on the
// version and on its application, and `applicationversion/APP/VERSION` names APP (issue 17,
// heldout9 review h9-043: the application stayed `<APPLICATION_NAME>`).
import { analysed } from '../diagnose/traps/analysed.js'

// Source: jenkinsci/aws-beanstalk-publisher-plugin#10, the two lines as printed.
const BEANSTALK_10 =
  'ERROR: Build step failed with exception\n' +
  'com.amazonaws.AmazonServiceException: User: arn:aws:sts::565561526804:assumed-role/aws-elasticbeanstalk-ec2-role/i-08324fd07b28bc1f6 is not authorized to perform: elasticbeanstalk:CreateApplicationVersion on resource: arn:aws:elasticbeanstalk:us-west-2:565561526804:applicationversion/application/2b687dfebd2c0a30c4138954c69b5b6aa109ac83-jenkins-yourdemo-17 (Service: AWSElasticBeanstalk; Status Code: 403; Error Code: AccessDenied; Request ID: 0a568d22-5c9b-11e7-991a-057fbe6d08c5)\n'

function resources(text: string): string[] {
  const { statements } = analysed(text)
  return statements.flatMap((s) => [s.Resource ?? []].flat())
}

describe('a slot the printed ARN shows fills the other type of the call', () => {
  it('jenkinsci/aws-beanstalk-publisher-plugin#10: the application the version ARN names', () => {
    expect(resources(BEANSTALK_10)).toEqual([
      'arn:aws:elasticbeanstalk:us-west-2:565561526804:application/application',
      'arn:aws:elasticbeanstalk:us-west-2:565561526804:applicationversion/application/2b687dfebd2c0a30c4138954c69b5b6aa109ac83-jenkins-yourdemo-17'
    ])
  })

  it('counter-case (own): a masked application name keeps the placeholder', () => {
    const masked = BEANSTALK_10.replace(
      'applicationversion/application/',
      'applicationversion/xxxxx/'
    )
    expect(resources(masked)[0]).toBe(
      'arn:aws:elasticbeanstalk:us-west-2:565561526804:application/<APPLICATION_NAME>'
    )
  })
})
