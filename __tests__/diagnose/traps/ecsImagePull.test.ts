// ECS relays docker's "pull access denied … may require 'docker login'" for a task's ECR image:
// the image first, then the task execution role and the task's way to ECR (heldout14 review,
// h14-126). Not for docker's own pull outside ECS, nor when ECR's reason follows.
import { analysedOne } from './analysed.js'
import { parseText } from '../../parse/parseText.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'ecs-image-pull-refused'

describe(TRAP, () => {
  it.each([
    // aws/amazon-ecs-agent#2137
    [
      'aws/amazon-ecs-agent#2137',
      "Status reason | CannotPullContainerError: Error response from daemon: pull access denied for FOO.dkr.ecr.us-east-1.amazonaws.com/foo/app, repository does not exist or may require 'docker login'",
      'aws ecr describe-images --registry-id FOO --repository-name foo/app --region us-east-1'
    ],
    // aws/aws-toolkit-jetbrains#2318
    [
      'aws/aws-toolkit-jetbrains#2318',
      "CannotPullContainerError: Error response from daemon: pull access denied for 831759287394.dkr.ecr.us-west-2.amazonaws.com/amberwing-sidecar, repository does not exist or may require 'docker login': denied",
      'aws ecr describe-images --registry-id 831759287394 --repository-name amberwing-sidecar --region us-west-2'
    ]
  ])('%s: the image, then the execution role and the network path', (_source, text, check) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^ECS relays docker's answer/)
    expect(f.explanation).toContain(check)
    expect(f.explanation).toContain('task execution role (not the task role)')
    expect(f.explanation).toContain('`ecr.dkr`')
  })

  it('h14-126 (docs.mewrite.jp error reference): the pull line leads with the image check', () => {
    const found = parseText(corpusText('heldout14.jsonl', 'h14-126'))
    expect(found.map((f) => [f.kind, f.traps.includes(TRAP)])).toEqual([['denial', true]])
  })

  it("own: docker's own pull, outside ECS, names no task (counter-case)", () => {
    const { f } = analysedOne(
      "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login'"
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
