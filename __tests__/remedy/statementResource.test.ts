// Which Resource a statement names: the action's primary resource type, several ARNs where the
// action is authorised against several, placeholders (never "*") where the finding names none.
// Real excerpts name their source; the others are nasty cases of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { lookupAction } from '../../src/catalog/Catalog.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { primaryTypes } from '../../src/remedy/primaryTypes.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { makeFinding, roleTarget } from './makeFinding.js'
import { corpusText } from '../support/corpusRecords.js'

const session = 'arn:aws:sts::444455556666:assumed-role/deploy/GitHubActions'

function remediesOf(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return remedies
}

function identity(action: string, resource: string | null) {
  const f = makeFinding({
    action,
    principal: session,
    resource,
    layer: 'identity',
    deny: 'implicit',
    fixTarget: { kind: 'identity-policy', ...roleTarget(session) }
  })
  const remedies = buildRemedies([f])
  expect(validateRemedies(remedies, [f])).toEqual([])
  return remedies[0]!
}

describe('primary resource types', () => {
  const names = (action: string) => primaryTypes(lookupAction(action)!).map((t) => t.name)

  test('S3 object actions take the object, bucket actions the bucket, not the access point', () => {
    expect(names('s3:GetObject')).toEqual(['object'])
    expect(names('s3:PutObject')).toEqual(['object'])
    expect(names('s3:ListBucket')).toEqual(['bucket'])
  })

  test('ec2:RunInstances is authorised against every required type', () => {
    expect(names('ec2:RunInstances').sort()).toEqual(
      ['image', 'instance', 'network-interface', 'security-group', 'subnet'].sort()
    )
  })

  test('an unknown S3 object gets an object placeholder ARN, not an access point one', () => {
    const r = identity('s3:GetObject', null)
    expect(r.statements[0]!.Resource).toBe('arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*')
  })

  // Reviews h004, h13-101, h24-004, u25-005: a job that meets S3 writes many keys, and a single
  // `<OBJECT_NAME>` fixed one of them. The prefix and `*` cover the job's keys; the note says how
  // to fill it for a prefix, the whole bucket, or one key.
  test('an unknown S3 key is a prefix and `*`, and the note says how to fill it', () => {
    const r = identity('s3:PutObject', null)
    expect(r.statements[0]!.Resource).toBe('arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*')
    const note = r.notes.find((n) => n.includes('<KEY_PREFIX>'))
    expect(note).toMatch(/^Replace <KEY_PREFIX> with the key prefix the job reads or writes under/)
    expect(note).toMatch(/every key in the bucket/)
    expect(r.notes.join('\n')).not.toMatch(/OBJECT_NAME/)
  })

  test('a bucket the log names is granted on its keys, with no placeholder left', () => {
    const r = identity('s3:PutObject', 'arn:aws:s3:::site-assets')
    expect(r.statements[0]!.Resource).toBe('arn:aws:s3:::site-assets/*')
    expect(r.notes.join('\n')).not.toMatch(/<KEY_PREFIX>/)
  })

  test('ec2:RunInstances on the printed instance ARN also names the other required types', () => {
    const r = identity('ec2:RunInstances', 'arn:aws:ec2:us-east-2:444455556666:instance/*')
    const resources = r.statements[0]!.Resource as string[]
    expect(resources).toContain('arn:aws:ec2:us-east-2:444455556666:instance/*')
    expect(resources).toContain('arn:aws:ec2:us-east-2:444455556666:subnet/<SUBNET_ID>')
    expect(resources).toContain(
      'arn:aws:ec2:us-east-2:444455556666:security-group/<SECURITY_GROUP_ID>'
    )
    expect(resources).toContain('arn:aws:ec2:us-east-2::image/<IMAGE_ID>')
    // Created by the call, so AWS assigns the ID.
    expect(resources).toContain('arn:aws:ec2:us-east-2:444455556666:network-interface/*')
    expect(r.notes.join('\n')).toMatch(/authorised against several resources at once/)
  })

  test('creating calls use * for the ID AWS assigns, placeholders for the rest', () => {
    const r = identity('ec2:CreateVpc', null)
    const resources = [r.statements[0]!.Resource].flat()
    expect(resources).toContain('arn:aws:ec2:<REGION>:<ACCOUNT_ID>:vpc/*')
  })
})

describe('unknown, masked or malformed resources', () => {
  test('sst#3931 (anomalyco/sst#3931): the message stops at "on resource"; placeholder, not "*"', () => {
    const [r] = remediesOf(
      'AccessDenied: User: arn:aws:iam::{ACCOUNT}:user/{USER} is not authorized to perform: s3:CreateBucket on resource'
    )
    expect(r!.statements[0]!.Resource).toBe('arn:aws:s3:::<BUCKET_NAME>')
    expect(r!.notes.join('\n')).toContain('Replace <BUCKET_NAME>')
  })

  test('privilege-sensitive actions never get "*" and carry an escalation warning', () => {
    const r = identity('iam:PassRole', null)
    // A role is only passed within its own account: the caller's printed account (issue 17).
    expect(r.statements[0]!.Resource).toBe('arn:aws:iam::444455556666:role/<ROLE_NAME_WITH_PATH>')
    expect(r.notes.join('\n')).toMatch(/privilege escalation/)
    const assume = identity('sts:AssumeRole', '*')
    expect(assume.statements[0]!.Resource).not.toBe('*')
  })

  test('an account masked with "*" becomes a placeholder, not an IAM wildcard', () => {
    const r = identity('iam:GetRole', 'arn:aws:iam::*:role/gudsen_role')
    expect(r.statements[0]!.Resource).toBe('arn:aws:iam::<ACCOUNT_ID>:role/gudsen_role')
  })

  test('a partly masked key ID is replaced whole', () => {
    const r = identity(
      'kms:Decrypt',
      'arn:aws:kms:us-west-2:111122223333:key/*****-048e-4be0-b497-ca151cd223c5'
    )
    expect(r.statements[0]!.Resource).toBe('arn:aws:kms:us-west-2:111122223333:key/<KEY_ID>')
  })

  test('an ARN of another resource type is flagged, not pasted', () => {
    const r = identity('logs:PutLogEvents', 'arn:aws:iam::444455556666:user/ci')
    expect(r.statements[0]!.Resource).toMatch(/^arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:/)
    expect(r.notes.join('\n')).toMatch(/check it for a typo/)
  })
})

