// The resources `cdk bootstrap` makes besides its roles, that CDK uses on every deploy: the staging
// bucket file assets are uploaded to (`cdk-<qualifier>-assets-<account>-<region>`, written as the
// file-publishing role; CDK v1's legacy `cdktoolkit-stagingbucket-…`, as the caller) and the
// version parameter (`/cdk-bootstrap/<qualifier>/version`) CDK reads before it deploys. Each is a
// rule: the words showing CDK at work on it, and the resource's ARN from what the log printed.
import { bootstrapRoleOf } from './cdkBootstrapRoles.js'

export type BootstrapResourceId = 'staging-bucket' | 'version-parameter'

/** The account and Region a printed bootstrap role or bucket shows, and its qualifier. */
interface BootstrapEnv {
  qualifier: string | null
  account: string | null
  region: string | null
}

export interface BootstrapResourceRule {
  id: BootstrapResourceId
  /** CDK's words around the refusal (its line, the lines above and below) that name this resource. */
  seen: RegExp
  /** Where the value came from, in words. */
  from: string
  arn(m: RegExpExecArray, env: BootstrapEnv): string
}

const ROLE_ENV =
  /\bcdk-([a-z0-9]{1,20})-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role-(\d{12})-([a-z]{2}(?:-gov)?-[a-z]+-\d)\b/

/** The environment a bootstrap role printed near the refusal names (its ARN ends in both). */
function envOf(text: string): BootstrapEnv {
  const m = ROLE_ENV.exec(text)
  return { qualifier: m?.[1] ?? null, account: m?.[2] ?? null, region: m?.[3] ?? null }
}

/** A staging bucket's name as printed: the modern bootstrap's or CDK v1's legacy one. */
const BUCKET = String.raw`(cdk-[a-z0-9]{1,20}-assets-\d{12}-[a-z]{2}(?:-gov)?-[a-z]+-\d|cdktoolkit-stagingbucket-[a-z0-9]{6,20})`

export const BOOTSTRAP_RESOURCE_RULES: readonly BootstrapResourceRule[] = [
  {
    // `SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been
    // bootstrapped?` (cdklabs/cdk-stacksets#327): the parameter is missing, not refused (a refusal
    // prints AWS's own sentence, read as a finding of its own).
    id: 'version-parameter',
    seen: /\bSSM parameter \/cdk-bootstrap\/([a-z0-9]{1,20})\/version not found\b/,
    from: "CDK's words that the bootstrap version parameter was not found",
    arn: (m, env) =>
      `arn:aws:ssm:${env.region ?? '<REGION>'}:${env.account ?? '<ACCOUNT_ID>'}:parameter/cdk-bootstrap/${m[1]!}/version`
  },
  {
    // The bucket named on a publishing line (`Call failed: getBucketLocation({"Bucket":"cdk-…"})`,
    // aws/aws-cdk#23041), else CDK's publishing words: `[25%] fail: Access Denied`, `Failed to
    // publish one or more assets`, CDK v1 failing a stack on S3's bodiless 403 (`failed: Forbidden:
    // null`, aws/aws-cdk#4039).
    id: 'staging-bucket',
    seen: new RegExp(
      String.raw`\b${BUCKET}\b|(?:^|\] )fail: (?:Access Denied|Forbidden|403\b)|\bFailed to publish (?:one or more assets|asset)\b|❌[ \t]+\S+ failed: Forbidden: null\b`,
      'm'
    ),
    from: "CDK's asset publishing around the refusal",
    // Unprinted, the name is the modern bootstrap's when a bootstrap role shows its environment;
    // else a placeholder (CDK v1 may be on the legacy bucket).
    arn: (m, env) =>
      m[1]
        ? `arn:aws:s3:::${m[1]}`
        : env.qualifier
          ? `arn:aws:s3:::cdk-${env.qualifier}-assets-${env.account!}-${env.region!}`
          : 'arn:aws:s3:::<STAGING_BUCKET>'
  }
]

