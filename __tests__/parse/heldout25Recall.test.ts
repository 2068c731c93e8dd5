// heldout25's refusals the parse half-read on its unseen score (issue 10, session 26), each with
// its own cases and counter-cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h25 = (id: string) => corpusText('heldout25.jsonl', id)
const fields = (text: string) => parseText(text).map((f) => [f.code, f.action, f.resource])

describe('an S3 error below does not lend its HostID as a code', () => {
  it('h25-022 (a committed OpenTofu log): the Route 53 refusal keeps `api error AccessDenied`', () => {
    const [route53] = parseText(h25('h25-022'))
    expect([route53!.code, route53!.action]).toEqual([
      'AccessDenied',
      'route53:ListTagsForResource'
    ])
  })

  it("own: the Go SDK v2's older `RequestID: …, Code:` slot still reads a code", () => {
    expect(
      fields(
        'operation error SSO OIDC: CreateToken, https response error StatusCode: 400, RequestID: 6b2c, InvalidGrantException: '
      ).map(([code]) => code)
    ).toEqual(['InvalidGrantException'])
  })
})

describe("the JVM's own exceptions are no AWS code", () => {
  it("h25-020 (a Spring Boot app's Logback appender): not `IllegalStateException`", () => {
    expect(fields(h25('h25-020'))).toEqual([
      [
        null,
        'kinesis:DescribeStream',
        'arn:aws:kinesis:ap-northeast-2:111122223333:stream/ProdSeoulTadaServerLogStream'
      ]
    ])
  })

  it("counter-case: a service's own exception class before the sentence is still its code", () => {
    expect(
      fields(
        'java.lang.IllegalStateException: wrapped\nsoftware.amazon.awssdk.services.sns.model.AuthorizationErrorException: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: SNS:Publish on resource: arn:aws:sns:eu-west-1:111122223333:t because no identity-based policy allows the SNS:Publish action'
      ).map(([code]) => code)
    ).toEqual(['AuthorizationErrorException'])
  })
})

describe("IAM's typed resource hard-wrapped between its type and its name", () => {
  it('h25-015 (torchbox/buckup#13): `user` / `my-prod-…-owner` is one resource', () => {
    expect(fields(h25('h25-015'))).toEqual([
      ['AccessDenied', 'iam:CreateAccessKey', 'user my-prod-media.site.ac.uk-s3-owner']
    ])
  })

  it('counter-case: the reason clause after the type is not its name', () => {
    expect(
      fields(
        'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:GetUser on resource: user\nbecause no identity-based policy allows the iam:GetUser action'
      ).map(([, , resource]) => resource)
    ).not.toContain('user because')
  })
})
