import type { Trap } from '../Trap.js'

// Bedrock's own refusals "You don't have access to the model with the specified model ID" and
// "Your account is not authorized to invoke this API operation" are not IAM decisions: the account
// has not been granted the model (model access / the Anthropic first-use form, per Region) or is
// not enabled for Bedrock in that Region. An Allow statement changes neither.
export const bedrockModelAccess: Trap = {
  id: 'bedrock-model-access',
  applies: ({ d }) => d.grammar === 'bedrock-model-access',
  advice: ({ d }) =>
    (d.detail.bedrockAccess === 'model'
      ? 'Bedrock has not granted this account the model in this Region: '
      : 'This account is not enabled for this Bedrock API in this Region: ') +
    'this is not an IAM refusal, and no identity-policy Allow fixes it. In the Bedrock console of the Region the job calls, open Model access and request the model (some providers ask for a use-case form first), or call `aws bedrock list-foundation-models --region REGION` to see what the account can use; check the model ID and Region the job passes (a cross-Region inference profile ID such as `us.` + model ID is needed for some models). Only if the message later names an action (`is not authorized to perform: bedrock:InvokeModel`) is IAM the cause.'
}
