// Ansible's ec2.py dynamic inventory relaying boto 2's bare `Forbidden` for a refused RDS or
// ElastiCache listing, then naming the listing (rule WD837). Sources: heldout10 h10-084
// (ansible/ansible#11006, the PR's before/after outputs) and openshift/openshift-ansible-contrib#56
// (the inventory's line and Ansible's, run together as printed). Counter-cases: the later wording
// for an account never signed up to RDS (ansible/ansible#21292) and a look-alike from another tool.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const OPENSHIFT_CONTRIB_56 =
  'ERROR: "Forbidden", while: getting RDS instancesERROR! Inventory script (inventory/aws/hosts/ec2.py) had an execution error: ERROR: "Forbidden", while: getting RDS instances'
const OPENSHIFT_CONTRIB_56_LATER =
  'ERROR: "Forbidden", while: getting ElastiCache clustersERROR! Inventory script (inventory/aws/hosts/ec2.py) had an execution error: ERROR: "Forbidden", while: getting ElastiCache clusters'

const actionsOf = (text: string) =>
  parseText(text).map((f) => [f.service, f.action ?? f.inferredAction])

describe('ec2.py inventory refusals named by the listing that failed', () => {
  it('h10-084: each refused listing is its own finding with its action', () => {
    expect(actionsOf(corpusText('heldout10.jsonl', 'h10-084'))).toEqual([
      ['ec2', 'ec2:DescribeInstances'],
      ['rds', 'rds:DescribeDBInstances'],
      ['elasticache', 'elasticache:DescribeCacheClusters']
    ])
  })

  it('openshift-ansible-contrib#56: one RDS finding for the line printed twice, on "*"', () => {
    const found = parseText(OPENSHIFT_CONTRIB_56)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ service: 'rds', grammarRule: 'WD837', code: null })
    expect(found[0]!.inferredAction).toBe('rds:DescribeDBInstances')
    expect(buildRemedies(found).flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({ Action: 'rds:DescribeDBInstances', Resource: '*' })
    ])
  })

  it('openshift-ansible-contrib#56, after rds = False: ElastiCache on "*"', () => {
    const found = parseText(OPENSHIFT_CONTRIB_56_LATER)
    expect(found.map((f) => f.inferredAction)).toEqual(['elasticache:DescribeCacheClusters'])
    expect(buildRemedies(found).flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({ Action: 'elasticache:DescribeCacheClusters', Resource: '*' })
    ])
  })

  it.each([
    [
      'an account never signed up to RDS (ansible#21292)',
      `ERROR: "RDS hasn't been enabled for this account yet. You must either log in to the RDS service through the AWS console to enable it, or set 'rds = False' in ec2.ini", while: getting RDS instances`
    ],
    [
      'a service outage',
      'ERROR: "Looks like AWS RDS is down:\nService Unavailable", while: getting RDS instances'
    ],
    ['another tool quoting a word', 'ERROR: "Forbidden words", while: getting RDS instances ready']
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("ec2.py's EC2 listing: `Error connecting to AWS backend.` and EC2's sentence", () => {
  // h10-084's first EC2 line, as printed (the older ec2.py, no `while:`).
  const BEFORE =
    'EC2: `ERROR: Inventory script (ec2.py) had an execution error: Error connecting to AWS backend.\nYou are not authorized to perform this operation.`'

  it('reads the EC2 listing as EC2 (service known) even without `while:`', () => {
    expect(parseText(BEFORE)).toEqual([
      expect.objectContaining({ service: 'ec2', grammarRule: 'WD837', code: null })
    ])
  })

  it('leaves an encoded message after the sentence to ec2-unauthorized (its blob)', () => {
    const blob =
      'PJeLIV7qmnmglBCbA-jWeEKNOzH-t3iK1ox5ZaPcJjuiJt7thWO9A6vGECjC9ZcKTccH0t1EeZi46-BjtsnrbWW6zZNx9u8i4F0YCSJ-N0L3rG_HoNpNa4HVYpJZiJVolTvnVq7q7QfbR_2bq7IpstxT9ornkpEatqc2otT8kkRIHxB72qP9exZYzBFp5SYFS23Eat8e'
    const found = parseText(
      `ERROR: "Error connecting to AWS backend.\nYou are not authorized to perform this operation. Encoded authorization failure message: ${blob}", while: getting EC2 instances`
    )
    expect(found).toEqual([expect.objectContaining({ kind: 'encoded', grammarRule: 'WD704' })])
  })

  it.each([
    [
      'another failure after the backend words',
      'ERROR: "Error connecting to AWS backend.\nRequest limit exceeded.", while: getting EC2 instances'
    ],
    [
      'a Eucalyptus cloud (not AWS)',
      'ERROR: "Error connecting to Eucalyptus backend.\nYou are not authorized to perform this operation.", while: getting EC2 instances'
    ]
  ])('%s: not this grammar', (_, text) => {
    expect(parseText(text).map((f) => f.grammarRule)).not.toContain('WD837')
  })
})

describe('a listing that names no resource is allowed on "*"', () => {
  const SENTENCE =
    'User: arn:aws:iam::123456789012:user/ansible is not authorized to perform: elasticache:DescribeCacheClusters'

  it('ElastiCache documents "*" for calls on no named cluster, though the reference marks cluster required', () => {
    const f = parseText(SENTENCE)
    expect(buildRemedies(f).flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({ Resource: '*' })
    ])
  })

  it('a named cluster keeps its ARN', () => {
    const f = parseText(
      `${SENTENCE} on resource: arn:aws:elasticache:us-east-1:123456789012:cluster:sessions`
    )
    expect(buildRemedies(f).flatMap((r) => r.statements)).toEqual([
      expect.objectContaining({
        Resource: 'arn:aws:elasticache:us-east-1:123456789012:cluster:sessions'
      })
    ])
  })

  it('one RDS instance the tool names (singular) is no listing: no "*"', () => {
    const f = parseText('ERROR: "Forbidden", while: getting RDS instance')
    expect(f.map((x) => x.inferred?.listing)).toEqual([undefined])
  })
})
