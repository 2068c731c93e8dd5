// Environment checks made before loading the SDK. Reading `env` only (no files, no IMDS probe):
// off AWS the SDK's instance-metadata lookup can take seconds to give up, so the Action decodes
// only when the environment itself names a credential source.

/** Region used when neither the input nor the environment names one (documented in the README). */
export const DEFAULT_REGION = 'us-east-1'

const set = (v: string | undefined): boolean => typeof v === 'string' && v.trim() !== ''

/** One entry per credential source of the SDK's default chain that is configured through env. */
const SOURCES: ((env: NodeJS.ProcessEnv) => boolean)[] = [
  // Static keys, e.g. from aws-actions/configure-aws-credentials.
  (env) => set(env.AWS_ACCESS_KEY_ID) && set(env.AWS_SECRET_ACCESS_KEY),
  // A named profile from the shared config/credentials files.
  (env) => set(env.AWS_PROFILE),
  // Web identity (OIDC, EKS IRSA): token file plus the role to assume.
  (env) => set(env.AWS_WEB_IDENTITY_TOKEN_FILE) && set(env.AWS_ROLE_ARN),
  // ECS / EKS Pod Identity container credentials.
  (env) =>
    set(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) || set(env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
]

export function hasAwsCredentials(env: NodeJS.ProcessEnv): boolean {
  return SOURCES.some((source) => source(env))
}

// Region names are lower-case words and digits joined by dashes (us-east-1, us-gov-west-1).
const REGION = /^[a-z]{2,}(-[a-z0-9]+)+$/

function region(v: string | undefined): string | null {
  const s = v?.trim() ?? ''
  return REGION.test(s) ? s : null
}

/**
 * The Region to call STS in: the input, then AWS_REGION, then AWS_DEFAULT_REGION, then
 * DEFAULT_REGION. A value that is not a Region name is passed over rather than sent to the SDK.
 */
export function resolveRegion(input: string | undefined | null, env: NodeJS.ProcessEnv): string {
  return (
    region(input ?? undefined) ??
    region(env.AWS_REGION) ??
    region(env.AWS_DEFAULT_REGION) ??
    DEFAULT_REGION
  )
}
