// Optional resource types a call is checked against only when it uses them (RunInstances: a key
// pair, a launch template), read from the words around the denial; and whether the call hands a
// role over (an instance profile). A type whose name is two words or more is found by those words
// (`launch template`, `placement_group`); one-word names need an entry here, since a bare word
// (`group`, `snapshot`) says nothing.
import { lookupAction } from '../catalog/Catalog.js'
import type { InferredValue } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'

// The AWS Load Balancer Controller (`Failed deploy model`, `aws-load-balancer-controller`,
// `elbv2.k8s.aws` tags) creates and tags ALBs, NLBs and target groups: Elastic Load Balancing V2.
const LB_CONTROLLER =
  /\bFailed ?deploy ?model\b|\baws-load-balancer-controller\b|\belbv2\.k8s\.aws\b/i
const LB_CONTROLLER_FROM =
  "the AWS Load Balancer Controller's words (it creates ALBs, NLBs and target groups)"

const TYPE_WORDS: Record<string, { re: RegExp; from: string }> = {
  // Elastic Load Balancing V2 and Classic share one prefix (src/catalog/sharedPrefixActions.ts):
  // the caller's words, not the catalog's order, say which kind of load balancer it works on.
  targetgroup: {
    re: new RegExp(`\\btarget[-_ ]?groups?\\b|${LB_CONTROLLER.source}`, 'i'),
    from: `target groups or ${LB_CONTROLLER_FROM}`
  },
  'loadbalancer/app/': {
    re: new RegExp(
      `\\bapplication load balancers?\\b|\\bALBs?\\b|\\baws_(?:alb|lb)\\.|AWS::ElasticLoadBalancingV2::LoadBalancer|${LB_CONTROLLER.source}`,
      'i'
    ),
    from: `an Application Load Balancer or ${LB_CONTROLLER_FROM}`
  },
  'loadbalancer/net/': {
    re: new RegExp(`\\bnetwork load balancers?\\b|\\bNLBs?\\b|${LB_CONTROLLER.source}`, 'i'),
    from: `a Network Load Balancer or ${LB_CONTROLLER_FROM}`
  },
  // Classic only on its own evidence: the catalog lists it first, yet it is the rare one.
  loadbalancer: {
    re: /\bclassic load balancers?\b|\bCLBs?\b|\baws_elb\.|AWS::ElasticLoadBalancing::LoadBalancer\b/i,
    from: 'a Classic Load Balancer named in the log'
  },
  // Packer's amazon builders launch with a temporary key pair unless told otherwise.
  'key-pair': {
    re: /\bkey[-_ ]?pairs?\b|\bkey_?name\b|\bpacker\b/i,
    from: 'a key pair (KeyName, or Packer, which creates a temporary one)'
  }
}

function wordsOf(type: string): RegExp | null {
  const parts = type.split('-')
  if (parts.length < 2) return null
  return new RegExp(`\\b${parts.join('[-_ ]?')}s?\\b`, 'i')
}

const around = (x: InferInput) => `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`

export function namedTypesOf(x: InferInput): InferredValue | null {
  const entry = x.action ? lookupAction(x.action) : null
  if (!entry) return null
  const text = around(x)
  const found: string[] = []
  const why: string[] = []
  for (const t of entry.resourceTypes) {
    if (t.required || t.arnFormats.length === 0) continue
    const words = TYPE_WORDS[t.name]
    const re = words?.re ?? wordsOf(t.name)
    if (!re?.test(text)) continue
    found.push(t.name)
    why.push(words?.from ?? `${t.name.replace(/-/g, ' ')} named in the log`)
  }
  return found.length ? { value: found.join(','), from: why.join('; ') } : null
}

/** An instance profile in the log: the launch hands its role to EC2. */
const PROFILE = /\bIamInstanceProfile\b|\binstance[-_ ]profiles?\b|\biam_instance_profile\b/i

export function passedRoleOf(x: InferInput): InferredValue | null {
  const m = PROFILE.exec(around(x))
  return m ? { value: m[0], from: `\`${m[0]}\` in the log` } : null
}
