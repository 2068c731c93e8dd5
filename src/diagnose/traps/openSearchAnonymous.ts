// An OpenSearch domain refusing an unsigned request (`User: anonymous is not authorized to perform:
// es:ESHttpPost because no resource-based policy allows …`, heldout139 review h139-034, h139-036):
// the domain's access policy lets unsigned callers in only by their addresses, and a browser cannot
// sign at all. "Sign it, or make it public" is not what an expert says first.
import type { Trap } from '../Trap.js'

export const openSearchAnonymous: Trap = {
  id: 'opensearch-anonymous',
  lead: true,
  // Or a client that cannot sign, by its own log lines (Logstash's plain Elasticsearch output,
  // heldout165 review h165-045), refused by a domain with no principal or action printed.
  applies: ({ d, principal, inferred }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    ((principal?.type === 'anonymous' && /^es:ESHttp/i.test(d.action ?? '')) ||
      (d.service === 'es' && inferred?.signals?.['unsigned-client'] !== undefined)),
  advice: ({ d, inferred }) =>
    (inferred?.signals?.['unsigned-client'] !== undefined
      ? `The request came from Logstash's \`elasticsearch\` output (${inferred.signals['unsigned-client'].from}), which cannot sign requests with AWS credentials: the OpenSearch domain saw an anonymous caller, and its access policy lets no unsigned caller in, so no identity policy plays a part. Use an output that signs (the \`opensearch\` output with \`auth_type => { type => "aws_iam" … }\`, or logstash-output-amazon_es) with a role the domain allows, or let Logstash's addresses in. `
      : `The OpenSearch domain received ${d.action} unsigned (\`anonymous\`), and its access policy lets no unsigned caller in. `) +
    'A client that can sign should: SigV4 for the service `es` (opensearch-py with `AWSV4SignerAuth`, an SDK, `awscurl --service es`), with a role that `es:ESHttp*` is allowed to on `arn:aws:es:REGION:ACCOUNT_ID:domain/DOMAIN/*` by its identity policy or the domain access policy (and, with fine-grained access control, mapped to a backend role). ' +
    'A browser or a tool that cannot sign gets in only through the domain access policy\'s addresses, a statement with `"Principal": {"AWS": "*"}` and an `aws:SourceIp` condition on the client\'s public addresses (a VPC domain takes its security groups instead), or through Dashboards\' own sign-in (Amazon Cognito, SAML, or fine-grained access control\'s internal users); a signing proxy in front is the other way.'
}
