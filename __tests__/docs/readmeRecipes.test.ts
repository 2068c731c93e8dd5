// The workflow recipes in the README are what users paste: they must be valid YAML, pin the
// current major of every action they show, resolve comments (a `files` scan that runs only on
// failure never sees the clean run), and ask only for permissions that exist.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')

// Majors checked against each action's releases (December 2026); dependabot keeps our own
// workflows current, this table keeps the README in step with them.
const CURRENT: Record<string, string> = {
  'actions/checkout': 'v6',
  'actions/upload-artifact': 'v6',
  'aws-actions/configure-aws-credentials': 'v5',
  'whydenied/whydenied': 'v1'
}

// The GITHUB_TOKEN permission scopes GitHub documents, and their levels.
const SCOPES = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses'
])

type Step = { uses?: string; if?: string; with?: Record<string, unknown> }

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '')
}

function parsed(): unknown[] {
  return yamlBlocks(README).map((block) => {
    const docs = parseAllDocuments(block)
    for (const doc of docs) expect(doc.errors).toEqual([])
    return docs[0]?.toJS() as unknown
  })
}

// Every object in a block that has `uses:` is a step, wherever the recipe nests it.
function steps(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(steps)
  if (node === null || typeof node !== 'object') return []
  const here = 'uses' in node ? [node as Step] : []
  return [...here, ...Object.values(node).flatMap(steps)]
}

function permissions(node: unknown): Record<string, string>[] {
  if (Array.isArray(node)) return node.flatMap(permissions)
  if (node === null || typeof node !== 'object') return []
  const own = (node as { permissions?: unknown }).permissions
  const here = own && typeof own === 'object' ? [own as Record<string, string>] : []
  return [...here, ...Object.values(node).flatMap(permissions)]
}

describe('README workflow recipes', () => {
  const blocks = parsed()
  const all = blocks.flatMap(steps)

  it('are many, and parse as YAML', () => {
    expect(blocks.length).toBeGreaterThan(5)
    expect(all.length).toBeGreaterThan(8)
  })

  it('pin the current major of every action they show', () => {
    const used = all.map((step) => step.uses ?? '').filter((uses) => !uses.startsWith('./'))
    for (const uses of used) {
      const [name, ref] = uses.split('@')
      expect({ uses, pinned: CURRENT[name ?? ''] }).toEqual({ uses, pinned: ref })
    }
    expect(new Set(used.map((u) => u.split('@')[0]))).toEqual(new Set(Object.keys(CURRENT)))
  })

  it('run a files scan on every outcome but cancellation, so a clean run resolves the comment', () => {
    const scans = all.filter((step) => step.uses?.startsWith('whydenied/') && step.with?.files)
    expect(scans.length).toBeGreaterThan(0)
    for (const scan of scans) expect(scan.if).toBe('${{ !cancelled() }}')
  })

  it('keep if: failure() for the OIDC check only (it follows a step that stops the job)', () => {
    const onFailure = all.filter(
      (step) => step.uses?.startsWith('whydenied/') && /failure\(\)/.test(step.if ?? '')
    )
    for (const step of onFailure) expect(step.with?.['role-to-assume']).toBeDefined()
  })

  it('name matrix legs apart with job-name from the matrix values', () => {
    const named = all.filter((step) =>
      String(step.with?.['job-name'] ?? '').includes('${{ matrix.')
    )
    expect(named.length).toBeGreaterThan(0)
  })

  it('ask only for permissions GitHub has, at a level it knows', () => {
    const asked = blocks.flatMap(permissions)
    expect(asked.length).toBeGreaterThan(2)
    for (const block of asked) {
      for (const [scope, level] of Object.entries(block)) {
        expect({ scope, known: SCOPES.has(scope) }).toEqual({ scope, known: true })
        expect(['read', 'write', 'none']).toContain(level)
      }
    }
  })
})

describe('README install and release instructions', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    name: string
    bin: Record<string, string>
    scripts: Record<string, string>
    repository: { url: string }
    files: string[]
  }

  it('install the CLI from this repository, not from an npx name nobody owns', () => {
    const repo = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(pkg.repository.url)?.[1]
    expect(repo).toBeDefined()
    expect(README).toContain(`npm install -g github:${repo}#v1`)
    expect(README).not.toMatch(/npx (-y |--yes )?whydenied(?!\s+examples)/)
    // The tarball and the git install both ship the committed bundle the bin points at.
    expect(pkg.files).toContain('dist')
    expect(Object.values(pkg.bin)).toEqual(['dist/cli.js'])
  })

  it('name only npm scripts that exist', () => {
    const named = [...README.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1] ?? '')
    expect(named).toEqual(expect.arrayContaining(['release', 'build', 'format:check']))
    for (const script of named)
      expect({ script, exists: script in pkg.scripts }).toEqual({ script, exists: true })
  })
})
