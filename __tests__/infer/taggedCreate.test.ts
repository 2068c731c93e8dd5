// A create that carries tags is authorised for the service's tag action too (src/infer/taggedCreate.ts).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const actionsOf = (text: string) => analysedOne(text).statements.flatMap((s) => [s.Action].flat())

describe("a create's tags, authorised as the tag action", () => {
  it('h27-016 (FSx from Terraform): fsx:TagResource beside fsx:CreateFileSystem, on the same file systems', () => {
    const { statements, notes } = analysedOne(corpusText('heldout27.jsonl', 'h27-016'))
    const create = statements.find((s) => [s.Action].flat().includes('fsx:CreateFileSystem'))!
    expect([create.Action].flat()).toEqual(['fsx:CreateFileSystem', 'fsx:TagResource'])
    expect(create.Resource).toBe('arn:aws:fsx:ap-southeast-1:<ACCOUNT_ID>:file-system/*')
    expect(notes).toMatch(/authorises those tags as fsx:TagResource/)
  })

  it('the command line passes tags (`aws logs create-log-group --tags`): logs:TagResource', () => {
    const text = [
      '##[group]Run aws logs create-log-group --log-group-name /app/web --tags team=web',
      'An error occurred (AccessDeniedException) when calling the CreateLogGroup operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:eu-west-1:111122223333:log-group:/app/web:log-stream: because no identity-based policy allows the logs:CreateLogGroup action'
    ].join('\n')
    expect(actionsOf(text)).toContain('logs:TagResource')
  })

  it('ECS names the condition that limits tagging to creation', () => {
    const text = [
      '│ Error: creating ECS Cluster (web): operation error ECS: CreateCluster, https response error StatusCode: 400, RequestID: 1, api error AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: ecs:CreateCluster on resource: * because no identity-based policy allows the ecs:CreateCluster action',
      '│   with aws_ecs_cluster.web,'
    ].join('\n')
    const { notes } = analysedOne(text)
    expect(actionsOf(text)).toContain('ecs:TagResource')
    expect(notes).toMatch(/`ecs:CreateAction`/)
  })

  it.each([
    // The same create from the CLI without tags: nothing says the call carries any.
    'An error occurred (AccessDeniedException) when calling the CreateFileSystem operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: fsx:CreateFileSystem on resource: arn:aws:fsx:eu-west-1:111122223333:file-system/* because no identity-based policy allows the fsx:CreateFileSystem action',
    // Terraform, but a service that is not known to authorise tags as their own action.
    '│ Error: creating Amazon DynamoDB Table (t): operation error DynamoDB: CreateTable, https response error StatusCode: 400, RequestID: 1, api error AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: dynamodb:CreateTable on resource: arn:aws:dynamodb:eu-west-1:111122223333:table/t because no identity-based policy allows the dynamodb:CreateTable action\n│   with aws_dynamodb_table.t,'
  ])('counter-case: no tag action (%#)', (text) => {
    expect(actionsOf(text).filter((a) => /:Tag/.test(a))).toEqual([])
  })
})
