// Every rendering of every shape is checked for syntax with a real parser: Terraform with the
// HashiCorp HCL v2 grammar (hcl2-parser), CDK with the TypeScript compiler, the CLI with a POSIX
// word splitter; and log values can't break out of any of them.
import fc from 'fast-check'
import hcl2 from 'hcl2-parser'
import ts from 'typescript'
import type { Finding } from '../../src/model/Finding.js'
import type { Remedy } from '../../src/model/Remedy.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { hclString, shellQuote, tsString } from '../../src/remedy/render/escape.js'
import { makeFinding, roleTarget, userTarget } from './makeFinding.js'

const session = 'arn:aws:sts::444455556666:assumed-role/gha-deploy/GitHubActions'
const caller = roleTarget(session)

function resourceFinding(action: string, resource: string): Finding {
  return makeFinding({
    action,
    principal: session,
    resource,
    layer: 'resource',
    deny: 'implicit',
    crossAccount: true,
    fixTarget: {
      kind: 'resource-policy',
      owner: 'resource-owner',
      ...caller,
      resourceArn: resource
    }
  })
}

/** One finding per shape that has renderings. */
const everyShape: Finding[] = [
  makeFinding({
    action: 'ecr:GetAuthorizationToken',
    principal: session,
    resource: '*',
    fixTarget: { kind: 'identity-policy', ...caller }
  }),
  makeFinding({
    action: 's3:GetObject',
    principal: 'arn:aws:iam::444455556666:user/ci',
    resource: 'arn:aws:s3:::b/k',
    fixTarget: { kind: 'identity-policy', ...userTarget('arn:aws:iam::444455556666:user/ci') }
  }),
  resourceFinding('ecr:PutImage', 'arn:aws:ecr:us-east-1:111122223333:repository/team/app'),
  resourceFinding('s3:ListBucket', 'arn:aws:s3:::artifacts/x'),
  resourceFinding('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/abc'),
  resourceFinding('sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:jobs'),
  resourceFinding('sns:Publish', 'arn:aws:sns:us-east-1:111122223333:alerts'),
  resourceFinding(
    'secretsmanager:GetSecretValue',
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf'
  ),
  resourceFinding('lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:111122223333:function:resize'),
  resourceFinding('lambda:GetLayerVersion', 'arn:aws:lambda:us-east-1:111122223333:layer:sharp:3'),
  makeFinding({
    action: 'sts:AssumeRole',
    principal: session,
    resource: 'arn:aws:iam::111122223333:role/target',
    layer: 'trust',
    crossAccount: true,
    fixTarget: {
      kind: 'trust-policy',
      ...caller,
      resourceArn: 'arn:aws:iam::111122223333:role/target'
    }
  }),
  makeFinding({
    grammar: 'oidc-web-identity',
    traps: ['oidc-trust-conditions'],
    fixTarget: { kind: 'trust-policy', resourceArn: 'arn:aws:iam::111122223333:role/oidc' }
  })
]

const oidc = {
  repository: 'octo/app',
  repositoryOwnerId: '1',
  repositoryId: '2',
  ref: 'refs/tags/v1.0'
}

function hclParse(text: string): Record<string, unknown> {
  const [result, error] = hcl2.parseToObject(text) as [Record<string, unknown> | null, unknown]
  if (!result || error) throw new Error(`HCL did not parse:\n${text}`)
  return result
}

function tsSyntaxErrors(code: string): string[] {
  const file = ts.createSourceFile(
    'snippet.ts',
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS
  )
  const host = ts.createCompilerHost({})
  host.getSourceFile = (name) => (name === 'snippet.ts' ? file : undefined)
  const program = ts.createProgram(['snippet.ts'], { noLib: true, noResolve: true }, host)
  return program
    .getSyntacticDiagnostics(file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

function tsStringLiterals(code: string): string[] {
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) out.push(node.text)
    node.forEachChild(visit)
  }
  visit(ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS))
  return out
}

class Unterminated extends Error {}

