import { accountOfArn } from './Principal.js'
import type { PrincipalInfo } from './Principal.js'

/** AWS-owned accounts whose resources users commonly reach and cannot change. */
export const AWS_OWNED_ACCOUNTS: Record<string, string> = {
  '580247275435': 'the Lambda Insights extension layer',
  '763104351884': 'AWS Deep Learning Containers',
  '602401143452': 'the Amazon EKS add-on images',
  '137112412989': 'Amazon Linux container images'
}

/** Principal account vs resource account; null when either is unknown or masked. */
export function crossAccountOf(
  principal: PrincipalInfo | null,
  resource: string | null
): boolean | null {
  const resourceAccount = accountOfArn(resource)
  if (!principal?.account || !resourceAccount) return null
  return principal.account !== resourceAccount
}
