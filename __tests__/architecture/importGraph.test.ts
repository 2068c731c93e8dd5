// The import graph of src/, read with TypeScript's own pre-processor: no file imports a room
// above its own floor, and no import loop exists. A move that breaks either fails here.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))

/**
 * The rooms each room may import from (its own room always). The core rooms never reach the
 * adapters (action, cli, source); the adapters and entry points sit on top.
 */
const MAY_IMPORT: Record<string, string[]> = {
  common: [],
  model: ['common'],
  catalog: ['common', 'model'],
  parse: ['common', 'model', 'catalog'],
  scan: ['common', 'model', 'catalog', 'parse'],
  diagnose: ['common', 'model', 'catalog'],
  // Inference from the log around a denial (src/infer): pure rules over plain data.
  infer: ['common', 'model', 'catalog'],
  decode: ['common', 'model', 'catalog', 'diagnose'],
  remedy: ['common', 'model', 'catalog'],
  // The OIDC doctor: pure evaluation and causes, plus its STS adapter (as decode has its own).
  oidc: ['common', 'model', 'catalog', 'decode', 'remedy'],
  report: ['common', 'model', 'catalog'],
  // Locating a remedy's target in the repository's IaC; renders statements as remedy does.
  iac: ['common', 'model', 'remedy'],
  engine: ['common', 'model', 'catalog', 'parse', 'scan', 'infer', 'diagnose', 'decode', 'remedy'],
  // The catalog's file reader (src/source/iamCatalogFile.ts) implements the catalog's port.
  source: ['common', 'model', 'catalog', 'engine'],
  cli: [
    'common',
    'model',
    'catalog',
    'parse',
    'scan',
    'infer',
    'diagnose',
    'decode',
    'remedy',
    'oidc',
    'report',
    'engine',
    'source',
    'iac'
  ],
  action: [
    'common',
    'model',
    'catalog',
    'parse',
    'scan',
    'infer',
    'diagnose',
    'decode',
    'remedy',
    'oidc',
    'report',
    'engine',
    'source',
    'iac'
  ],
  // Entry points (src/index.ts, src/cli.ts, src/scanWorker.ts).
  '.': ['common', 'action', 'catalog', 'cli', 'engine', 'source', 'model']
}

const CORE = [
  'common',
  'scan',
  'parse',
  'infer',
  'diagnose',
  'remedy',
  'report',
  'engine',
  'model',
  'catalog',
  'iac'
]
const ADAPTERS = ['action', 'cli', 'source']

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Relative imports of each file (static, `export … from`, dynamic), as files under src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    const targets = info.importedFiles
      .map((ref) => ref.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')))
    graph.set(file, targets)
  }
  return graph
}

function roomOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep)
  return parts.length > 1 ? (parts[0] ?? '.') : '.'
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/')

/** Every strongly connected set of more than one file, or a file importing itself. */
function loops(graph: Map<string, string[]>, name: (v: string) => string = rel): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let next = 0
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0))
      }
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w)
      group.push(w)
      if (w === v) break
    }
    if (group.length > 1 || graph.get(v)?.includes(v)) found.push(group.map(name).sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

const graph = importGraph()

test('the graph is read: every room is known and imports resolve to files', () => {
  expect(graph.size).toBeGreaterThan(50)
  for (const [file, targets] of graph) {
    expect(Object.keys(MAY_IMPORT)).toContain(roomOf(file))
    for (const target of targets) expect(graph.has(target) || fs.existsSync(target)).toBe(true)
  }
})

test('no import runs up a floor', () => {
  const upRuns: string[] = []
  for (const [file, targets] of graph) {
    const from = roomOf(file)
    for (const target of targets) {
      const to = roomOf(target)
      if (to !== from && !MAY_IMPORT[from]?.includes(to))
        upRuns.push(`${rel(file)} -> ${rel(target)}`)
    }
  }
  expect(upRuns).toEqual([])
})

test('the core never imports the adapters', () => {
  for (const room of CORE) {
    for (const adapter of ADAPTERS) expect(MAY_IMPORT[room]).not.toContain(adapter)
  }
})

// Files, processes, sockets and threads belong to the adapters: the core is handed what it reads
// (the IAM catalog's bytes included, src/catalog/CatalogBytes.ts).
const IO_MODULES =
  /^(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|http2|dgram|worker_threads|zlib)$/

test('the core imports no I/O module of Node', () => {
  const io: string[] = []
  for (const file of sourceFiles(SRC)) {
    if (!CORE.includes(roomOf(file))) continue
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    for (const ref of info.importedFiles) {
      if (IO_MODULES.test(ref.fileName)) io.push(`${rel(file)} -> ${ref.fileName}`)
    }
  }
  expect(io).toEqual([])
  expect(IO_MODULES.test('node:fs')).toBe(true)
  expect(IO_MODULES.test('node:path')).toBe(false)
})

test('no import loop', () => {
  expect(loops(graph)).toEqual([])
})

// Rooms stack into floors only if the rooms' own graph has no loop either: two rooms importing
// each other through different files make no file loop, but neither room sits above the other.
test('no loop between rooms, in the code or in the table of allowed imports', () => {
  const rooms = new Map<string, string[]>()
  for (const [file, targets] of graph) {
    const from = roomOf(file)
    const to = targets.map(roomOf).filter((room) => room !== from)
    rooms.set(from, [...new Set([...(rooms.get(from) ?? []), ...to])])
  }
  expect(rooms.size).toBeGreaterThan(10)
  const same = (room: string) => room
  expect(loops(rooms, same)).toEqual([])
  expect(loops(new Map(Object.entries(MAY_IMPORT)), same)).toEqual([])
})

test('the loop finder finds a loop and an up-run is reported', () => {
  const a = path.join(SRC, 'x/a.ts')
  const b = path.join(SRC, 'x/b.ts')
  const c = path.join(SRC, 'x/c.ts')
  const fake = new Map([
    [a, [b]],
    [b, [c]],
    [c, [a]]
  ])
  expect(loops(fake)).toEqual([['x/a.ts', 'x/b.ts', 'x/c.ts']])
  expect(loops(new Map([[a, [a]]]))).toEqual([['x/a.ts']])
  expect(
    loops(
      new Map([
        [a, [b]],
        [b, []]
      ])
    )
  ).toEqual([])
  expect(
    loops(
      new Map([
        ['parse', ['scan']],
        ['scan', ['parse', 'model']],
        ['model', []]
      ]),
      (room) => room
    )
  ).toEqual([['parse', 'scan']])
})
