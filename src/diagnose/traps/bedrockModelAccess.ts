import { catalogActionsIn } from '../../catalog/printedActions.js'
import type { Trap } from '../Trap.js'

// Bedrock's own refusals "You don't have access to the model with the specified model ID" and
// "Your account is not authorized to invoke this API operation" name no IAM action. AWS retired
// the console's Model access page: serverless foundation models are enabled by default, given
// the caller's AWS Marketplace permissions (aws-marketplace:Subscribe, Unsubscribe,
// ViewSubscriptions, for models sold through the Marketplace on first use), Anthropic's
// first-time use-case form and a valid payment method. Source, checked 2026-12-02: Bedrock User
// Guide, "Request access to models" (docs.aws.amazon.com/bedrock/latest/userguide/model-access.html);
// the retirement notice is quoted in elastic/docs-content#3770.
export const bedrockModelAccess: Trap = {
  id: 'bedrock-model-access',
  applies: ({ d }) => d.grammar === 'bedrock-model-access',
  // The message lists the Marketplace actions the caller lacks: that is the cause (h11-103).
  leadsWhen: ({ d }) => catalogActionsIn(d.detail.marketplaceActions).length > 0,
  advice: ({ d }) => {
    const named = catalogActionsIn(d.detail.marketplaceActions)
    if (named.length > 0)
      return (
        `Bedrock names what the caller lacks: ${named.map((a) => `\`${a}\``).join(', ')}. The model is sold through AWS Marketplace and its first use subscribes the account, which the caller's identity policy must allow ` +
        '(`aws-marketplace:Subscribe`, `aws-marketplace:Unsubscribe` and `aws-marketplace:ViewSubscriptions`, as the Bedrock guide lists them); the account also needs a valid payment method. ' +
        'Grant them, then retry after a few minutes (the message says 5): the subscription completes on the next call. The model ID and Region are not in question.'
      )
    return (
      (d.detail.bedrockAccess === 'model'
        ? 'Bedrock would not serve this model to the caller in this Region. '
        : 'Bedrock would not run this API for the account in this Region. ') +
      'First check the model ID and Region the job passes: the model must be offered in that Region (`aws bedrock list-foundation-models --region REGION`), and some models are only invoked through an inference profile ID (`us.` or `eu.` + model ID) rather than the bare model ID. ' +
      "Models are no longer requested on a Model access page (AWS retired it; serverless models are enabled by default), but a model sold through AWS Marketplace subscribes the account on its first use, which needs `aws-marketplace:Subscribe`, `aws-marketplace:Unsubscribe` and `aws-marketplace:ViewSubscriptions` in the caller's identity policy and a valid payment method on the account; the subscription can take a few minutes after the permissions are granted. " +
      'Anthropic models also need the first-time use-case form, submitted once per account (or by the organization management account) in the Bedrock console. ' +
      'If the message names an action instead (`is not authorized to perform: bedrock:InvokeModel`), it is an ordinary IAM refusal of that action.'
    )
  }
}
