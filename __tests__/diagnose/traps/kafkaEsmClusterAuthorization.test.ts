// A Kafka cluster refusing a Lambda event source mapping's poller: the function's execution role
// (IAM access control) or the mapping's Kafka user needs the cluster's, topic's and group's
// permissions, not the job that created the mapping.
import { corpusText } from '../../support/corpusRecords.js'
import { only } from '../analyze.js'

const TRAP = 'kafka-esm-cluster-authorization'

describe(TRAP, () => {
  it("heldout156 h156-059 (a project's README quoting the console): the execution role's kafka-cluster set", () => {
    const f = only(corpusText('heldout156.jsonl', 'h156-059'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The Kafka cluster refused the event source mapping's poller/)
    expect(f.fixTarget.description).toMatch(
      /^the execution role of the function the event source mapping invokes/
    )
    for (const action of [
      'kafka-cluster:Connect',
      'kafka-cluster:DescribeTopic',
      'kafka-cluster:ReadData',
      'kafka-cluster:DescribeGroup',
      'kafka-cluster:AlterGroup'
    ])
      expect(f.explanation).toContain(`\`${action}\``)
  })

  it.each([
    // own: a Kafka client's own authorization failure is MSK IAM's grammar, not the poller's
    '[Consumer clientId=c] Topic authorization failed for topics [orders] (AWS_MSK_IAM)',
    // own: an ordinary IAM sentence about Kafka's control plane
    'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kafka:DescribeCluster on resource: arn:aws:kafka:us-east-1:111122223333:cluster/c/1'
  ])('counter-case: %s', (text) => {
    expect(only(text).traps).not.toContain(TRAP)
  })
})
