import type { Trap } from '../Trap.js'

// A credentials provider that never reached its AWS endpoint: the name did not resolve, or the
// connection was refused or timed out (heldout124 review h124-010: an SSO refresh's `dial tcp:
// lookup portal.sso.… server misbehaving`, reported as "no credentials"). No key, profile or
// policy is at fault until the network reaches the host.

/** WD5008: the credentials endpoint was unreachable. */
export const credentialEndpointUnreachable: Trap = {
  id: 'credential-endpoint-unreachable',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['endpoint-unreachable'] !== undefined,
  advice: ({ inferred }) => {
    const host = inferred!.signals!['endpoint-unreachable']!.value
    return (
      `The credentials could not be fetched because the network did not reach \`${host}\` (the log shows the lookup or the connection failing), before any key or policy was checked. ` +
      `Check it from the same machine or container (\`nslookup ${host}\`, then \`curl -sI https://${host}\`): the DNS server, a proxy (\`HTTPS_PROXY\`/\`NO_PROXY\`), a VPN, or in a VPC without internet access an interface endpoint for the service with private DNS enabled. ` +
      'Run the same command again once the host resolves and answers; nothing in IAM needs to change for this.'
    )
  }
}
