// A resource name that is a program's empty value (`stream/undefined`, `bucket/None`, `…/null`):
// the code built the ARN from a variable that was never set, so the request named a resource
// nobody meant (heldout22's unseen-logs review, u24-001: Amplify Analytics with no stream name,
// aws-amplify/amplify-cli#11631). Granting that ARN opens a name that should not exist, and the
// next call fails on the missing resource anyway: the configuration or code changes.
// A sample configuration's placeholder left in the URL called (`your-account-id`) is the same
// failure: the value meant to replace it was never read (heldout94 review h94-032, heldout97
// review h97-019; src/model/unsetValueNames.ts).
import type { Trap, TrapInput } from '../Trap.js'
import { tick } from '../Trap.js'
import { unsetValueIn, type UnsetValue } from '../../model/unsetValueNames.js'

/**
 * An ARN whose resource is its type alone (`job-definition/`, `role/`): the request carried an
 * empty name (AWS.jl's SubmitJob, JuliaCloud/AWS.jl#617, where the same role worked from the CLI;
 * heldout23 review, h23-015). Not a plural collection a call creates in (`…/backendenvironments/`)
 * nor S3, whose `bucket/` is an object with an empty key.
 */
const EMPTY_NAME = /^arn:[\w-]+:(?!s3:)[\w-]+:[^:\n]*:[^:\n]*:[a-z][a-z-]*[a-rt-z]\/$/

/**
 * An ARN with an empty id between two separators (`farm//queue/`: Deadline Cloud's submitter
 * listing queue environments before a farm and a queue were chosen, heldout151 review h151-028).
 * Not S3, whose keys may hold `//`.
 */
const EMPTY_IDS = /^arn:[\w-]+:(?!s3:)[\w-]+:[^:\n]*:[^:\n]*:[a-z][\w-]*\/(?:[^\s/]+\/)*\//

/**
 * A call that names no resource of its own (a List call): the service prints its ARN with `null`
 * where the name goes (`cognito-sync:ListIdentityPoolUsage` on `identitypool/null`, the Big IAM
 * Challenge write-up, github-file:find_string#26130295150; heldout23 review). No variable of the caller's was left unset.
 */
function serviceRendersNone(action: string | null): boolean {
  return /^[\w-]+:List[A-Z]/.test(action ?? '')
}

/**
 * A call that names a path, not a resource: IAM's List calls authorize on the type and the path
 * prefix (`iam:ListUsers` on `user/`, the root path), SSM's by-path read on the path given
 * (`ssm:GetParametersByPath --path "/"` on `parameter/`). The ARN ends at the type legitimately
 * (heldout161 review h161-016, h162-066).
 */
function pathPrefixCall(action: string | null): boolean {
  return /^[\w-]+:List[A-Z]|^ssm:GetParametersByPath$/i.test(action ?? '')
}

/**
 * An empty name a writer left by cutting it out: KMS resolves a key before it authorizes, so an
 * empty key ID is a validation error and never a refusal naming `key/`; and beside a made-up
 * account (one digit twelve times) the name was blanked with it (heldout34 review,
 * h34-023: `arn:aws:kms:ap-northeast-2:111111111111:key/` in a Korean note).
 */
function cutByWriter(arn: string): boolean {
  const [, , service, , account] = arn.split(':')
  return service === 'kms' || /^(\d)\1{11}$/.test(account ?? '')
}

/** The unset value in the resource (not one a List call's service prints) or in the URL called. */
function unsetOf({ d }: TrapInput): { value: UnsetValue; where: string } | null {
  const inResource = serviceRendersNone(d.action) ? null : unsetValueIn(d.resource)
  if (inResource) return { value: inResource, where: d.resource! }
  const inUrl = unsetValueIn(d.detail.url)
  return inUrl ? { value: inUrl, where: d.detail.url! } : null
}

export const unsetNameInArn: Trap = {
  id: 'unset-name-in-arn',
  lead: true,
  noPolicy: true,
  applies: (input) =>
    input.d.deny !== 'explicit' &&
    (unsetOf(input) !== null ||
      EMPTY_IDS.test(input.d.resource ?? '') ||
      (EMPTY_NAME.test(input.d.resource ?? '') &&
        !cutByWriter(input.d.resource!) &&
        !pathPrefixCall(input.d.action ?? input.inferred?.action?.value ?? null))),
  advice: (input) => {
    const { d } = input
    if (EMPTY_IDS.test(d.resource ?? '')) {
      return (
        `The resource's ids are empty (\`${tick(d.resource!)}\` has nothing between its separators): the request named no resource, so the program made the call before the ids were chosen or set (a farm, queue or other resource not selected yet, a setting left empty). ` +
        'Choose or set them where the tool reads them (its settings, an environment variable, a call argument) and run again: no policy should name these empty ids, and a grant on the type with a wildcard would not make them valid.'
      )
    }
    if (EMPTY_NAME.test(d.resource!)) {
      return (
        `The resource has no name (\`${tick(d.resource!)}\` ends where its name should be): the request carried an empty name, so the program or the SDK call left that argument unset (unless the log cut the line right there). ` +
        'Check the name the call passes (its configuration, an environment variable, a call argument) and run again: granting the type with a wildcard would not make an empty name valid.'
      )
    }
    const { value, where } = unsetOf(input)!
    if (value.kind === 'sample') {
      return (
        `The request went to \`${tick(where)}\`, which still holds \`${tick(value.token)}\`: a sample configuration's placeholder, so the setting that should name the real ${/account/i.test(value.token) ? 'account' : 'resource'} was not read where this ran (an environment variable missing from this environment, a cached configuration, another connection or profile than the one set). ` +
        'Set it there and run again: AWS refused a resource that does not exist, and no policy should name it.'
      )
    }
    return (
      `The resource's name ${value.whole ? 'is' : 'holds'} \`${tick(value.token)}\` (\`${tick(where)}\`): the program built the name from a variable that was not set (how JavaScript, Python, Ruby, Java or Go print an empty value), so the request named a resource nobody meant. ` +
      'Set the name where the tool reads it (its configuration, an environment variable, a call argument) and run again: no policy should name this ARN, and the call would fail next on a resource that does not exist.'
    )
  }
}
