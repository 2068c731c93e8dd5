// The action a tool's own words name when the message does not: Terraform's "verb-ing <Service>
// <Resource>" (`reading EC2 AMIs`, `creating EC2 VPC`, `creating CloudWatch Metric Alarm`) and
// CloudFormation's `Access denied for operation 'AWS::CloudFront::ResponseHeadersPolicy'` with the
// event's status. The words become candidate action names, and the catalog decides which exist:
// a general mapping, not a list of phrases.
import { lookupAction } from '../catalog/Catalog.js'
import type { InferredValue } from '../model/Inferred.js'

/** The IAM verbs a tool's verb may stand for, most likely first. */
const VERBS: Record<string, string[]> = {
  creating: ['Create', 'Put', 'Allocate', 'Register'],
  reading: ['Describe', 'Get', 'List'],
  describing: ['Describe', 'Get'],
  listing: ['List', 'Describe'],
  updating: ['Update', 'Modify', 'Put'],
  modifying: ['Modify', 'Update', 'Put'],
  deleting: ['Delete', 'Deregister', 'Release'],
  create: ['Create', 'Put', 'Allocate', 'Register'],
  update: ['Update', 'Modify', 'Put'],
  delete: ['Delete', 'Deregister', 'Release'],
  describe: ['Describe'],
  get: ['Get', 'Describe'],
  list: ['List', 'Describe'],
  put: ['Put']
}

/** Terraform's service words (and CloudFormation's namespaces) whose IAM prefix is not their lower case. */
const SERVICES: Record<string, string> = {
  'cloudwatch logs': 'logs',
  'cloudwatch log': 'logs',
  elbv2: 'elasticloadbalancing',
  'elb classic': 'elasticloadbalancing',
  elasticloadbalancingv2: 'elasticloadbalancing',
  'route 53': 'route53',
  'secrets manager': 'secretsmanager',
  secretsmanager: 'secretsmanager',
  'cognito user pool': 'cognito-idp',
  cognito: 'cognito-idp',
  'api gateway': 'apigateway',
  'api gateway v2': 'apigateway',
  apigatewayv2: 'apigateway',
  'step functions': 'states',
  sfn: 'states',
  stepfunctions: 'states',
  eventbridge: 'events',
  events: 'events',
  opensearch: 'es',
  opensearchservice: 'es',
  certificatemanager: 'acm',
  'kinesis firehose': 'firehose',
  kinesisfirehose: 'firehose',
  ssm: 'ssm',
  vpc: 'ec2'
}

/** Nouns whose IAM name differs (`AMI` is an `Image`). */
const NOUNS: Record<string, string> = { ami: 'Image', vpc: 'Vpc' }

/** Verb and resource pairs whose action is named otherwise (EC2 creates instances by running them). */
const SPECIAL: Record<string, string> = {
  'creating ec2:Instance': 'ec2:RunInstances',
  'creating ec2:Instances': 'ec2:RunInstances',
  'deleting ec2:Instance': 'ec2:TerminateInstances'
}

function pascal(word: string): string {
  const alias = NOUNS[word.toLowerCase()]
  if (alias) return alias
  return /^[A-Z0-9]+s?$/.test(word) && word.length <= 5
    ? word.charAt(0) + word.slice(1).toLowerCase()
    : word.charAt(0).toUpperCase() + word.slice(1)
}

/** Singular and plural spellings of the resource words, as action-name suffixes. */
function nounForms(words: string[]): string[] {
  const last = words[words.length - 1]!
  const plural = /[^s]s$/i.test(last) || /^[A-Z0-9]+s$/.test(last)
  const singular = plural ? last.slice(0, -1) : last
  const head = words.slice(0, -1).map(pascal).join('')
  const one = head + pascal(singular)
  const many = /(s|x|ch|sh)$/.test(one)
    ? `${one}es`
    : /[^aeiou]y$/.test(one)
      ? `${one.slice(0, -1)}ies`
      : `${one}s`
  return plural ? [many, one] : [one, many]
}

