// Terraform's S3 backend (or AWS provider) pointed at an S3-compatible store still checks its keys
// with real AWS (STS GetCallerIdentity, iam:ListRoles for the account ID), which does not know a
// store's keys: the InvalidClientTokenId is AWS's, the fix the backend's skip_* and endpoint
// settings (heldout13 review h13-034: terrakube-io/terrakube#580, MinIO; hashicorp/terraform#33983,
// Ceph). The store may be named in the config or prose well above the error, in another record.
import type { Denial } from '../model/Denial.js'
import { s3CompatibleIn } from './s3Compatible.js'

/** Terraform's own words for its account and credential checks, or its S3 backend's. */
const TERRAFORM_AWS_CHECK =
  /\bRetrieving AWS account details\b|\bvalidating provider credentials\b|\berror using credentials to get account ID\b|\bInitializing the backend\b|\bbackend "?s3"?\s{0,3}\{/

/** Stores that never pass keys on to AWS: an emulator answers its own IAM. */
const EMULATORS = new Set(['LocalStack', 'moto', 'MiniStack', 'Amazon MWS'])

/**
 * The store's name when `d` is AWS refusing the keys of Terraform's S3-compatible backend;
 * `recent` is the store the log named above the record (the scanner's `s3Compatible`).
 */
export function s3CompatibleBackendOf(
  text: string,
  d: Denial,
  recent: string | null | undefined
): string | null {
  if (d.kind !== 'credentials' || d.detail.cause !== 'invalid') return null
  if (!TERRAFORM_AWS_CHECK.test(text)) return null
  const store = s3CompatibleIn(text) ?? recent ?? null
  return store && !EMULATORS.has(store) ? store : null
}
