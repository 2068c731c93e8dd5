// The IAM actions a service's own message lists in its words (Bedrock's `(aws-marketplace:
// ViewSubscriptions, aws-marketplace:Subscribe)`), as the catalog spells them. A token the catalog
// does not know (`arn:aws`, a time `15:30`) is no action. Bounded quantifiers only: the text is
// untrusted.
import { lookupAction } from './Catalog.js'

const TOKEN = /\b[a-z][a-z0-9-]{1,40}:[A-Za-z][A-Za-z0-9]{1,100}\b/g

export function catalogActionsIn(text: string | undefined): string[] {
  const out: string[] = []
  for (const m of (text ?? '').matchAll(TOKEN)) {
    const action = lookupAction(m[0])?.action
    if (action && !out.includes(action)) out.push(action)
  }
  return out
}
