// The trust-policy statement for a refused AssumeRoleWithWebIdentity, per token issuer: GitHub
// Actions, an EKS cluster's service accounts (IRSA), a Cognito identity pool, or an issuer the log
// does not show (then every issuer-specific part is a placeholder). GitHub is claimed only on
// GitHub evidence: the log's own lines or the workflow context the Action and CLI read.
import type { Finding } from '../model/Finding.js'
import type { PolicyStatement } from '../model/Remedy.js'
import type { Draft, Part } from './Draft.js'
import { GITHUB_OIDC_HOST, oidcSubjects } from './oidcSubject.js'
import { placeholder } from './placeholders.js'
import type { RemedyOptions } from './RemedyOptions.js'

export interface WebIdentityTrust {
  part: Omit<Part, 'actions' | 'resource'>
  notes: string[]
}

interface Where {
  partition: string
  account: string
}

type Builder = (d: Draft, f: Finding, w: Where, options: RemedyOptions) => WebIdentityTrust

const provider = (w: Where, host: string): string =>
  `arn:${w.partition}:iam::${w.account}:oidc-provider/${host}`

/**
 * The workflow context, or else the id-form subject the log shows: a printed subject with its
 * context part is the exact one; a prefix (or only words about the form) keeps placeholders.
 */
function loggedSubject(f: Finding, options: RemedyOptions): RemedyOptions['oidc'] {
  const logged = f.inferred?.githubSubject?.value
  const ctx = withLoggedEnvironment(f, options.oidc)
  if (!logged || ctx?.subject || ctx?.subjectPrefix) return ctx
  const exact = /:(?:ref:|environment:|pull_request)/.test(logged)
  return exact ? { ...ctx, subject: logged } : { ...ctx, subjectPrefix: logged }
}

/** The job's environment the log names, when the workflow context gives none (it wins over the log). */
function withLoggedEnvironment(f: Finding, ctx: RemedyOptions['oidc']): RemedyOptions['oidc'] {
  const environment = f.inferred?.githubEnvironment?.value
  // A run after a merge into a branch (src/infer/contextSignals.ts) presents that branch's ref.
  const merged = f.inferred?.signals?.['oidc-after-merge']?.value
  if (!environment && merged && !ctx?.ref && !ctx?.subject && !ctx?.environment)
    return { ...ctx, ref: `refs/heads/${merged}` }
  if (!environment || ctx?.environment || ctx?.subject) return ctx
  return { ...ctx, environment }
}

const ID_FORM_NOTE =
  "The log shows GitHub issuing the immutable subject form, with the owner's and the repository's numeric IDs after an `@` (`repo:OWNER@OWNER_ID/REPO@REPO_ID:...`, GitHub changelog of 23 April 2026; the default for repositories created or renamed on or after July 15, 2026), so the condition uses that form: a trust policy that lists only the name form `repo:OWNER/REPO:...` never matches it. The IDs are in `gh api repos/OWNER/REPO --jq '.owner.id, .id'`; list the name form too only while repositories of both kinds use this role."

const github: Builder = (_d, f, w, options) => {
  const oidc = loggedSubject(f, options)
  const { subjects, notes: subjectNotes } = oidcSubjects(oidc)
  const idForm =
    oidc !== withLoggedEnvironment(f, options.oidc) &&
    /@/.test(f.inferred?.githubSubject?.value ?? '')
  const environment =
    oidc?.environment !== options.oidc?.environment ? f.inferred?.githubEnvironment : undefined
  const notes = [
    ...(idForm ? [ID_FORM_NOTE] : []),
    ...(environment
      ? [
          `The job runs in the environment \`${environment.value.replace(/`/g, '')}\` (${environment.from.replace(/`/g, "'")}), so its token's sub is \`repo:OWNER/REPO:environment:${environment.value.replace(/`/g, '')}\`: an environment takes precedence over the branch, and a trust policy listing only \`ref:refs/heads/...\` never matches it.`
        ]
      : []),
    ...subjectNotes
  ]
  // GHES and custom issuers present their own host; the `audience` input may differ from STS's default.
  const host = options.oidc?.providerHost || GITHUB_OIDC_HOST
  return {
    part: {
      principal: { Federated: provider(w, host) },
      condition: {
        StringEquals: {
          [`${host}:aud`]: options.oidc?.audience || 'sts.amazonaws.com',
          [`${host}:sub`]: subjects.length === 1 ? subjects[0]! : subjects
        }
      },
      sidWords: ['GitHub', 'Oidc']
    },
    notes: [
      ...notes,
      `The account also needs the IAM OIDC provider for https://${host} (aws iam list-open-id-connect-providers).`
    ]
  }
}

