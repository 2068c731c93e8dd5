// An S3 or DynamoDB call made as a Cognito identity pool's role (Amplify Storage in a browser or
// an app, a `Cognito_…Auth_Role`, a Mobile Hub role signed in as `CognitoIdentityCredentials`):
// that one role acts for every user of the app, so a grant must keep each user to the prefixes
// Amplify's storage levels use, or to the items keyed by their identity ID (Amplify docs, "File access levels": public/
// for all users, protected/ and private/ under each user's identity ID). The prefix the refused
// request listed, when printed (`?prefix=public%2F`), says which level the call used.
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** The words that show the caller is an identity pool's role. */
const POOL_CALLER: readonly { re: RegExp; from: string }[] = [
  { re: /\bAWSS3Provider\b/, from: "Amplify Storage's AWSS3Provider" },
  { re: /:assumed-role\/Cognito_\w+_(?:Auth|Unauth)_Role\//, from: 'a Cognito identity pool role' },
  { re: /\bcognito-identity\.amazonaws\.com\b/, from: 'cognito-identity.amazonaws.com' },
  // The session name the identity pool's credentials carry (`assumed-role/ROLE/CognitoIdentityCredentials`).
  {
    re: /:assumed-role\/[\w+=,.@-]{1,64}\/CognitoIdentityCredentials\b/,
    from: 'a Cognito identity pool session'
  }
]

/** The level of the listed prefix (`prefix=public%2F`, `prefix=protected/…`). */
const LEVEL = /[?&]prefix=(public|protected|private)(?=%|\/|&|\s|$)/

export type PoolLevel = 'public' | 'protected' | 'private' | 'any'

/** Which level the identity-pool caller used; null when nothing shows an identity pool. */
export function identityPoolOf(
  ctx: LogContext,
  principal: string | null,
  action: string | null
): InferredValue | null {
  if (!/^(?:s3|dynamodb):/i.test(action ?? '')) return null
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}\n${principal ?? ''}`
  const caller = POOL_CALLER.find((c) => c.re.test(text))
  if (!caller) return null
  const level: PoolLevel = (LEVEL.exec(text)?.[1] as PoolLevel | undefined) ?? 'any'
  return { value: level, from: caller.from }
}
