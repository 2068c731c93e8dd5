// Names CloudFormation generates for resources a template leaves unnamed: `<stack>-<LogicalId>-
// <random>` (`ethminerA-InstanceRole-Q5***`, `fv-SAUser-1R5DTE4W824QF`). The random suffix
// changes whenever the stack replaces the resource, so a policy naming it fails on the next
// deploy; the stack's own prefix plus `*` is the form that lasts (heldout10 review h10-088/089).
import { parseArn, formatArn } from '../model/Arn.js'
import { withoutWrittenPlaceholders } from './placeholders.js'

export interface StackGeneratedName {
  /** The ARN with the generated name replaced by `<stack>-*`. */
  arn: string
  stack: string
  logicalId: string
}

/** Resource types whose last segment is a name CloudFormation generates when none is given. */
const NAMED_TYPES: Record<string, RegExp> = {
  iam: /^(role|user|group|instance-profile|policy)\/(?:.*\/)?$/,
  lambda: /^function:$/,
  sns: /^$/,
  sqs: /^$/,
  states: /^stateMachine:$/
}

/**
 * Types whose generated name has no stack in it: `<LogicalId>-<12 mixed-case characters>` (a
 * state machine a CDK or Amplify stack leaves unnamed: `StateMachine2E01A3A5-kjdflgA8Lphs`,
 * heldout20 review h20-025).
 */
const LOGICAL_ID_ONLY: Record<string, true> = { states: true }
const GENERATED_NO_STACK =
  /^((?=[A-Za-z0-9]*[A-Z])[A-Za-z][A-Za-z0-9]{2,})-((?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{12})$/

/**
 * `<stack>-<LogicalId>-<suffix>`: a logical id in mixed case (`InstanceRole`, SAM's
 * `helloWorldRole`), then CloudFormation's 12 or 13 upper-case letters and digits (12 of mixed
 * case for an IAM role of late: `…ProviderCus-5WrO4F59gAcl`, heldout19 review h19-018), printed
 * whole or masked (`XXXXXXXXXXXXXXX`, `KV***`).
 */
const GENERATED =
  /^(.+?)-((?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z][A-Za-z0-9]*)-((?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{12,13}|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{12}|[A-Z0-9]{0,11}(?:\*{2,}|X{3,}))$/

/** A prefix this short would match most of the account's names: kept whole instead. */
const WIDE_PREFIX = /^[^A-Za-z]*(?:[A-Za-z][^A-Za-z]*){0,2}$/

export function stackGeneratedName(service: string, arn: string): StackGeneratedName | null {
  const parts = parseArn(arn)
  const head = NAMED_TYPES[service]
  if (!parts || !head || parts.service !== service) return null
  const at = Math.max(parts.resource.lastIndexOf('/'), parts.resource.lastIndexOf(':')) + 1
  if (LOGICAL_ID_ONLY[service]) {
    const n = GENERATED_NO_STACK.exec(parts.resource.slice(at))
    if (!n || !head.test(parts.resource.slice(0, at))) return null
    return {
      arn: formatArn({ ...parts, resource: `${parts.resource.slice(0, at)}${n[1]}-*` }),
      stack: '',
      logicalId: n[1]!
    }
  }
  const m = GENERATED.exec(parts.resource.slice(at))
  if (!m || !head.test(parts.resource.slice(0, at))) return null
  const [, stack, logicalId] = m
  // A writer's placeholder (`eksctl-<cluster_name>-cluster`) names what stands there: kept. A
  // stack name masked whole (`<<removed>>-IamRoleCustomResourcesLamb-55JBAFIF334L`, heldout21
  // review h21-056) is the stack's placeholder before its logical ID; a part-masked one is none.
  const whole = /^(?:\*{2,}|X{3,}|x{3,}|<<?[^<>]{1,40}>>?)$/.test(stack!)
  if (!whole && /\*|X{3,}|[<>]/.test(withoutWrittenPlaceholders(stack!))) return null
  if (whole) {
    return {
      arn: formatArn({
        ...parts,
        resource: `${parts.resource.slice(0, at)}<STACK_NAME>-${logicalId}-*`
      }),
      stack: '<STACK_NAME>',
      logicalId: logicalId!
    }
  }
  const keep = WIDE_PREFIX.test(stack!) ? `${stack}-${logicalId}` : stack!
  return {
    arn: formatArn({ ...parts, resource: `${parts.resource.slice(0, at)}${keep}-*` }),
    stack: stack!,
    logicalId: logicalId!
  }
}