const eks: Builder = (d, f, w) => {
  const host =
    f.detail.oidcProvider ??
    placeholder(
      d.placeholders,
      'EKS_OIDC_PROVIDER',
      "the cluster's OIDC issuer without https:// (aws eks describe-cluster --name CLUSTER --query cluster.identity.oidc.issuer)"
    )
  const aud = { [`${host}:aud`]: 'sts.amazonaws.com' }
  const subject =
    f.detail.serviceAccountSubject ??
    `system:serviceaccount:${placeholder(d.placeholders, 'NAMESPACE', "the pod's Kubernetes namespace")}:${placeholder(d.placeholders, 'SERVICE_ACCOUNT', "the pod's service account name")}`
  return {
    part: {
      principal: { Federated: provider(w, host) },
      // StringEquals compares `*` literally: a pattern needs StringLike.
      condition: (subject.includes('*')
        ? { StringEquals: aud, StringLike: { [`${host}:sub`]: subject } }
        : { StringEquals: { ...aud, [`${host}:sub`]: subject } }) as PolicyStatement['Condition'],
      sidWords: ['Eks', 'ServiceAccount']
    },
    notes: [
      ...(f.detail.serviceAccountFrom === 'install-guide'
        ? [
            `The log does not print the subject: \`${subject}\` is the service account the controller's install guide creates; use yours if you installed it under another name or namespace.`
          ]
        : []),
      "The token comes from an EKS service account (IRSA): the role's trust policy must name the cluster's OIDC provider and the exact system:serviceaccount:NAMESPACE:NAME subject (StringEquals does not expand wildcards; use StringLike for a pattern), and the service account must carry the eks.amazonaws.com/role-arn annotation of this role (restart the pods after adding it)."
    ]
  }
}

const cognito: Builder = (d) => ({
  part: {
    principal: { Federated: 'cognito-identity.amazonaws.com' },
    condition: {
      StringEquals: {
        'cognito-identity.amazonaws.com:aud': placeholder(
          d.placeholders,
          'IDENTITY_POOL_ID',
          'the Cognito identity pool ID (REGION:GUID)'
        )
      },
      'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' }
    },
    sidWords: ['Cognito', 'IdentityPool']
  },
  notes: [
    "The token comes from a Cognito identity pool: the role's trust policy must name that pool in cognito-identity.amazonaws.com:aud and the amr the pool gives (authenticated, or unauthenticated for guests: whatever a guest role may do, anyone may do)."
  ]
})

const unknownIssuer: Builder = (d, _f, w) => {
  const host = placeholder(
    d.placeholders,
    'OIDC_PROVIDER_HOST',
    "the token issuer's host and path without https:// (aws iam list-open-id-connect-providers)"
  )
  return {
    part: {
      principal: { Federated: provider(w, host) },
      condition: {
        StringEquals: {
          [`${host}:aud`]: placeholder(d.placeholders, 'AUDIENCE', "the token's aud claim"),
          [`${host}:sub`]: placeholder(d.placeholders, 'SUBJECT', "the token's sub claim")
        }
      },
      sidWords: ['WebIdentity']
    },
    notes: [
      "The finding does not say which identity provider issued the token (GitHub Actions, an EKS service account, Cognito, GitLab...): the role's trust policy must name that provider and match the token's aud and sub claims. CloudTrail's AssumeRoleWithWebIdentity event shows the issuer and the claims."
    ]
  }
}

// GitLab's ID token (docs.gitlab.com, "Configure OpenID Connect in AWS"): the instance as issuer
// and audience, the subject `project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH`.
const gitlab: Builder = (d, f, w) => {
  const host = f.detail.gitlabHost ?? 'gitlab.com'
  const subject = `project_path:${placeholder(d.placeholders, 'GROUP', 'the GitLab group (with its subgroups)')}/${placeholder(d.placeholders, 'PROJECT', 'the GitLab project')}:ref_type:branch:ref:${placeholder(d.placeholders, 'BRANCH', 'the branch the job runs on (ref_type:tag for a tag)')}`
  return {
    part: {
      principal: { Federated: provider(w, host) },
      condition: {
        StringEquals: {
          [`${host}:aud`]: f.detail.gitlabAudience ?? `https://${host}`,
          [`${host}:sub`]: subject
        }
      },
      sidWords: ['GitLab', 'Oidc']
    },
    notes: [
      `The token comes from GitLab: its issuer is the instance (\`${host}\`), its aud the job's \`id_tokens:\` \`aud:\`${f.detail.gitlabAudience ? '' : " (GitLab's docs use the instance URL)"}, its sub \`project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH\`. The account also needs the IAM OIDC provider for https://${host} with that audience (aws iam list-open-id-connect-providers).`
    ]
  }
}

const BUILDERS: Record<string, Builder> = { github, eks, cognito, gitlab }

/**
 * The trust of a role a pod should hold as its own (IRSA), for a pod that assumed it with its
 * node's credentials instead (src/remedy/contribute.ts, pod-on-node-role).
 */
export function eksServiceAccountTrust(
  d: Draft,
  f: Finding,
  w: Where,
  options: RemedyOptions
): WebIdentityTrust {
  return eks(d, f, w, options)
}

export function webIdentityTrust(
  d: Draft,
  f: Finding,
  w: Where,
  options: RemedyOptions
): WebIdentityTrust {
  const issuer = f.detail.webIdentityIssuer ?? (options.oidc ? 'github' : null)
  const build =
    (issuer && Object.hasOwn(BUILDERS, issuer) ? BUILDERS[issuer] : null) ?? unknownIssuer
  return build(d, f, w, options)
}