/** The bootstrap resource CDK's words around a refusal name, with its ARN; null when none. */
export function bootstrapResourceIn(
  text: string
): { rule: BootstrapResourceRule; arn: string } | null {
  const env = envOf(text)
  for (const rule of BOOTSTRAP_RESOURCE_RULES) {
    const m = rule.seen.exec(text)
    if (m) return { rule, arn: rule.arn(m, env) }
  }
  return null
}

/** A staging bucket's ARN, or an object in it; the placeholder when its name was not printed. */
const BUCKET_ARN = new RegExp(String.raw`^arn:aws[\w-]*:s3:::(?:${BUCKET}|<STAGING_BUCKET>)(?:/|$)`)

/** Which bootstrap resource an inferred ARN is. */
export function bootstrapResourceOf(arn: string | null): BootstrapResourceId | null {
  if (/:parameter\/cdk-bootstrap\/[^/\s]+\/version$/.test(arn ?? '')) return 'version-parameter'
  if (BUCKET_ARN.test(arn ?? '')) return 'staging-bucket'
  return null
}

/** CDK's container-assets repository (`…:repository/cdk-<q>-container-assets-<account>-<region>`), image assets go to. */
export function isContainerAssetsRepository(arn: string | null): boolean {
  // The account and Region as printed or masked (`…-container-assets-<accountid>-eu-central-1`).
  return /:repository\/cdk-[a-z0-9]{1,20}-container-assets-[^/\s]+$/.test(arn ?? '')
}

/**
 * What a refusal on a bootstrap resource is, the first that holds: the version parameter missing
 * or the staging bucket written (CDK's words around, inferred); an image asset pushed to the
 * container-assets repository, or the version parameter read, with the caller's own credentials
 * (a principal that is none of the bootstrap roles, whose own refusals are theirs).
 */
export type BootstrapCaseId =
  'version-missing' | 'staging-bucket' | 'container-assets' | 'version-refused'

export interface BootstrapFacts {
  kind: string
  deny: string | null
  action: string | null
  principal: string | null
  resource: string | null
  inferred?: { cdkBootstrapResource?: { value: string } }
}

const OWN_CALLS: { id: BootstrapCaseId; action: RegExp; resource: (arn: string) => boolean }[] = [
  { id: 'container-assets', action: /^ecr:/i, resource: isContainerAssetsRepository },
  {
    id: 'version-refused',
    action: /^ssm:GetParameters?$/i,
    resource: (arn) => bootstrapResourceOf(arn) === 'version-parameter'
  }
]

export function bootstrapCaseOf(f: BootstrapFacts): { id: BootstrapCaseId; arn: string } | null {
  if (f.kind !== 'denial' || f.deny === 'explicit') return null
  const inferred = f.inferred?.cdkBootstrapResource?.value ?? null
  const resource = bootstrapResourceOf(inferred)
  if (resource === 'version-parameter') return { id: 'version-missing', arn: inferred! }
  if (resource === 'staging-bucket') return { id: 'staging-bucket', arn: inferred! }
  if (f.principal === null || bootstrapRoleOf(f.principal) !== null || f.resource === null)
    return null
  const own = OWN_CALLS.find((c) => c.action.test(f.action ?? '') && c.resource(f.resource!))
  return own ? { id: own.id, arn: f.resource } : null
}

/** The qualifier a bootstrap resource's name carries; `QUALIFIER` when it cannot be read. */
export function qualifierOfResource(arn: string): string {
  return (
    (/\/cdk-bootstrap\/([a-z0-9]{1,20})\//.exec(arn) ??
      /\bcdk-([a-z0-9]{1,20})-(?:container-)?assets-/.exec(arn))?.[1] ?? 'QUALIFIER'
  )
}

/** Organization policies: they bind every principal of the account, a bootstrap role as well. */
export const ORGANIZATION_LAYERS: ReadonlySet<string> = new Set(['scp', 'rcp'])
