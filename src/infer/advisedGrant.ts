// The action a tool's own advice names when its error names none: AWS IoT Greengrass's `Ensure the
// IAM role associated with the core device has a policy granting s3:GetObject`, its nucleus's
// `make sure core device's IoT policy grants greengrass:GetDeploymentConfiguration`. The tool knows
// the one call it made; the catalog decides the words are an action. Bounded regexes only.
import { actionForPrinted } from '../catalog/Catalog.js'
import type { InferredValue } from '../model/Inferred.js'

/** `policy granting X`, `policy grants X`, `policy that grants X`, up to a few words between. */
const ADVICE =
  /\bpolic(?:y|ies)\b[^\n.]{0,40}?\bgrant(?:s|ing)?\b (?:the )?(?:permission )?[`'"]?([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9]{1,80})\b(?![*:/])/gi

/** The first action the text's advice names that the catalog knows, for `service` (or any). */
export function advisedGrantAction(text: string, service: string | null): InferredValue | null {
  for (const m of text.matchAll(ADVICE)) {
    const action = actionForPrinted(m[1]!)
    if (!action || (service !== null && !action.startsWith(`${service}:`))) continue
    return { value: action, from: `the tool's advice \`${m[0].trim()}\`` }
  }
  return null
}
