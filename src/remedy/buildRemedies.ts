// One Remedy per document that must change, merged over every finding that points at it.
// Pure and deterministic: the same findings always give the same remedies, byte for byte.
import { resourcePolicyKind } from './resourcePolicies.js'
import { resolveDraftRefs } from './draftRef.js'
import type { Finding } from '../model/Finding.js'
import type { PolicyStatement, Remedy, RemedyRenderings } from '../model/Remedy.js'
import { contribute } from './contribute.js'
import {
  coverage,
  denials,
  isResourceDocument,
  parsePolicyDocument,
  type PolicyDocument
} from './currentPolicy.js'
import { addNote, Drafts, type Draft } from './Draft.js'
import { iamNameMasked, isMasked, placeholder, placeholderNotes } from './placeholders.js'
import { renderCdk } from './render/cdk.js'
import { renderCli } from './render/cli.js'
import { additionDiff, documentDiff } from './render/diff.js'
import type { RenderInput } from './render/RenderInput.js'
import { renderTerraform } from './render/terraform.js'
import {
  isReservedSsoRole,
  permissionSetName,
  renderPermissionSet
} from './render/permissionSet.js'
import { buildStatements } from './statements.js'
import { fixStanding } from './fixStanding.js'
import type { RemedyOptions } from './RemedyOptions.js'
import { code } from './guidance.js'

const VERSION = '2012-10-17'

function principalName(d: Draft): string {
  const t = d.target
  if (d.shape === 'trust') {
    const role = /:role\/(?:.*\/)?([^/]+)$/.exec(d.holder ?? '')?.[1]
    return role ?? placeholder(d.placeholders, 'ROLE_NAME', 'the name of the role being assumed')
  }
  if (t.principalType === 'service') {
    if (d.shape !== 'identity') return t.principalName ?? ''
    return placeholder(
      d.placeholders,
      'CALLER_ROLE_NAME',
      `the name of the role ${t.principalName ?? 'the service'} works with (the service role set on the resource that made the call)`
    )
  }
  // A service's own role the target names (CodeBuild's project role for its source connection,
  // h26-012): its name, not the caller's, goes into the commands.
  if (
    d.shape === 'identity' &&
    !t.principalArn &&
    /\bproject's service role\b/.test(t.description)
  ) {
    return placeholder(
      d.placeholders,
      'SERVICE_ROLE_NAME',
      "the name of the CodeBuild project's service role (`aws codebuild batch-get-projects --names PROJECT --query 'projects[0].serviceRole'` prints its ARN)"
    )
  }
  // A pod on its node's role: its own role, which the log cannot show (src/diagnose/fixTarget.ts).
  if (t.pod) {
    return placeholder(
      d.placeholders,
      'POD_ROLE_NAME',
      `the name of the pod's own IAM role${t.pod.serviceAccount ? ` (service account \`${t.pod.serviceAccount}\`)` : ''}: the role its service account's \`eks.amazonaws.com/role-arn\` annotation or its EKS Pod Identity association names, created if it has none`
    )
  }
  const fromArn = /:(?:role|user)\/(?:.*\/)?([^/]+)$/.exec(t.principalArn ?? '')?.[1]
  const name = t.principalName ?? fromArn
  // A federated user's statement goes to the IAM user behind it, whose name the log doesn't show.
  if (t.principalType === 'federated-user') {
    return placeholder(
      d.placeholders,
      'CALLER_USER_NAME',
      'the IAM user that created the federated session'
    )
  }
  // A name whose type the log elided (`User: ... deployer`): a user's name in put-role-policy
  // would fail, so it is the placeholder, with the name the log shows as its meaning.
  // Neither a role nor a user is assumed: the renderings give both, with this one name.
  if (t.principalType === 'unknown')
    return placeholder(
      d.placeholders,
      'CALLER_NAME',
      name && !iamNameMasked(name) && !isMasked(name)
        ? `the name of the IAM role or user the log shows as \`${name}\` after an elision`
        : 'the name of the IAM role or user that made the call (the finding names none)'
    )
  if (name && !/^(\*+|x{3,}|<.*>)$/i.test(name) && !iamNameMasked(name)) return name
  const kind = t.principalType === 'user' ? 'user' : 'role'
  // The caller's own slot, named apart from a resource's `role/<ROLE_NAME>`: one token for both
  // had the reader fill the created role's ARN with the caller's name (heldout11 review h11-024).
  return placeholder(
    d.placeholders,
    t.principalType === 'user' ? 'CALLER_USER_NAME' : 'CALLER_ROLE_NAME',
    name && !isMasked(name)
      ? `the name of the calling ${kind} the log shows masked or cut as \`${name}\``
      : name?.trim()
        ? `the name of the calling ${kind} (the log masks it as \`${name.trim().replace(/`/g, "'").slice(0, 40)}\`)`
        : `the name of the calling ${kind} (the log did not show it; \`aws sts get-caller-identity\` run by the job prints it)`
  )
}

