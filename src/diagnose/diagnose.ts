// Turns a parsed denial into a finding: who, which layer, which account, which traps, what to fix.
import { actionForOperation } from '../catalog/Catalog.js'
import { qualifiedAction } from '../catalog/operationQualifiers.js'
import { UNRECOGNISED_CODE_GRAMMAR } from '../model/Denial.js'
import type { Evidence, LocatedDenial } from '../model/Denial.js'
import type { Finding } from '../model/Finding.js'
import type { Inferred } from '../model/Inferred.js'
import { crossAccountOf, glueCatalogAcross } from './crossAccount.js'
import { awsPublishedArn } from '../catalog/fitResource.js'
import { explanationOf, denialTitle } from './explain.js'
import { fixTargetOf } from './fixTarget.js'
import { signalLeads, signalSaysNoPolicy } from './signalLeads.js'
import { parsePrincipal } from './Principal.js'
import type { Trap, TrapInput } from './Trap.js'
import { TRAPS } from './traps/index.js'
import { podOnNode } from './traps/podOnNodeRole.js'

/** Traps for resources no policy can share across accounts (web ACLs, IAM entities). */
const UNSHAREABLE_TRAPS = new Set(['waf-web-acl-cross-account', 'iam-cross-account-read'])

// The IAM catalog (pure data) names the action behind an operation; marked as inferred.
function inferAction(d: LocatedDenial, operation: string): string | null {
  return (
    qualifiedAction(d.service, d.detail.qualifier)?.action ??
    actionForOperation(d.service, operation)
  )
}

/**
 * `inferred` (src/infer) fills what the message left out: the target, traps and explanation are
 * worked out on the printed values, else the inferred ones; the finding's own fields stay as printed.
 * Without it, a finding being diagnosed again (decoded, or given the job's identity) keeps its own.
 */
export function diagnose(
  d: LocatedDenial,
  occurrences: number,
  evidence: Evidence = 'text',
  inferred?: Inferred
): Finding {
  const known = inferred ?? (d as Partial<Finding>).inferred ?? {}
  const bare = !d.action && (d.kind === 'denial' || d.kind === 'encoded')
  // The operation's action, else the one the tool's own words around the denial imply.
  // A relayed refusal's inner call goes before the outer operation (Lambda's UpdateFunctionCode).
  const relayed = known.relayedBy ? (known.action?.value ?? null) : null
  const inferredAction = bare
    ? (relayed ?? (d.operation ? inferAction(d, d.operation) : null) ?? known.action?.value ?? null)
    : null
  const e: LocatedDenial = {
    ...d,
    // Explained as the service the inferred action belongs to; the finding keeps what was printed.
    service:
      d.service ??
      (inferredAction?.slice(0, inferredAction.indexOf(':')).toLowerCase() || null) ??
      known.service?.value ??
      null,
    principal: d.principal ?? known.principal?.value ?? null,
    resource: d.resource ?? known.resource?.value ?? null,
    // STS's words say which check refused a web identity token its code alone left open.
    detail: known.webIdentityRefusal
      ? { ...d.detail, cause: known.webIdentityRefusal.value }
      : d.detail
  }
  const principal = parsePrincipal(e.principal)
  // The log's own words say the access is cross-account when the ARNs do not show both accounts.
  const crossAccount =
    crossAccountOf(principal, e.resource) ??
    // What AWS publishes under an empty account (an SSM runbook, h79-017) is no other customer's.
    (awsPublishedArn(e.resource)
      ? false
      : known.statedCause?.value === 'cross-account' || glueCatalogAcross(e) !== null
        ? true
        : null)
  const input: TrapInput = { d: e, principal, crossAccount, inferred: known }
  const traps = TRAPS.filter((t) => t.applies(input))
  const leads = (t: Trap): boolean => t.lead === true || (t.leadsWhen?.(input) ?? false)
  const trapIds = traps.map((t) => t.id)
  const noPolicy =
    signalSaysNoPolicy(known) ||
    traps.some((t) => t.noPolicy === true || (t.noPolicyWhen?.(input) ?? false))
  // A documentation template's placeholder is no action: nothing names a policy to change.
  const template = known.signals?.['doc-template'] !== undefined
  // A pod on its node's role: the pod's own role is the one to change (src/diagnose/traps/podOnNodeRole.ts).
  const fixTarget = fixTargetOf(
    template ? { ...e, action: null } : e,
    principal,
    trapIds,
    podOnNode(input),
    known.accountBlock?.value ?? null,
    known.signals?.['public-policy-said']
      ? 'public-policy'
      : known.signals?.['acls-disabled-said']
        ? 'acls-disabled'
        : null
  )
  const stated =
    d.kind === 'credentials' || d.kind === 'not-found' || (d.action !== null && d.deny !== null)
  const guessed = Boolean(known.principal || known.resource)
  return {
    ...d,
    detail: e.detail,
    occurrences,
    crossAccount,
    traps: trapIds,
    title: denialTitle(e, principal, trapIds),
    explanation: explanationOf(
      e,
      fixTarget,
      // "Both sides must allow" is wrong where no policy can open the resource to another account,
      // and where no policy decided at all (a cross-account pass role, h10-105).
      crossAccount && !noPolicy && !trapIds.some((id) => UNSHAREABLE_TRAPS.has(id)),
      traps.filter((t) => !leads(t)).map((t) => t.advice(input)),
      inferredAction,
      [
        ...signalLeads(known, trapIds, evidence === 'decoded'),
        ...traps.filter(leads).map((t) => t.advice(input))
      ],
      noPolicy,
      known.signals?.['ci-evidence'] !== undefined
    ),
    fixTarget,
    confidence:
      d.grammar === UNRECOGNISED_CODE_GRAMMAR
        ? 'low'
        : stated && !inferredAction && !guessed
          ? 'stated'
          : 'inferred',
    inferredAction,
    inferred: known,
    intended: trapIds.includes('intended-denial'),
    evidence
  }
}
