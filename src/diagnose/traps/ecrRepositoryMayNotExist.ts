import type { Trap } from '../Trap.js'

// ECR does not tell another account whether a repository exists: a typo in the repository name
// reads as "no resource-based policy allows". Widely observed, not documented by AWS.
export const ecrRepositoryMayNotExist: Trap = {
  id: 'ecr-repository-may-not-exist',
  applies: ({ d, crossAccount }) =>
    d.service === 'ecr' &&
    d.layer === 'resource' &&
    d.deny === 'implicit' &&
    crossAccount !== false &&
    /:repository\//.test(d.resource ?? ''),
  advice: ({ d }) => {
    const m = /^arn:[\w-]+:ecr:([\w-]+):([^:]+):repository\/(.+)$/.exec(d.resource ?? '')
    const check = m
      ? `aws ecr describe-repositories --registry-id ${m[2]} --repository-names ${m[3]} --region ${m[1]}`
      : 'aws ecr describe-repositories --registry-id <account> --repository-names <name> --region <region>'
    return (
      'ECR answers a request for a repository in another account that does not exist (a typo in ' +
      'the name, the wrong Region, not created yet) exactly like this. Before editing any ' +
      `repository policy, confirm the repository exists, from the owning account: \`${check}\`.`
    )
  }
}