/** Which remedies a `--current-policy` document can belong to. */
function appliesTo(d: Draft, doc: PolicyDocument): boolean {
  if (d.shape === 'guidance') return false
  return isResourceDocument(doc) ? d.shape !== 'identity' : d.shape === 'identity'
}

interface Compared {
  toAdd: PolicyStatement[]
  document: PolicyDocument | null
  alreadyPresent: boolean
}

function compare(d: Draft, statements: PolicyStatement[], doc: PolicyDocument): Compared {
  const toAdd: PolicyStatement[] = []
  for (const s of statements) {
    const c = coverage(doc, s)
    const actions = Array.isArray(s.Action) ? s.Action : [s.Action]
    for (const action of actions) {
      for (const sid of denials(doc, { ...s, Action: action })) {
        addNote(
          d,
          `Statement ${code(sid)} of the current policy denies ${code(action)}: an Allow can't override it; that Deny must be narrowed.`
        )
      }
    }
    if (!c.present) {
      toAdd.push(s)
      continue
    }
    addNote(
      d,
      `${code(s.Sid)} is already allowed by statement ${code(c.by ?? '?')} of the current policy.`
    )
    if (c.conditional) {
      addNote(
        d,
        `Statement ${code(c.by ?? '?')} allows it only under a Condition: check that the failing request meets it.`
      )
    }
  }
  const alreadyPresent = statements.length > 0 && toAdd.length === 0
  if (alreadyPresent) {
    addNote(
      d,
      'Everything this fix adds is already in the current policy, so the denial comes from elsewhere: a permissions boundary, an SCP or RCP, a session policy, a Condition that the request does not meet, a resource policy in another account, or a change that has not propagated yet (IAM is eventually consistent: retry after a minute).'
    )
  }
  const taken = new Set(
    doc.Statement.map((s) => s.Sid).filter((x): x is string => typeof x === 'string')
  )
  const renamed = toAdd.map((s) => {
    let sid = s.Sid
    for (let n = 2; taken.has(sid); n++) sid = `${s.Sid}${n}`
    taken.add(sid)
    return { ...s, Sid: sid }
  })
  return {
    toAdd: renamed,
    document: { ...doc, Statement: [...doc.Statement, ...renamed] },
    alreadyPresent
  }
}

