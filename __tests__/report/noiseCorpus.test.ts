// Issue 17 class 21 (noise): over every record of every labelled corpus in __tests__/fixtures/corpus
// (each record's `source` says where its text was published), the output carries no advice that
// does not apply to the record: a placeholder note for a placeholder no statement shows, a generic
// finding repeating the real one on the same line, CDK bootstrap advice without a bootstrap role,
// configure-aws-credentials advice for a session that action did not make, `get-role` for a user.
import { corpusPass } from '../support/corpusPass.js'
import type { Finding } from '../../src/model/Finding.js'
import type { Remedy } from '../../src/model/Remedy.js'
import { madeByConfigureAwsCredentials } from '../../src/model/sessionBroker.js'

// Every record's findings and remedies (OIDC context given), from the pass the whole-corpus tests share.
const records = await corpusPass()

interface Output {
  record: string
  findings: Finding[]
  remedies: Remedy[]
}

const outputs: Output[] = records.map((record) => ({
  record: `${record.file}:${record.id}`,
  findings: record.report.findings,
  remedies: record.oidcRemedies
}))

/** Everything a reader is told about one finding: its explanation and its remedies' notes. */
function adviceOf(o: Output, i: number): string {
  const f = o.findings[i]!
  const notes = o.remedies.filter((r) => r.findings.includes(i)).flatMap((r) => r.notes)
  return [f.title, f.explanation, ...notes].join('\n')
}

function eachFinding(check: (o: Output, f: Finding, i: number) => string | null): string[] {
  return outputs.flatMap((o) =>
    o.findings.flatMap((f, i) => {
      const problem = check(o, f, i)
      return problem ? [`${o.record} #${i}: ${problem}`] : []
    })
  )
}

/** Placeholder tokens a remedy's "Replace X with ..." notes name. */
function replacedTokens(notes: string[]): string[] {
  return notes.flatMap((n) => [...n.matchAll(/^Replace (\S+) with /g)].map((m) => m[1]!))
}

test(`the corpora are all read (${records.length} records)`, () => {
  expect(records.length).toBeGreaterThan(300)
  expect(outputs.reduce((n, o) => n + o.findings.length, 0)).toBeGreaterThan(300)
})

test('every "Replace X" note names a placeholder one of its statements shows', () => {
  let notes = 0
  const problems = outputs.flatMap((o) =>
    o.remedies.flatMap((r) => {
      // Shown: the statements and their paste-ready forms (a CLI command names the role to change).
      const shown = JSON.stringify([r.statements, r.renderings])
      return replacedTokens(r.notes).flatMap((token) => {
        notes++
        return shown.includes(token) ? [] : [`${o.record} ${r.id}: ${token}`]
      })
    })
  )
  expect(problems).toEqual([])
  expect(notes).toBeGreaterThan(10)
})

test('no generic finding repeats a specific one on the same line', () => {
  const problems = outputs.flatMap((o) => {
    const byLine = new Map<string, Finding[]>()
    for (const f of o.findings) {
      const key = `${f.file ?? ''}:${f.line}`
      byLine.set(key, [...(byLine.get(key) ?? []), f])
    }
    return [...byLine.entries()].flatMap(([line, fs]) => {
      // A repeat is the same kind of failure: a credentials error run onto a refusal's line by a
      // page that dropped the line breaks (h7-174) is another error, not the refusal said again.
      const specific = fs.filter((f) => f.action !== null || f.inferredAction !== null)
      const generic = fs.filter(
        (f) =>
          f.action === null && f.inferredAction === null && specific.some((s) => s.kind === f.kind)
      )
      return specific.length > 0 && generic.length > 0
        ? [`${o.record} line ${line}: ${generic.map((f) => f.grammar).join(', ')}`]
        : []
    })
  })
  expect(problems).toEqual([])
})

// The qualifier as printed or masked (`cdk-[HASH]-deploy-role`, `cdk-<q>-cfn-exec-role`).
const BOOTSTRAP_ROLE =
  /cdk-hnb659fds|cdk-(?:[a-z0-9]+|<\w+>|\[\w+\])-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role/
test('CDK bootstrap advice only where a bootstrap role is involved', () => {
  let shown = 0
  const problems = eachFinding((o, f, i) => {
    if (!/cdk bootstrap/.test(adviceOf(o, i))) return null
    shown++
    // detail.role: the role CDK says it could not assume; inferred.cdkRoleNotAssumed: the same
    // warning seen above a later refusal; inferred.cdkTargetRole: the role CDK's target-account
    // message names without an ARN; inferred.cdkBootstrapResource: CDK's words around name its
    // staging bucket or version parameter, both the bootstrap's.
    if (f.inferred?.cdkBootstrapResource) return null
    // CDK's own "Could not assume role in target account" is about its bootstrap roles, named or
    // not (CDK Pipelines' self-mutation, h13-049).
    if (f.grammar === 'cdk-could-not-assume' && !f.detail.role) return null
    // CDK's bootstrap container-assets repository, not found (heldout17 h17-026, h17-027).
    if (f.traps.includes('cdk-assets-repository-missing')) return null
    // A construct's context lookup refused at synth: the lookup role CDK would use is the bootstrap's.
    if (f.traps.includes('cdk-context-lookup')) return null
    return BOOTSTRAP_ROLE.test(
      `${f.principal ?? ''} ${f.resource ?? ''} ${f.detail.role ?? ''} ${f.inferred?.cdkRoleNotAssumed?.value ?? ''} ${f.inferred?.cdkTargetRole?.value ?? ''}`
    )
      ? null
      : 'cdk bootstrap'
  })
  expect(problems).toEqual([])
  expect(shown).toBeGreaterThan(0)
})

// The decode advice names configure-aws-credentials as a way to give whydenied itself
// credentials: that is about this run, not about the denied session.
const DECODE_ADVICE = /To let whydenied decode it[^\n]*/g
test('configure-aws-credentials advice only for sessions it made', () => {
  const problems = eachFinding((o, f, i) => {
    const advice = adviceOf(o, i).replace(DECODE_ADVICE, '')
    if (!/configure-aws-credentials/.test(advice)) return null
    // A session the log names, made by another broker (SSO, an SDK, a CI runner's own role).
    if (!/:assumed-role\//.test(f.principal ?? '') && f.principal !== null) return 'not a session'
    if (f.principal === null) return null
    return madeByConfigureAwsCredentials(f) ? null : `session ${f.principal}`
  })
  expect(problems).toEqual([])
})

// A role named by the finding as its target (AssumeRole, PassRole, a trust policy) may be looked up
// with get-role whoever the caller is.
const TARGETS_A_ROLE =
  /^(sts:AssumeRole|sts:TagSession|sts:SetSourceIdentity|iam:PassRole|iam:GetRole)/i
test('`aws iam get-role` only for roles: an IAM user gets get-user', () => {
  let users = 0
  const problems = eachFinding((o, f, i) => {
    if (!/:user\//.test(f.principal ?? '')) return null
    users++
    if (TARGETS_A_ROLE.test(f.action ?? '') || f.layer === 'trust') return null
    return /aws iam get-role/.test(adviceOf(o, i)) ? 'get-role for a user' : null
  })
  expect(problems).toEqual([])
  expect(users).toBeGreaterThan(20)
})
