// Masks what the GitHub client sends: every comment body (and any other string body) passes the
// secret mask just before it leaves, whichever code path built it.
import type { GitHubClient } from '../source/githubClient.js'
import type { SecretMask } from './secretMask.js'

export function maskRequestBodies(client: GitHubClient, mask: SecretMask): GitHubClient {
  client.hook.before('request', (options) => {
    // Parameters not used in the URL become the JSON body; `body` is a comment's text.
    const params = options as unknown as Record<string, unknown>
    if (typeof params.body === 'string') params.body = mask.mask(params.body)
  })
  return client
}
