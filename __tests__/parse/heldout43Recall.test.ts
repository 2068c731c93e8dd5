// heldout43–45's refusals the engine missed or misread on their unseen score (issue 10, session
// 36): a status answered by any AWS endpoint, unsigned requests, services' own sentences and a
// code in a Python dict, each with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h44 = (id: string) => corpusText('heldout44.jsonl', id)
const h45 = (id: string) => corpusText('heldout45.jsonl', id)
const fields = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.service, f.detail.cause ?? null])

describe('a status answered by an AWS endpoint other than S3 and ECR', () => {
  it('h44-014 (awslabs/logstash-output-amazon_es#158): Logstash’s quoted 403 from an OpenSearch domain', () => {
    expect(fields(h44('h44-014'))).toEqual([['denial', 'http-403-storage-target', 'es', null]])
  })

  it('h44-023 (conda/conda#13573): conda’s upper-case status for an S3 channel', () => {
    expect(fields(h44('h44-023'))).toEqual([['denial', 'http-403-storage-target', 's3', null]])
  })

  it('h44-008 (prometheus-community/helm-charts#2402): a remote write answered `Missing Authentication Token` was never signed', () => {
    expect(fields(h44('h44-008'))).toEqual([
      ['credentials', 'http-403-storage-target', 'aps', 'not-sigv4']
    ])
  })

  it('h44-026 (astral-sh/uv#2444): a CodeArtifact host whose `.d` label the mask took', () => {
    expect(fields(h44('h44-026'))).toEqual([
      ['credentials', 'codeartifact-repository-status', 'codeartifact', 'codeartifact-token']
    ])
  })

  it('own: a 403 from a host that is no AWS service endpoint (an EC2 public name, a load balancer) stays silent', () => {
    expect(
      fields(
        [
          "Got response code '403' contacting Elasticsearch at URL 'https://ec2-3-91-20-1.compute-1.amazonaws.com:9200/'",
          "Got response code '403' contacting Elasticsearch at URL 'https://internal-logs-123.us-east-1.elb.amazonaws.com/'"
        ].join('\n')
      )
    ).toEqual([])
  })

  it('own: API Gateway’s `Missing Authentication Token` also answers a path that does not exist, so it stays a refusal', () => {
    expect(
      fields(
        'curl: GET https://abc123.execute-api.us-east-1.amazonaws.com/prod/items returned 403 Forbidden: {"message":"Missing Authentication Token"}'
      )
    ).toEqual([['denial', 'http-403-storage-target', 'execute-api', null]])
  })
})

describe('requests not signed with SigV4', () => {
  it('h44-017 (uken/fluent-plugin-elasticsearch#892): Basic authentication sent to an IAM-authorised domain', () => {
    expect(fields(h44('h44-017'))).toEqual([
      ['credentials', 'authorization-header-not-sigv4', null, 'not-sigv4']
    ])
  })

  it('own: the sentence quoted without its parameter name is no finding', () => {
    expect(fields('The docs say the Authorization header requires a signature.')).toEqual([])
  })
})

describe('services’ own sentences and a code in a Python dict', () => {
  it('h45-016 (hashicorp/terraform-provider-aws#30882): DMS’s role sentence after its code, Go style', () => {
    expect(parseText(h45('h45-016')).map((f) => [f.grammar, f.code, f.resource])).toEqual([
      ['dms-vpc-role', 'AccessDeniedFault', 'arn:aws:iam::XXXXXXXXXXXX:role/dms-vpc-role']
    ])
  })

  it('h45-011 (aws/aws-cdk#7632): the same sentence with the Java suffix after it', () => {
    expect(parseText(h45('h45-011')).map((f) => [f.grammar, f.code, f.service])).toEqual([
      ['dms-vpc-role', 'AccessDeniedFault', 'dms']
    ])
  })

  it('own: another service’s “not configured properly” is not DMS’s role', () => {
    expect(
      parseText(
        'AccessDeniedFault: The IAM Role arn:aws:iam::123456789012:role/app-role is not configured properly.'
      ).map((f) => f.grammar)
    ).not.toContain('dms-vpc-role')
  })

  it('h45-028 (qqaatw/JciHitachiHA#33): Cognito Identity refusing an expired login token, its code without a colon', () => {
    expect(parseText(h45('h45-028')).map((f) => [f.kind, f.code, f.detail.cause])).toEqual([
      ['credentials', 'NotAuthorizedException', 'cognito-login-token']
    ])
  })

  it('h45-001 (saltstack/salt#43903): the code in the Python dict of the parsed body', () => {
    expect(parseText(h45('h45-001'))[0]!.code).toBe('AuthFailure')
  })

  it('own: a dict with another key named like a code is not read as one', () => {
    expect(
      parseText(
        "[ERROR] AWS was not able to validate the provided access credentials {'Label': 'AuthFailure'}"
      ).map((f) => f.code)
    ).toEqual([null])
  })
})

describe('an action printed without its service prefix', () => {
  it('h42-005 (opnsense/plugins#2161): `perform: GetHostedZone on resource: arn:aws:route53:::…` keeps the action as printed', () => {
    expect(
      parseText(corpusText('heldout42.jsonl', 'h42-005')).map((f) => [f.action, f.resource])
    ).toEqual([['GetHostedZone', 'arn:aws:route53:::hostedzone/rrset']])
  })

  it('own: a writer’s words for the action stay unread', () => {
    expect(
      parseText(
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform Action on resource: arn:aws:s3:::b'
      ).map((f) => f.action)
    ).toEqual([null])
  })
})
