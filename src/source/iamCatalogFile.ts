// The adapter that reads the committed IAM catalog (src/catalog/iam-catalog.json; ncc copies it
// beside the bundles in dist/ because this `new URL(…, import.meta.url)` names it).
import fs from 'node:fs'
import type { CatalogBytes } from '../catalog/CatalogBytes.js'

/** Random-access reads of a catalog file; opened once per lookup or index pass. */
export function catalogFileBytes(path: URL | string): CatalogBytes {
  const name = String(path)
  return {
    name,
    open() {
      let fd: number
      try {
        fd = fs.openSync(path, 'r')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error'
        throw new Error(`the IAM catalog ${name} cannot be read (${code})`, { cause: error })
      }
      return {
        read: (into, offset, length, position) => fs.readSync(fd, into, offset, length, position),
        close: () => fs.closeSync(fd)
      }
    }
  }
}

/** The catalog shipped with whydenied. */
export function iamCatalogFile(): CatalogBytes {
  return catalogFileBytes(new URL('../catalog/iam-catalog.json', import.meta.url))
}
