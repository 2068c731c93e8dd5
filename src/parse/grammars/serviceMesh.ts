// Service-to-service plumbing refusing its own calls (heldout89): App Mesh's Envoy cannot sign its
// configuration stream (its AWS credentials provider found none, `Missing Authentication Token`)
// or is refused it (`gRPC config stream closed: 7`, gRPC's PERMISSION_DENIED: the task or pod role
// lacks appmesh:StreamAggregatedResources), and Route 53 refusing direct edits of a hosted zone
// that Cloud Map owns. Each is said in the service's own words, never in an IAM sentence.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** A record about App Mesh: its management endpoint, its name, its controller or Envoy image. */
const APP_MESH_NAMED =
  /\bappmesh-envoy-management\b|\bApp ?Mesh\b|\bappmesh\b|\baws-appmesh-envoy\b|\bappmesh-controller\b/i

export const serviceMeshRules: PhraseRule[] = [
  {
    // Envoy's AWS credentials provider finding nothing to sign with (`[aws] [source/extensions/
    // common/aws/credentials_provider_impl.cc:302] Could not load AWS credentials document from the
    // task role`, aws/aws-app-mesh-roadmap#493; `Could not retrieve credentials listing from the
    // instance metadata`, aws-samples/eks-workshop#1056). Its xDS stream then goes out unsigned.
    id: 'envoy-aws-credentials',
    rule: 'WD7136',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['credentials_provider_impl.cc:'],
    re: /\bcredentials_provider_impl\.cc:\d{1,5}\] (?:Could not load AWS credentials document from the (?:task role|container)|Could not retrieve credentials listing from the instance metadata|No AWS credentials found, using anonymous credentials)\b/g,
    facts: (m, d) => {
      d.detail.cause = /instance metadata/.test(m[0]) ? 'imds-error' : 'container-credentials'
      if (APP_MESH_NAMED.test(m.input)) d.service = 'appmesh'
    }
  },
  {
    // App Mesh's management server closing Envoy's configuration stream with gRPC's status 7,
    // PERMISSION_DENIED (`gRPC config stream closed: 7`, cdklabs/cdk-ecs-service-extensions#657;
    // aws/aws-app-mesh-roadmap#80): the task or pod role may not stream the virtual node's config.
    id: 'appmesh-config-stream-denied',
    rule: 'WD7137',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['config stream closed: 7', 'config stream to appmesh'],
    re: /\bgRPC config stream (?:to appmesh-envoy-management\S{0,60} )?closed: 7\b/g,
    when: (text) => APP_MESH_NAMED.test(text),
    facts: (_m, d) => {
      d.service = 'appmesh'
      d.action = 'appmesh:StreamAggregatedResources'
    }
  },
  {
    // Route 53 refusing a direct change to a hosted zone a Cloud Map namespace created (`AccessDenied:
    // The resource hostedzone/Z… can only be managed through servicediscovery.amazonaws.com
    // (arn:aws:servicediscovery:…:namespace/ns-…)`, amazon-archives/service-discovery-ecs-dns#44):
    // records there are made by registering instances in Cloud Map, whatever the caller may do.
    id: 'route53-zone-managed-by-service',
    rule: 'WD7135',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['can only be managed through '],
    re: /(?:\b(AccessDenied):[ \t]+)?\bThe resource (hostedzone\/[^\s]{1,64}) can only be managed through ([a-z0-9-]{2,40}\.amazonaws\.com)(?: \((arn:aws[\w-]*:[^\s)]{1,300})\))?/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'route53'
      d.resource = `arn:aws:route53:::${m[2]!}`
      d.detail.managedBy = m[3]!
      if (m[4]) d.detail.namespace = m[4]
    }
  }
]
