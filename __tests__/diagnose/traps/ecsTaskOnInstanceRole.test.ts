// WD5007 (heldout125 review, h125-071): a container on an ECS container instance fell back to
// the instance's role; the task's own role gets the Allow.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'ecs-task-on-instance-role'

describe(TRAP, () => {
  it("h125-071 (Grafana on ECS, the writer's quote): the statement goes on the task role, the instance role named as the one not to widen", () => {
    const { findings, statements, notes } = analysed(corpusText('heldout125.jsonl', 'h125-071'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'The caller is `ecsInstanceRole` with the EC2 instance session `i-XXXXXXX`'
    )
    expect(f.fixTarget.description).toMatch(
      /^the identity policy of the task's own role .*not the container instance role ecsInstanceRole$/
    )
    expect(f.fixTarget.principalArn).toBeNull()
    expect(statements.length).toBeGreaterThan(0)
    expect(notes.join('\n')).toContain("The statement is for the task's own role")
  })

  it.each([
    // own: the ECS agent's own call is the instance role's to make
    'User: arn:aws:sts::111122223333:assumed-role/ecsInstanceRole/i-0abc1234def567890 is not authorized to perform: ecs:RegisterContainerInstance on resource: *',
    // own: a role named otherwise
    'User: arn:aws:sts::111122223333:assumed-role/app-role/i-0abc1234def567890 is not authorized to perform: cloudwatch:ListMetrics',
    // own: the same role outside an instance session
    'User: arn:aws:sts::111122223333:assumed-role/ecsInstanceRole/deploy is not authorized to perform: cloudwatch:ListMetrics'
  ])('counter-case: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
