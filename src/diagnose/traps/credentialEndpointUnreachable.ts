import type { Trap } from '../Trap.js'

// A credentials provider that never reached its AWS endpoint: the name did not resolve, or the
// connection was refused or timed out (heldout124 review h124-010: an SSO refresh's `dial tcp:
// lookup portal.sso.… server misbehaving`, reported as "no credentials"). No key, profile or
// policy is at fault until the network reaches the host.

/** A connection to a private IPv4 address (RFC 1918): `dial tcp 10.0.12.31:443`. */
const PRIVATE_DIAL =
  /\bdial tcp ((?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}):443)\b/

/** WD5008: the credentials endpoint was unreachable. */
export const credentialEndpointUnreachable: Trap = {
  id: 'credential-endpoint-unreachable',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['endpoint-unreachable'] !== undefined,
  advice: ({ inferred }) => {
    const seen = inferred!.signals!['endpoint-unreachable']!
    const host = seen.value
    // The name resolved to a private address: an interface VPC endpoint answers for the service
    // there, and its security group decides who reaches it (heldout164 review, h164-067: IRSA's
    // AssumeRoleWithWebIdentity timing out on `dial tcp 10.0.12.31:443`).
    const endpoint = PRIVATE_DIAL.exec(seen.from)?.[1]
    if (endpoint) {
      return (
        `The credentials could not be fetched because the connection to \`${host}\` timed out or was refused at ${endpoint}, a private address: in this VPC the name resolves to an interface VPC endpoint, and the request never reached AWS, so no key or policy was checked. ` +
        "Check the endpoint's security group: it must allow HTTPS (443) in from the caller's subnets (a pod's or node's CIDR, a Lambda's or task's security group); then the subnet's network ACLs both ways and, for a proxy in the path, `NO_PROXY`. " +
        'Run the same command again once the endpoint answers; nothing in IAM needs to change for this.'
      )
    }
    return (
      `The credentials could not be fetched because the network did not reach \`${host}\` (the log shows the lookup or the connection failing), before any key or policy was checked. ` +
      `Check it from the same machine or container (\`nslookup ${host}\`, then \`curl -sI https://${host}\`): the DNS server, a proxy (\`HTTPS_PROXY\`/\`NO_PROXY\`), a VPN, or in a VPC without internet access an interface endpoint for the service with private DNS enabled. ` +
      'Run the same command again once the host resolves and answers; nothing in IAM needs to change for this.'
    )
  }
}
