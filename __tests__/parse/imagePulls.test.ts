// docker's bare refusal of a pull from a private ECR repository (WD803, issue 10 round 9): ECR's
// host makes it an ECR denial when no reason follows. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.service])
}

describe('a pull from ECR refused with no reason', () => {
  it.each<[string, string]>([
    [
      'heldout7 h7-106 (ECS stopped reason on a blog, wrapped by the page)',
      corpusText('heldout7.jsonl', 'h7-106')
    ],
    [
      'aws/aws-toolkit-jetbrains#2318 (ECS sidecar, a bare `: denied`)',
      "CannotPullContainerError: Error response from daemon: pull access denied for 831759287394.dkr.ecr.us-west-2.amazonaws.com/amberwing-sidecar, repository does not exist or may require 'docker login': denied"
    ],
    [
      'own: a masked account, docker compose in CI',
      "ERROR: pull access denied for ***.dkr.ecr.eu-west-1.amazonaws.com/api, repository does not exist or may require 'docker login'"
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)[0]).toEqual(['denial', 'docker-ecr-pull-denied', 'ecr'])
  })
})

describe('look-alikes and other readings', () => {
  it.each<[string, string]>([
    [
      'buildkite-plugins/ecr-buildkite-plugin#32 (a name docker read as a Docker Hub image)',
      '"pull access denied for latest, repository does not exist or may require \'docker login\'"'
    ],
    [
      'ghkdqhrbals/spring-chatting-server#109 (the registry with no repository: Docker Hub’s answer)',
      "Error response from daemon: pull access denied for ***.dkr.ecr.ap-northeast-2.amazonaws.com, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([])
  })

  it('an expired token said in the log is the finding, not a second denial (heldout2 h2-027)', () => {
    expect(fields(corpusText('heldout2.jsonl', 'h2-027')).map((f) => f[0])).toEqual(['credentials'])
  })

  it('a reason after `denied:` is the IAM sentence’s (everything2/everything2#2562)', () => {
    const text =
      "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::254865750963:assumed-role/Docker-Builder-CodeBuild-Role/AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:254865750963:repository/everything2/e2lib because no identity-based policy allows the ecr:BatchGetImage action"
    expect(parseText(text).map((f) => [f.grammar, f.action])).toEqual([
      ['iam-sentence', 'ecr:BatchGetImage']
    ])
  })
})