/** POSIX word splitting for the subset the renderer writes: bare words and '…' quoting. */
function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (ch === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) throw new Unterminated(line)
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (ch === '\\') {
      word = (word ?? '') + line[++i]
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word)
      word = null
    } else if (/[;&|`$()<"]/.test(ch)) {
      throw new Error(`unquoted shell metacharacter ${ch} in: ${line}`)
    } else {
      word = (word ?? '') + ch
    }
  }
  if (word !== null) words.push(word)
  return words
}

/** Commands of a CLI rendering: comment lines dropped, quoted newlines kept inside their word. */
function shellCommands(text: string): string[][] {
  const commands: string[][] = []
  let pending = ''
  for (const line of text.split('\n')) {
    if (pending === '' && line.startsWith('#')) continue
    pending = pending ? `${pending}\n${line}` : line
    try {
      commands.push(shellWords(pending.replace(/ > [\w.-]+$/, '')))
      pending = ''
    } catch (error) {
      if (!(error instanceof Unterminated)) throw error
    }
  }
  expect(pending).toBe('')
  return commands
}

const optionValue = (words: string[], option: string): string | undefined =>
  words.includes(option) ? words[words.indexOf(option) + 1] : undefined

describe.each([
  ['without --current-policy', {}],
  [
    'with a current policy',
    {
      currentPolicy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'Old', Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]
      }
    }
  ]
])('every shape renders valid text (%s)', (_label, extra) => {
  const remedies = buildRemedies(everyShape, { oidc, ...extra })
  const withStatements = remedies.filter((r) => r.statements.length > 0)

  test('each shape is present', () => {
    expect(withStatements.length).toBeGreaterThanOrEqual(everyShape.length)
  })

  test.each(withStatements.map((r) => [r.id, r] as [string, Remedy]))(
    '%s: Terraform parses',
    (_id, r) => {
      const parsed = hclParse(r.renderings.terraform!)
      const isLambda = r.id.includes(':lambda:')
      // A Lambda permission renders as a resource, every other shape as a policy document.
      const docs = parsed.data as
        | Record<string, Record<string, { statement: { sid: string; actions: string[] }[] }[]>>
        | undefined
      const rendered = isLambda
        ? null
        : Object.values(docs!.aws_iam_policy_document!)[0]![0]!.statement.map((s) => s.actions)
      expect(rendered).toEqual(
        isLambda ? null : r.statements.map((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
      )
      expect(
        Object.keys((parsed.resource ?? {}) as object).length + (isLambda ? 0 : 1)
      ).toBeGreaterThan(0)
    }
  )

  test.each(withStatements.map((r) => [r.id, r] as [string, Remedy]))(
    '%s: CDK has no syntax errors',
    (_id, r) => {
      expect(tsSyntaxErrors(r.renderings.cdk!)).toEqual([])
      expect(r.renderings.cdk).toMatch(
        /addToPolicy|addToPrincipalPolicy|addToResourcePolicy|addStatements|addPermission/
      )
    }
  )

  test.each(withStatements.map((r) => [r.id, r] as [string, Remedy]))(
    '%s: CLI splits into aws commands',
    (_id, r) => {
      const commands = shellCommands(r.renderings.cli!)
      expect(commands.length).toBeGreaterThan(0)
      for (const words of commands) expect(words[0]).toBe('aws')
      const inline = commands
        .flatMap((words) =>
          [
            '--policy-document',
            '--policy-text',
            '--policy',
            '--resource-policy',
            '--attribute-value'
          ].map((option) => optionValue(words, option))
        )
        .filter((v): v is string => v !== undefined && !v.startsWith('file://'))
      for (const value of inline) expect(() => JSON.parse(value)).not.toThrow()
    }
  )

  test.each(withStatements.map((r) => [r.id, r] as [string, Remedy]))(
    '%s: diff lines are + / - / context',
    (_id, r) => {
      for (const line of r.renderings.diff!.split('\n')) expect(line).toMatch(/^[+\- ]/)
      // Without a current policy the diff adds exactly the statements; with one it is the document.
      const plain = !('currentPolicy' in extra)
      const added = r.renderings
        .diff!.split('\n')
        .map((l) => l.slice(1))
        .join('\n')
      expect(plain ? JSON.parse(`[${added}]`) : null).toEqual(plain ? r.statements : null)
    }
  )
})

test('the identity CLI applies exactly the proposed document', () => {
  const [r] = buildRemedies([everyShape[0]!])
  const [words] = shellCommands(r!.renderings.cli!)
  expect(words!.slice(0, 5)).toEqual(['aws', 'iam', 'put-role-policy', '--role-name', 'gha-deploy'])
  expect(JSON.parse(optionValue(words!, '--policy-document')!)).toEqual({
    Version: '2012-10-17',
    Statement: r!.statements
  })
})

test('Terraform for an ECR repository policy attaches to the repository by name', () => {
  const r = buildRemedies([everyShape[2]!])[0]!
  const parsed = hclParse(r.renderings.terraform!) as {
    resource: Record<string, Record<string, { repository: string }[]>>
  }
  const [policy] = Object.values(parsed.resource.aws_ecr_repository_policy!)
  expect(policy![0]!.repository).toBe('team/app')
})

test('a Lambda layer gets add-layer-version-permission with the caller account', () => {
  const r = buildRemedies([everyShape[9]!])[0]!
  const [words] = shellCommands(r.renderings.cli!)
  expect(words!.slice(0, 3)).toEqual(['aws', 'lambda', 'add-layer-version-permission'])
  expect(optionValue(words!, '--layer-name')).toBe('sharp')
  expect(optionValue(words!, '--version-number')).toBe('3')
  expect(optionValue(words!, '--principal')).toBe('444455556666')
})

describe('log values cannot break out of a rendering', () => {
  const nasty = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })

  test('shell quoting round-trips any string', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        expect(shellWords(`aws x --v ${shellQuote(value)}`)).toEqual(['aws', 'x', '--v', value])
      })
    )
  })

  test('HCL strings round-trip any string, templates included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          fc.constantFrom('${var.x}', '%{ if true }x%{ endif }', '"\\', '$${', 'a\nb')
        ),
        (value) => {
          const parsed = hclParse(`locals {\n  v = ${hclString(value)}\n}\n`) as {
            locals: { v: string }[]
          }
          // HCL normalises string literals to NFC (its specification says so): compare likewise.
          expect(parsed.locals[0]!.v).toBe(value.normalize('NFC'))
        }
      ),
      { numRuns: 60 }
    )
  })

  test('TypeScript strings round-trip any string', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        const code = `const v = ${tsString(value)}`
        expect(tsSyntaxErrors(code)).toEqual([])
        expect(tsStringLiterals(code)).toEqual([value])
      })
    )
  })

  /** The remedy for an ECR token refused to a role of this name. */
  const remedyForRole = (name: string, principal?: string) =>
    buildRemedies([
      makeFinding({
        action: 'ecr:GetAuthorizationToken',
        ...(principal ? { principal } : {}),
        resource: '*',
        fixTarget: {
          kind: 'identity-policy',
          principalArn: `arn:aws:iam::444455556666:role/${name}`,
          principalType: 'role',
          principalName: name,
          principalAccount: '444455556666'
        }
      })
    ])[0]!

  // No IAM name holds whitespace: a name with some is a mask and becomes a placeholder (h26-010),
  // so the hostile name here carries every other shell, HCL and TypeScript metacharacter.
  test('a hostile role name stays a value in every rendering', () => {
    const evil = `x';rm$IFS-rf$IFS/#\${jndi}"\`$(id)\\`
    const r = remedyForRole(evil, `arn:aws:sts::444455556666:assumed-role/${evil}/s`)
    const [words] = shellCommands(r.renderings.cli!)
    expect(optionValue(words!, '--role-name')).toBe(evil)
    const tf = hclParse(r.renderings.terraform!) as {
      resource: Record<string, Record<string, { role: string }[]>>
    }
    const [attach] = Object.values(tf.resource.aws_iam_role_policy!)
    expect(attach![0]!.role).toBe(evil)
    expect(tsSyntaxErrors(r.renderings.cdk!)).toEqual([])
    expect(tsStringLiterals(r.renderings.cdk!)).toContain(evil)
  })

  test('a role name holding whitespace (a mask or a newline) is never pasted: a placeholder', () => {
    const r = remedyForRole(`x'; rm -rf / #\nbad`)
    const [words] = shellCommands(r.renderings.cli!)
    expect(optionValue(words!, '--role-name')).toBe('<CALLER_ROLE_NAME>')
    expect(r.renderings.cli).not.toContain('rm -rf')
  })
})
