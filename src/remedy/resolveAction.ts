// Which action a finding needs, checked against the catalog: the action the message states, else
// the one inferred from the operation. An action the catalog does not know is never proposed.
import type { Finding } from '../model/Finding.js'
import {
  actionForOperation,
  actionForPrinted,
  lookupAction,
  suggestAction,
  type CatalogAction
} from '../catalog/Catalog.js'
import { trailErrorCode } from '../model/trailEvents.js'

export type ResolvedAction =
  | { ok: true; entry: CatalogAction; inferred: boolean; from: string }
  | { ok: false; given: string | null; suggestion: string | null; reason: string }

const WILDCARD = /[*?]/

/** Grammars whose action is the API label beside EC2's encoded message (`API: ec2:RunInstances`). */
const API_LABELLED = new Set(['ec2-unauthorized'])

export function resolveAction(f: Finding): ResolvedAction {
  // CloudFormation's `API: ec2:RunInstances` names the call, not the action EC2 refused inside it
  // (often iam:PassRole): with the message still encoded (not decoded through STS, nor printed
  // decoded in the log), that action is as hidden as without the label.
  const apiLabel = f.kind === 'encoded' && f.evidence !== 'decoded' && API_LABELLED.has(f.grammar)
  const stated = (!apiLabel && f.action?.trim()) || null
  if (stated) {
    if (WILDCARD.test(stated)) {
      return { ok: false, given: stated, suggestion: null, reason: 'is a wildcard' }
    }
    const entry = lookupAction(stated)
    if (entry) return { ok: true, entry, inferred: false, from: stated }
    // The API operation printed where the action goes (CloudFormation's `API: s3:PutPublicAccessBlock`).
    const renamed = actionForPrinted(stated)
    const byApi = renamed ? lookupAction(renamed) : null
    if (byApi)
      return { ok: true, entry: byApi, inferred: true, from: `the API operation ${stated}` }
    // An API name printed without its prefix (`perform: GetHostedZone on resource:
    // arn:aws:route53:::…`): the resource's ARN names the service that refused it.
    const arnService = /^arn:[^:\s]+:([a-z0-9-]+):/.exec(f.resource ?? '')?.[1]
    const prefixed =
      !stated.includes(':') && arnService ? lookupAction(`${arnService}:${stated}`) : null
    if (prefixed)
      return {
        ok: true,
        entry: prefixed,
        inferred: true,
        from: `the printed ${stated} on a ${arnService} resource`
      }
    // A paste that ran the next words onto the action (`tag:GetTagValuesTotal chart`, heldout29
    // h29-003) while the same message names the operation: the operation's action, which the
    // printed one starts with.
    const byOperation = f.operation ? actionForOperation(f.service, f.operation) : null
    const runOn = byOperation ? lookupAction(byOperation) : null
    if (runOn && stated.toLowerCase().startsWith(runOn.action.toLowerCase()))
      return {
        ok: true,
        entry: runOn,
        inferred: true,
        from: `the ${f.operation!} operation (the printed \`${stated}\` runs on into the words after it)`
      }
    // The API's own name printed where the action stands (`budgets:CreateBudget`, authorized as
    // budgets:ModifyBudget, heldout154 review h154-012): the action IAM checks for that API.
    const [svc, op] = stated.split(':')
    const authorizedAs = svc && op ? actionForOperation(svc, op) : null
    const asAction = authorizedAs ? lookupAction(authorizedAs) : null
    if (asAction && asAction.action.toLowerCase() !== stated.toLowerCase())
      return {
        ok: true,
        entry: asAction,
        inferred: true,
        from: `the printed \`${stated}\`, the API's name: IAM authorizes it as ${asAction.action}`
      }
    return {
      ok: false,
      given: stated,
      suggestion: suggestAction(stated),
      reason: 'is not in the IAM service authorization catalog'
    }
  }
  // EC2 hides the failing action (often iam:PassRole or a sub-resource) in the encoded message:
  // the operation's own action would be a guess, so nothing is proposed before decoding.
  // Also when the log lost the blob (cut, masked, or the marker alone): the action is as hidden.
  // The same when the blob is only in the text's decode command (heldout13 h13-165, issue 17 #15).
  if (
    f.kind === 'encoded' ||
    f.detail.encodedTruncated ||
    f.inferred?.signals?.['decode-command']
  ) {
    return {
      ok: false,
      given: null,
      suggestion: null,
      reason: 'is hidden in the encoded authorization message: decode it first'
    }
  }
  const inferred =
    f.inferredAction ?? (f.operation ? actionForOperation(f.service, f.operation) : null)
  const entry = inferred && !WILDCARD.test(inferred) ? lookupAction(inferred) : null
  if (entry) {
    // The operation, unless its own action is not the one inferred (then the log's words gave it).
    const byOperation = f.operation ? actionForOperation(f.service, f.operation) : null
    const said = f.inferred?.action?.value === inferred ? f.inferred.action.from : null
    const from =
      f.operation && (byOperation === entry.action || !said) ? f.operation : (said ?? inferred!)
    return { ok: true, entry, inferred: true, from }
  }
  return {
    ok: false,
    given: inferred,
    suggestion: inferred ? suggestAction(inferred) : null,
    reason: f.operation
      ? `could not be derived from the ${f.operation} operation`
      : 'is not named by the message'
  }
}

/**
 * Plain-text flag for an action that can't be proposed. Under an explicit deny nothing is to be
 * allowed: the note says where the real API name is found instead.
 */
export function unresolvedNote(
  r: Extract<ResolvedAction, { ok: false }>,
  explicitDeny = false,
  /** The refusal's code as printed: the event's errorCode is quoted from it. */
  code: string | null = null
): string {
  const what = r.given ? `The action ${r.given} ${r.reason}` : `The action ${r.reason}`
  const hint = r.suggestion ? `; did you mean ${r.suggestion}?` : '.'
  if (explicitDeny) {
    return `${what}${hint} The API that was called is the eventName of the call's CloudTrail event (errorCode ${trailErrorCode(null, code) ?? 'AccessDenied'}); a Deny whose Action is a wildcard matches it.`
  }
  return `${what}${hint} It is not proposed as is: confirm the action name, then allow it explicitly.`
}
