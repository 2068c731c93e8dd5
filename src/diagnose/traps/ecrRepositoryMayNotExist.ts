import type { Trap } from '../Trap.js'

// ECR answers "no resource-based policy allows" for a repository it will not confirm exists. In
// the repository's own account a caller without an Allow is told "no identity-based policy
// allows", and a missing repository answers `name unknown`: so this reason, in whatever accounts
// the log shows (the same, masked, or two), is itself the sign that the repository may not exist
// where the request looked (a typo in the name, the wrong Region or account, not created yet).
// Widely observed, not documented by AWS.
// An old-format message (no "because ..." clause) names no layer: across accounts it is the same
// answer, so the check applies there too; within one account the caller's own policy is likelier.
// Not when the log shows the repository answering (a layer already there, an image pulled from it).
export const ecrRepositoryMayNotExist: Trap = {
  id: 'ecr-repository-may-not-exist',
  applies: ({ d, crossAccount, inferred }) =>
    d.service === 'ecr' &&
    !inferred?.repositoryReached &&
    d.kind === 'denial' &&
    ((d.layer === 'resource' && d.deny === 'implicit') ||
      (d.layer === null && d.deny === null && crossAccount === true)) &&
    // `repository/*` is a listing of every repository, no one repository that may be missing.
    (d.resource === null ||
      (/:repository\//.test(d.resource) && !/:repository\/\*$/.test(d.resource))),
  advice: ({ d, crossAccount }) => {
    const m = /^arn:[\w-]+:ecr:([\w-]+):([^:]+):repository\/(.+)$/.exec(d.resource ?? '')
    const check = m
      ? `aws ecr describe-repositories --registry-id ${m[2]} --repository-names ${m[3]} --region ${m[1]}`
      : 'aws ecr describe-repositories --registry-id <account> --repository-names <name> --region <region>'
    const why =
      crossAccount === true
        ? 'ECR answers a request for a repository in another account that does not exist exactly like this.'
        : crossAccount === false
          ? 'The log shows the same account on both sides, yet ECR names the resource-based policy: within one account, a caller with no Allow is refused by "no identity-based policy allows" and a missing repository answers `name unknown`, so this answer means the request reached a registry that does not confirm the repository (often the account IDs in the log were masked or rewritten, or the repository lives in another account).'
          : 'An account in the message is masked or missing, so whether this crossed accounts is unknown; across accounts ECR answers a request for a repository that does not exist exactly like this.'
    return (
      `${why} The repository may not exist (a typo in the name, the wrong Region or account, not ` +
      'created yet). Before editing any repository policy, confirm the repository exists, from ' +
      `the owning account: \`${check}\`.`
    )
  }
}
