// The Amplify client libraries and the mobile SDKs (Flutter, Swift, Android) in their own words:
// Cognito identity pools refusing an app its AWS credentials, and the Storage category's S3
// refusal. Each wording names neither action nor caller; one rule per wording (heldout38).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const amplifyClientRules: PhraseRule[] = [
  {
    // Cognito Identity refusing the login token an app exchanges for AWS credentials (`An error
    // occurred when acquiring a new AwsCredentials: NotAuthorizedException Invalid login token.
    // Token expired: 1667365798 >= 1667235770`, qqaatw/JciHitachiHA#33): the provider's ID token
    // had expired, came from another issuer than the pool's provider, or is no ID token.
    id: 'cognito-login-token',
    rule: 'WD7009',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    // Or from a provider the pool does not list (`NotAuthorizedException: Token is not from a
    // supported provider of this identity pool.`, aws-amplify/amplify-flutter#851).
    needs: ['Invalid login token', 'Token is not from a supported provider'],
    re: /(?:\b(NotAuthorizedException):?[ \t]+)?\b(?:Invalid login token\.|Token is not from a supported provider of this identity pool\b)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'cognito-identity'
      d.detail.cause = 'cognito-login-token'
    }
  },
  {
    // Cognito Identity refusing the identity the app asked credentials for (`NotAuthorizedException:
    // Access to Identity 'us-east-1:…' is forbidden.`, aws-amplify/aws-sdk-android#52): the login
    // token the app sent does not belong to that identity (a cached identity ID of another user or
    // pool, an expired provider token). No IAM policy is asked before credentials exist.
    id: 'cognito-identity-forbidden',
    rule: 'WD822',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['Access to Identity '],
    re: /\bAccess to Identity '[^'\n]{1,120}' is forbidden\b/g,
    facts: (_m, d) => {
      d.service = 'cognito-identity'
      d.detail.cause = 'cognito-identity-forbidden'
    }
  },
  {
    // The identity pool's roles cannot be used: no role for the session's kind (authenticated or
    // guest), or a role whose trust policy does not trust cognito-identity.amazonaws.com for this
    // pool (`InvalidIdentityPoolConfigurationException … Check assigned IAM roles for this pool.`,
    // amplify_auth_cognito_dart, aws-amplify/amplify-flutter#6107).
    id: 'cognito-identity-pool-roles',
    rule: 'WD823',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['InvalidIdentityPoolConfiguration'],
    re: /\b(InvalidIdentityPoolConfigurationException)\b/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.detail.cause = 'cognito-pool-roles'
    }
  },
  {
    // Amplify Swift's auth state when Cognito Identity refused the guest or user session
    // (`FetchSessionError.notAuthorized`, aws-amplify/amplify-swift#3053): its endpoint is
    // cognito-identity's, the cause the pool's guest access or roles.
    id: 'amplify-swift-not-authorized',
    rule: 'WD826',
    kind: 'credentials',
    priority: PRIORITY.credentials,
    needs: ['FetchSessionError.notAuthorized'],
    re: /\bFetchSessionError\.notAuthorized\b/g,
    facts: (_m, d) => {
      d.service = 'cognito-identity'
      d.detail.cause = 'cognito-pool-roles'
    }
  },
  {
    // Amplify Flutter's Storage category: S3 refused the call, the SDK's own exception wrapped
    // (`StorageAccessDeniedException { "message": "S3 access denied when making the API call." }`,
    // aws-amplify/amplify-flutter#4784). The app's identity pool role is the caller.
    id: 'amplify-storage-denied',
    rule: 'WD827',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['S3 access denied when making the API call'],
    re: /\bS3 access denied when making the API call\b/g
  }
]
