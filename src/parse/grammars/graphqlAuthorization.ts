// AppSync refusing a GraphQL field or a subscription, in its own words: the API's authorization
// modes and the schema's rules for the type decide (an Amplify model's `@auth` / `allow` rules,
// an IAM role's appsync:GraphQL), not a policy on a resource (src/model/ownWordsRefusals.ts).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** AppSync's error type beside its message, in JSON or in Amplify's Java and Dart renderings. */
const UNAUTHORIZED_TYPE =
  /\berrorType(?:\\?["'])?\s*[:=]\s*(?:\\?["'])?(Unauthorized(?:Exception)?)\b/

export const graphqlAuthorizationRules: PhraseRule[] = [
  {
    // `Not Authorized to access syncReviews on type ModelReviewConnection` (Amplify DataStore's
    // sync on Android, aws-amplify/amplify-android#2124; a Gen 2 sandbox's list query,
    // aws-amplify/amplify-category-api#2422; Flutter, aws-amplify/amplify-flutter#1179).
    id: 'appsync-field-unauthorized',
    rule: 'WD7100',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Not Authorized to access '],
    re: /\bNot Authorized to access (\w{1,100}) on type (\w{1,100})/g,
    // Not where a custom Lambda authorizer decided (h41-030): its answer is the writer's own code's.
    when: (text) => !/\bLambda[ \t]+Authori[sz]er\b/i.test(text),
    facts: (m, d) => {
      const near = m.input.slice(Math.max(0, m.index - 600), m.index + m[0].length + 600)
      const code = UNAUTHORIZED_TYPE.exec(near)
      if (code) d.code = code[1]!
      d.service = 'appsync'
      d.detail.graphqlField = m[1]!
      d.detail.graphqlType = m[2]!
    }
  },
  {
    // A subscription or mutation AppSync refused (`subscription failed Connection failed:
    // {"errors":[{"errorType":"UnauthorizedException","message":"Permission denied"}]}`, DataStore's
    // sync, aws-amplify/amplify-js#6982).
    id: 'appsync-subscription-unauthorized',
    rule: 'WD7101',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['UnauthorizedException'],
    // Also as a JavaScript object prints it (`{ errorType: 'UnauthorizedException', message:
    // 'Permission denied' }`, a mutation signed with IAM from a workflow, aws-amplify/amplify-category-api#2457).
    // Its real-time endpoint's words on a websocket (`"errorType":"UnauthorizedException","message":
    // "You are not authorized to make this call."`, Amplify Flutter's DataStore,
    // aws-amplify/amplify-flutter#2763), the type qualified on Android (`com.amazonaws.deepdish.
    // graphql.auth#UnauthorizedException`, aws-amplify/amplify-android#1392).
    re: /\berrorType(?:\\?["'])?\s*:\s*\\?["']((?:[\w.]{1,80}#)?UnauthorizedException)\\?["']\s*,\s*(?:\\?["'])?message(?:\\?["'])?\s*:\s*\\?["'](?:Permission denied\b|You are not authorized to make this call\.)/g,
    when: (text) =>
      /\bsubscription\b|\bDataStore\b|\bAppSync\b|\bappsync-realtime|\bmutation\b|\bGraphQL\b|\bWebsocket\b|\bamplify\b/i.test(
        text
      ),
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 'appsync'
    }
  }
]