describe('CloudWatch Logs ARNs', () => {
  test('aws-solutions/aws-crr-monitor#8: a per-run Lambda stream becomes every stream of the group', () => {
    const [r] = remediesOf(
      'arn:aws:sts::accountid:assumed-role/CrossRegionReplicationMonitor-CRRHourlyMaintRole-1RCO7JQNPCT8P/CRRHourlyMaint is not authorized to perform: logs:CreateLogStream on resource: arn:aws:logs:us-east-1:accountid:log-group:/aws/lambda/CRRHourlyMaint:log-stream:2019/12/16/[$LATEST]9f7bba28c89742bb8199a28885b893ea'
    )
    expect(r!.statements[0]!.Resource).toBe(
      'arn:aws:logs:us-east-1:<ACCOUNT_ID>:log-group:/aws/lambda/CRRHourlyMaint:log-stream:*'
    )
    expect(r!.notes.join('\n')).toMatch(/log stream names change/)
  })

  test('a stream ARN cut after "log-stream:" keeps its separator and gets the wildcard', () => {
    const r = identity(
      'logs:PutLogEvents',
      'arn:aws:logs:eu-west-1:444455556666:log-group:/ci/build:log-stream:'
    )
    expect(r.statements[0]!.Resource).toBe(
      'arn:aws:logs:eu-west-1:444455556666:log-group:/ci/build:log-stream:*'
    )
  })

  test('a dated S3 key is generalised to its stable prefix', () => {
    const r = identity('s3:PutObject', 'arn:aws:s3:::artifacts/builds/2024-05-01/app-3f2a.zip')
    expect(r.statements[0]!.Resource).toBe('arn:aws:s3:::artifacts/builds/*')
    expect(r.notes.join('\n')).toMatch(/changes every run/)
  })
})

// heldout12 review (issue 17): an action that takes one of several resource types, where the others
// are parts of one (a DynamoDB table's streams), names that one when the log shows no part, and
// says the parts exist. Never a sub-resource by alphabetical accident.
describe('alternatives nested in one type: the parent, with the parts named in a note', () => {
  const names = (action: string) => primaryTypes(lookupAction(action)!).map((t) => t.name)
  const only = (text: string) => {
    const [r] = remediesOf(text)
    return { resource: r!.statements[0]!.Resource, notes: r!.notes.join('\n') }
  }

  test('DynamoDB tagging takes the table, not its stream', () => {
    expect(names('dynamodb:TagResource')).toEqual(['table'])
    expect(names('dynamodb:UntagResource')).toEqual(['table'])
    expect(names('dynamodb:ListTagsOfResource')).toEqual(['table'])
  })

  test('heldout12 h12-049 (aws-solutions-library-samples/data-transfer-hub#141): the masked resource of a stack create is the table', () => {
    const { resource, notes } = only(corpusText('heldout12.jsonl', 'h12-049'))
    expect(resource).toBe('arn:aws:dynamodb:<REGION>:<ACCOUNT_ID>:table/<TABLE_NAME>')
    expect(notes).toMatch(/takes a table or one of its parts \(stream\)/)
  })

  // DynamoDB's answer for a TagResource call without an ARN, as architect/dynalite's
  // test/tagResource.js asserts it (`… is not authorized to perform: dynamodb:TagResource on
  // resource: *`); the caller filled in.
  test('the `on resource: *` answer gets the table placeholder too', () => {
    const { resource } = only(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: dynamodb:TagResource on resource: *'
    )
    expect(resource).toBe('arn:aws:dynamodb:<REGION>:<ACCOUNT_ID>:table/<TABLE_NAME>')
  })

  test('counter-case: a printed stream ARN stays the stream (the log shows the part)', () => {
    const { resource, notes } = only(
      'User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: dynamodb:TagResource on resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2024-01-01T00:00:00.000'
    )
    expect(resource).toBe(
      'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2024-01-01T00:00:00.000'
    )
    expect(notes).not.toMatch(/one of its parts/)
  })

  test('counter-cases: a usual type stays (log groups), and flat alternatives keep their rule', () => {
    expect(names('logs:TagResource')).toEqual(['log-group'])
    expect(names('s3:TagResource')).toEqual(['bucket'])
    expect(names('bedrock:InvokeModel')).toEqual(['foundation-model'])
    // Not alternatives: every required type is checked.
    expect(names('ec2:RunInstances')).toContain('subnet')
  })
})
