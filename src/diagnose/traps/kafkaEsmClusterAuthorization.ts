import type { Trap } from '../Trap.js'

// A Lambda event source mapping's poller refused by its Kafka cluster (`PROBLEM: Cluster failed to
// authorize Lambda.`): the refusal is the cluster's, of the identity the mapping connects as, and
// Lambda's event source mapping errors table says which that is (session 52's unseen round,
// u476-059, a README quoting the console). The message names no action; the fix is the execution
// role's policy under IAM access control, or the Kafka ACLs of the SASL/SCRAM or mTLS user.

export const kafkaEsmClusterAuthorization: Trap = {
  id: 'kafka-esm-cluster-authorization',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'kafka-esm-cluster-authorization',
  advice: () =>
    "The Kafka cluster refused the event source mapping's poller, which connects as the function, not as the job that created the mapping. " +
    "Under IAM access control (Amazon MSK) the function's execution role needs `kafka-cluster:Connect` and `kafka-cluster:DescribeClusterDynamicConfiguration` on the cluster, `kafka-cluster:DescribeTopic` and `kafka-cluster:ReadData` on the topic, and `kafka-cluster:DescribeGroup` and `kafka-cluster:AlterGroup` on the mapping's consumer group (its id, or the mapping's UUID when none was set). " +
    'With SASL/SCRAM or mTLS, the user the mapping authenticates as needs the Kafka ACLs for the same: Describe on the cluster, Describe and Read on the topic and the group. ' +
    '`aws lambda get-event-source-mapping --uuid UUID` shows the mapping, its consumer group and its authentication.'
}