function renderings(
  d: Draft,
  input: RenderInput,
  current: PolicyDocument | null,
  alreadyPresent: boolean
): RemedyRenderings {
  if (input.statements.length === 0 || alreadyPresent) return {}
  const diff = current ? documentDiff(current, input.document) : additionDiff(input.statements)
  // The printed name, not the rendering's: a masked suffix (`AWSReservedSSO_Admin_...`) makes
  // the rendering's name a placeholder, and the role is still Identity Center's.
  const printedName = d.target.principalName ?? input.principalName
  if (d.shape === 'identity' && isReservedSsoRole(printedName)) {
    const set = permissionSetName(printedName)
    addNote(
      d,
      `The caller is an IAM Identity Center session: its role ${code(printedName ?? input.principalName)} is managed by Identity Center and must not be edited. Add the statements to the permission set${set ? ` ${code(set)}` : ''} (in the management or delegated administrator account), then provision it.`
    )
    const slots = {
      instanceArn: placeholder(
        d.placeholders,
        'SSO_INSTANCE_ARN',
        'the IAM Identity Center instance ARN (aws sso-admin list-instances)'
      ),
      permissionSetArn: placeholder(
        d.placeholders,
        'PERMISSION_SET_ARN',
        `the ARN of the permission set${set ? ` ${set}` : ''} (aws sso-admin list-permission-sets)`
      )
    }
    return { diff, ...renderPermissionSet(input, slots) }
  }
  const out: RemedyRenderings = { diff }
  const terraform = renderTerraform(input)
  const cdk = renderCdk(input)
  const cli = renderCli(input)
  if (terraform) out.terraform = terraform
  if (cdk) out.cdk = cdk
  if (cli) out.cli = cli
  if (d.shape === 'resource' && !cli) {
    addNote(
      d,
      resourcePolicyKind(d.service).apply ??
        `Add the statement to the ${d.service ?? 'resource'} resource's policy with the tool that manages it.`
    )
  }
  return out
}

export function buildRemedies(findings: Finding[], options: RemedyOptions = {}): Remedy[] {
  const drafts = new Drafts()
  findings.forEach((f, i) => contribute(drafts, f, i, options))
  const current =
    options.currentPolicy === undefined ? null : parsePolicyDocument(options.currentPolicy)
  let currentUsed = false
  const remedies = drafts.all().map((d): Remedy => {
    const name = d.shape === 'guidance' ? '' : principalName(d)
    const statements = buildStatements(d.parts)
    const doc = current && appliesTo(d, current) ? current : null
    const compared = doc ? compare(d, statements, doc) : null
    if (doc) currentUsed = true
    const toAdd = compared?.toAdd ?? statements
    const input: RenderInput = {
      shape: d.shape,
      service: d.service,
      holder: d.holder,
      target: d.target,
      statements: toAdd,
      document: compared?.document ?? { Version: VERSION, Statement: toAdd },
      complete: compared !== null,
      principalName: name
    }
    const rendered = renderings(d, input, doc, compared?.alreadyPresent ?? false)
    const remedy: Remedy = {
      id: d.id,
      target: d.target,
      findings: [...d.findings].sort((a, b) => a - b),
      statements,
      notes: [
        ...d.notes,
        // The diff holds the statements (and the current document's own text): the same shown text.
        ...placeholderNotes(d.placeholders, JSON.stringify([statements, rendered.diff ?? '']), {
          terraform: rendered.terraform,
          cdk: rendered.cdk,
          cli: rendered.cli
        })
      ],
      renderings: rendered
    }
    if (compared) remedy.alreadyPresent = compared.alreadyPresent
    // Never a fix section with nothing under it (heldout91 review h91-022): what to check is in
    // the findings' explanations when no statement and no note of the draft's says it.
    if (statements.length === 0 && remedy.notes.length === 0) {
      remedy.notes.push(
        'No statement is drafted: the explanation of the finding (under Details) says what to check first.'
      )
    }
    const standing =
      statements.length > 0 ? fixStanding(remedy.findings.map((i) => findings[i]!)) : undefined
    if (standing) remedy.standing = standing
    return remedy
  })
  const ids = remedies.map((r) => r.id)
  for (const r of remedies) r.notes = r.notes.map((n) => resolveDraftRefs(n, ids))
  if (options.currentPolicy !== undefined && remedies.length > 0) {
    const note = !current
      ? 'The --current-policy file is not a policy document (it has no Statement), so it was ignored.'
      : !currentUsed
        ? 'The --current-policy document does not fit any proposed change (identity policies have no Principal; resource and trust policies do), so it was not compared.'
        : null
    if (note) remedies[0]!.notes.push(note)
  }
  return remedies
}
