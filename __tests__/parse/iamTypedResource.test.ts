// IAM's typed resource `instance profile NAME` is kept whole, as `role voclabs` is (issue 10,
// heldout13 h13-179). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('an instance profile named by its type', () => {
  it.each<[string, string, string]>([
    [
      'heldout13 h13-179 (nchammas/flintrock#269, no reason phrase)',
      corpusText('heldout13.jsonl', 'h13-179'),
      'instance profile administrator'
    ],
    [
      'skypilot-org/skypilot#3366 (boto3 error dict, reason phrase after)',
      "E 03-25 21:17:51 utils.py:84] Boto3 error: {'response': {'Error': {'Type': 'Sender', 'Code': 'AccessDenied', 'Message': 'User: arn:aws:sts::975050348917:assumed-role/skypilot-v1/i-00d6a7f0f77e68ed5 is not authorized to perform: iam:GetInstanceProfile on resource: instance profile skypilot-v1 because no identity-based policy allows the iam:GetInstanceProfile action'}, 'ResponseMetadata': {'RequestId': '0161921f-aeac-47d5-8572-ebaa7e0e8b2e', 'HTTPStatusCode': 403}}",
      'instance profile skypilot-v1'
    ]
  ])('%s', (_title, text, resource) => {
    expect(only(text)).toMatchObject({ action: 'iam:GetInstanceProfile', resource })
  })

  it('own: the word `instance` before an EC2 instance id is not a type', () => {
    const [f] = parseText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/i-0abc because no identity-based policy allows the ec2:StopInstances action'
    )
    expect(f!.resource).toBe('arn:aws:ec2:us-east-1:111122223333:instance/i-0abc')
  })

  it('own: `instance profile` with no name after it keeps no type word alone', () => {
    const [f] = parseText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:GetInstanceProfile on resource: instance profile because no identity-based policy allows the iam:GetInstanceProfile action'
    )
    expect(f!.resource).not.toBe('instance profile because')
  })
})
