// A stack a CI job creates per run (heldout7 review h7-121: SetStackPolicy pinned to
// `stack/shippable-1313-24/<id>`): the exact ARN stays the statement, the name prefix is offered
// beside it as a labelled Optional statement. A stack id alone only earns a note.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { perRunOption } from '../../src/remedy/perRunName.js'

describe('per-run CloudFormation stacks', () => {
  it('h7-121 (mattclay/aws-terminator#131): the exact stack, then stack/shippable-*/* as Optional', () => {
    const { statements, notes } = analysedOne(corpusText('heldout7.jsonl', 'h7-121'))
    expect(statements.map((s) => [s.Sid, s.Resource])).toEqual([
      [
        'AllowCloudformationStack',
        'arn:aws:cloudformation:us-east-1:966509639900:stack/shippable-1313-24/7e1cbd30-63c2-11eb-996f-126643f85ad9'
      ],
      [
        'AllowOptionalCloudformationStack',
        'arn:aws:cloudformation:us-east-1:966509639900:stack/shippable-*/*'
      ]
    ])
    expect(notes).toMatch(/carries a run or build number/)
  })

  it.each([
    // runs-on/runs-on#27 (the RunsOn service's log)
    'AccessDenied: User: arn:aws:sts::066661520573:assumed-role/runs-on-RunsOnServiceRole-tWs7cLY5ltn3/5c525838-279e-4302-80c7-aecb074ef4db is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-1:066661520573:stack/runs-on/3c011e80-db35-11ee-adc6-0efc3927b4df because no identity-based policy allows the cloudformation:DescribeStacks action',
    // github-file:find_string#57517846657 (a deploy role's runbook), joined as one line
    'User: arn:aws:sts::822063948773:assumed-role/OpenReceptionClaudeDeploy-dev/claude-cloud-20260814-0352 is not authorized to perform: cloudformation:DescribeChangeSet on resource: arn:aws:cloudformation:ap-northeast-1:822063948773:stack/OpenReception-Web-dev/f9c7aab0-8f6f-11f1-be9b-0a2cf2440d9f because no identity-based policy allows the cloudformation:DescribeChangeSet action'
  ])('a named stack with its id: one exact statement and the stack/NAME/* note', (text) => {
    const { statements, notes } = analysedOne(text)
    expect(statements).toHaveLength(1)
    expect(String(statements[0]!.Resource)).toMatch(/:stack\/[^/*]+\/[0-9a-f-]{36}$/)
    expect(notes).toMatch(
      /the new stack has another id, and `arn:aws:cloudformation:[^`]+:stack\/[^/`]+\/\*` is the form/
    )
  })

  it.each([
    // Numbers that are no run: a version, a short index, too short a prefix.
    [
      'arn:aws:cloudformation:us-east-1:111122223333:stack/app-v2/7e1cbd30-63c2-11eb-996f-126643f85ad9',
      null
    ],
    [
      'arn:aws:cloudformation:us-east-1:111122223333:stack/web-12/7e1cbd30-63c2-11eb-996f-126643f85ad9',
      null
    ],
    [
      'arn:aws:cloudformation:us-east-1:111122223333:stack/a-1234/7e1cbd30-63c2-11eb-996f-126643f85ad9',
      null
    ],
    // A stack named by its pull request: the prefix is offered.
    [
      'arn:aws:cloudformation:eu-west-1:111122223333:stack/preview-pr-4821/7e1cbd30-63c2-11eb-996f-126643f85ad9',
      'arn:aws:cloudformation:eu-west-1:111122223333:stack/preview-pr-*/*'
    ],
    // Already a wildcard id: no stack id, nothing to offer.
    ['arn:aws:cloudformation:us-east-1:111122223333:stack/build-1313/*', null]
  ])('%s → %s', (arn, option) => {
    expect(perRunOption('cloudformation', 'stack', arn)?.option?.resource ?? null).toBe(option)
  })
})
