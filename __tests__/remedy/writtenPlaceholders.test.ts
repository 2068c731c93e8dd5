// A writer's own placeholder in an ARN (`service/<cluster_name>/<service_name>`) says what stands
// there: it keeps its own name. Named after the type word before it, the cluster's segment came
// out as `<SERVICE_NAME>` and the service's as `<_CLUSTER_NAME__NAME>` (fresh log, boto/boto3#2441).
import { newPlaceholders, unmaskArn } from '../../src/remedy/placeholders.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

// boto/boto3#2441, as printed
const BOTO3_2441 =
  'An error occurred (AccessDeniedException) when calling the UpdateService operation: User: arn:aws:iam::<user_id>:user/<username> is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:us-west-2:<user_id>:service/<cluster_name>/<service_name>'

describe('placeholders the writer typed', () => {
  it('boto/boto3#2441: the cluster and the service keep their own names, in their places', () => {
    const { statements, notes } = analysedOne(BOTO3_2441)
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:ecs:us-west-2:<ACCOUNT_ID>:service/<CLUSTER_NAME>/<SERVICE_NAME>'
    ])
    expect(notes).toContain('Replace <CLUSTER_NAME> with the cluster name')
    expect(notes).toContain('Replace <SERVICE_NAME> with the service name')
  })

  it.each([
    ['arn:aws:ecs:us-west-2:123456789012:service/<my-cluster>/web', 'service/<MY_CLUSTER>/web'],
    // a mask word or a bare word says nothing: the type word names it, as before
    ['arn:aws:iam::123456789012:role/<redacted>', 'role/<ROLE_NAME>'],
    ['arn:aws:iam::123456789012:role/<name>', 'role/<ROLE_NAME>'],
    ['arn:aws:iam::123456789012:role/***', 'role/<ROLE_NAME>']
  ])('%s → …%s', (printed, tail) => {
    expect(unmaskArn(newPlaceholders(), printed).endsWith(tail)).toBe(true)
  })
})
