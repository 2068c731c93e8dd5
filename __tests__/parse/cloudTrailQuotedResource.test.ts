// heldout15 h15-073: a CloudTrail event's errorMessage whose S3 sentence quotes its resource,
// the quotes JSON-escaped (`on resource: \\"arn:aws:s3:::b/k\\" with an explicit deny …`): the
// scanner unescapes them, and the field runs to the quote a field or the object's end follows,
// so the sentence keeps its resource and the denying policy's ARN.
import { corpusText } from '../support/corpusRecords.js'
import { only } from './parseText.js'

// github-file:find_string#63035222500 (a CTF write-up's EventBridge copy of a CloudTrail data
// event, on one line as printed; the tail after `requestParameters` is cut here).
const CTF_EVENT =
  '{"version": "0", "id": "xxxx", "detail-type": "AWS API Call via CloudTrail", "source": "aws.s3", "account": "xxxx", "time": "xxx:38:05Z", "region": "us-east-1", "resources": [], "detail": {"eventVersion": "1.11", "userIdentity": {"type": "AWSAccount", "principalId": "xxxx:xxxx", "accountId": "xxxx"}, "eventTime": "xxxx:38:05Z", "eventSource": "s3.amazonaws.com", "eventName": "ListObjects", "awsRegion": "us-east-1", "sourceIPAddress": "xxxxx", "userAgent": "[aws-cli/2.36.17 md/awscrt#0.36.0 ua/2.1 os/linux#6.19.14+kali-amd64 md/arch#x86_64 lang/python#3.14.6 md/pyimpl#CPython m/Z,g,E,C,b cfg/retry-mode#standard md/installer#exe sid/4c55b1738b6d md/distrib#kali.2026 md/prompt#off md/command#s3.ls]", "errorCode": "AccessDenied", "errorMessage": "User: arn:aws:sts::xxxx:assumed-role/ctf_participant_role/xxxxx is not authorized to perform: s3:ListBucket on resource: \\"arn:aws:s3:::user8a25e3d93df9ec8b\\" because no resource-based policy allows the s3:ListBucket action", "requestParameters": {"list-type": "2", "bucketName": "user8a25e3d93df9ec8b", "encoding-type": "url", "prefix": "", "delimiter": "/", "Host": "user8a25e3d93df9ec8b.s3.amazonaws.com"}, "responseElements": null}}'

describe('a CloudTrail errorMessage quoting its S3 resource', () => {
  it('h15-073: the resource and the explicit deny’s policy ARN', () => {
    const f = only(corpusText('heldout15.jsonl', 'h15-073'))
    expect([f.grammar, f.resource, f.policyArn, f.layer, f.deny]).toEqual([
      'cloudtrail-event',
      'arn:aws:s3:::niaomi-myiam-security-lab-[ACCOUNT-ID]-us-east-1-an/cli-tests/phase4-test.txt',
      'arn:aws:iam::[ACCOUNT-ID]:policy/phase4-explicit-deny-policy',
      'identity',
      'explicit'
    ])
  })

  it('github-file:find_string#63035222500: one line, the fields after the message read too', () => {
    const f = only(CTF_EVENT)
    expect([f.grammar, f.code, f.action, f.resource, f.layer, f.deny]).toEqual([
      'cloudtrail-event',
      'AccessDenied',
      's3:ListBucket',
      'arn:aws:s3:::user8a25e3d93df9ec8b',
      'resource',
      'implicit'
    ])
  })

  it("a Python dict's value still ends at its quote", () => {
    const f = only(
      "{'eventSource': 's3.amazonaws.com', 'eventName': 'GetObject', 'errorCode': 'AccessDenied', 'errorMessage': 'Access Denied', 'sourceIPAddress': '10.0.0.1'}"
    )
    expect([f.grammar, f.action, f.resource]).toEqual(['cloudtrail-event', 's3:GetObject', null])
  })
})