function serviceOf(words: string[]): { service: string; rest: string[] } | null {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const key = words.slice(0, n).join(' ').toLowerCase()
    const service = SERVICES[key] ?? (n === 1 && /^[A-Za-z0-9]+$/.test(key) ? key : null)
    if (service) return { service, rest: words.slice(n) }
  }
  return null
}

/** The first candidate `service:VerbNoun` the catalog knows. */
function resolve(verb: string, service: string, nouns: string[]): string | null {
  const special = SPECIAL[`${verb} ${service}:${nouns.map(pascal).join('')}`]
  if (special) return special
  for (const v of VERBS[verb] ?? []) {
    for (const noun of nounForms(nouns)) {
      const found = lookupAction(`${service}:${v}${noun}`)
      if (found) return found.action
    }
  }
  return null
}

/** Capitalised words (`EC2`, `Metric`, `AMIs`, `ELBv2`) after a Terraform verb, up to the punctuation. */
const TERRAFORM =
  /\b(creating|reading|describing|listing|updating|modifying|deleting) ((?:(?:[A-Z][\w-]*|\d+) ){0,5}(?:[A-Z][\w-]*))(?= \(|:|$)/gm

/** Terraform's last "verb-ing Service Resource" phrase in the text whose action exists. */
function terraformPhrase(text: string, service: string | null): InferredValue | null {
  let found: InferredValue | null = null
  for (const m of text.matchAll(TERRAFORM)) {
    const svc = serviceOf(m[2]!.split(' '))
    if (!svc || svc.rest.length === 0 || (service !== null && svc.service !== service)) continue
    const action = resolve(m[1]!, svc.service, svc.rest)
    if (action) found = { value: action, from: `Terraform's \`${m[1]} ${m[2]}\`` }
  }
  return found
}

const CFN_TYPE = /\bAccess denied for operation '(AWS::(\w+)::(\w+))'/
const CFN_STATUS = /\b(CREATE|UPDATE|DELETE)_FAILED\b/

/** CloudFormation's resource type in its denial, with the verb of the event it failed in. */
function cloudFormationType(text: string, service: string | null): InferredValue | null {
  const m = CFN_TYPE.exec(text)
  const status = CFN_STATUS.exec(text)?.[1]?.toLowerCase()
  if (!m || !status) return null
  const svc = SERVICES[m[2]!.toLowerCase()] ?? m[2]!.toLowerCase()
  if (service !== null && svc !== service) return null
  const action = resolve(status, svc, [m[3]!])
  return action
    ? { value: action, from: `the ${m[1]} resource of the ${status.toUpperCase()}_FAILED event` }
    : null
}

/**
 * A tool's plain words for the call that failed, lower case: `Unable to describe ec2 tags`
 * (the CloudWatch agent's ec2tagger), `failed to list s3 buckets`. The service word comes first,
 * then the noun; the longest noun run the catalog knows wins (`tags for initial` → `tags`).
 */
const WORDS =
  /\b(?:unable|failed|could not|cannot|can't) to (describe|get|list|put|create|update|delete) ((?:[A-Za-z][\w-]* ){1,3}[A-Za-z][\w-]*)/gi

function wordsPhrase(text: string, service: string | null): InferredValue | null {
  for (const m of text.matchAll(WORDS)) {
    const svc = serviceOf(m[2]!.split(' '))
    if (!svc || (service !== null && svc.service !== service)) continue
    for (let k = svc.rest.length; k >= 1; k--) {
      const action = resolve(m[1]!.toLowerCase(), svc.service, svc.rest.slice(0, k))
      if (action) return { value: action, from: `the tool's \`${m[0]}\`` }
    }
  }
  return null
}

/** The action a Terraform or CloudFormation phrase in `text` names, for `service` (or any). */
export function phraseAction(text: string, service: string | null): InferredValue | null {
  return (
    cloudFormationType(text, service) ??
    terraformPhrase(text, service) ??
    wordsPhrase(text, service)
  )
}
