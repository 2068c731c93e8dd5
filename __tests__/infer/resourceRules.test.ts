// Resources the log names outside the refusal's own words (src/infer/resourceRules.ts): here the
// role an assume passes as its parameter (heldout15 review h15-153; the corpus case is in
// callNames.test.ts, with the call it names) and the hosted zone of a Route 53 URL (h15-003).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

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
    const { f, statements } = analysedOne(`${above}\n${REFUSED}`)
    // The role's trust first (no Resource), then the caller's own statement on that role.
    expect(f.fixTarget.resourceArn).toBe('arn:aws:iam::111122223333:role/deploy')
    expect(statements.map((s) => s.Resource ?? null)).toEqual([
      null,
      'arn:aws:iam::111122223333:role/deploy'
    ])
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

describe("the hosted zone in a Route 53 request's URL", () => {
  // The zone is read off the URL; Route 53's action-less refusal then asks for the zone ID to be
  // checked before any Allow (route53-zone-not-owned, WD956).
  it('heldout15 h15-003 (aws/aws-sdk-php#2141): ChangeResourceRecordSets on the zone the URL names', () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-003'))
    expect(f.inferredAction).toBe('route53:ChangeResourceRecordSets')
    expect(f.inferred?.resource?.value).toBe('arn:aws:route53:::hostedzone/Z38NKT9BP95V3O')
    expect(statements).toEqual([])
  })

  it("own case: a Go SDK debug line above botocore's refusal names the zone", () => {
    const { statements } = analysedOne(
      [
        'DEBUG: Request route53/ListResourceRecordSets Details: GET https://route53.amazonaws.com/2013-04-01/hostedzone/Z0123456789ABC/rrset',
        'AccessDenied: User: arn:aws:sts::111122223333:assumed-role/dns/x is not authorized to perform: route53:ListResourceRecordSets'
      ].join('\n')
    )
    expect(statements[0]!.Resource).toBe('arn:aws:route53:::hostedzone/Z0123456789ABC')
  })

  it('own counter-case: an action with no hosted-zone resource keeps "*"', () => {
    const { statements } = analysedOne(
      [
        'GET https://route53.amazonaws.com/2013-04-01/hostedzone/Z0123456789ABC',
        'AccessDenied: User: arn:aws:sts::111122223333:assumed-role/dns/x is not authorized to perform: route53:ListHostedZones'
      ].join('\n')
    )
    expect(statements[0]!.Resource).toBe('*')
  })
})

// heldout18 review h18-118: excon's dump of a bodiless 403 names its own request's host, and so
// the bucket, although the status carries no code.
describe("excon's request host names the bucket of a bare S3 403", () => {
  it('h18-118 (GitLab import through fog/Excon): the bucket from `:host`, in the simulate command', () => {
    const { f, statements } = analysedOne(corpusText('heldout18.jsonl', 'h18-118'))
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::gitlab-qa-10k-test-object-storage')
    expect(f.explanation).toContain('arn:aws:s3:::gitlab-qa-10k-test-object-storage')
    expect(statements).toEqual([])
  })

  it('own counter-case: an S3 host in prose beside a bare 403 without a dump names no bucket', () => {
    const { f } = analysedOne(
      'Uploading to assets.s3.amazonaws.com\nExpected(200) <=> Actual(403 Forbidden)\n  :body => ""\n  "Server" => "AmazonS3"'
    )
    expect(f.inferred?.resource).toBeUndefined()
  })
})
