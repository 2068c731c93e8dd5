// What ncc put in the bundles, as dist/licenses.txt lists it (scripts/licenses.mjs writes it from the
// build's own module list), and where each listed package lives in node_modules.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST = path.join(ROOT, 'dist')

export interface Listed {
  name: string
  version: string
  licence: string
}

/** Every `name@version` block of dist/licenses.txt, with the SPDX id on the line after it. */
export function listedPackages(): Listed[] {
  const lines = fs.readFileSync(path.join(DIST, 'licenses.txt'), 'utf8').split('\n')
  return lines.flatMap((line, i) => {
    const m = /^(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)@(\d[\w.+-]*)$/i.exec(line)
    return m?.[1] && m[2] ? [{ name: m[1], version: m[2], licence: lines[i + 1] ?? '' }] : []
  })
}

export interface Manifest {
  name: string
  version: string
  engines?: { node?: string }
}

/**
 * Every package.json under node_modules, nested copies included (two versions of one package can
 * both be bundled), keyed `name@version`.
 */
export function installedManifests(root = path.join(ROOT, 'node_modules')): Map<string, Manifest> {
  const found = new Map<string, Manifest>()
  const visit = (modules: string) => {
    for (const entry of fs.readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue
      const dirs = entry.name.startsWith('@')
        ? fs
            .readdirSync(path.join(modules, entry.name))
            .map((n) => path.join(modules, entry.name, n))
        : [path.join(modules, entry.name)]
      for (const dir of dirs) {
        const file = path.join(dir, 'package.json')
        if (!fs.existsSync(file)) continue
        const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
        found.set(`${manifest.name}@${manifest.version}`, manifest)
        const nested = path.join(dir, 'node_modules')
        if (fs.existsSync(nested)) visit(nested)
      }
    }
  }
  visit(root)
  return found
}

/** Why `theirs` (a bundled package's engines.node) leaves out part of `ours`, or null when it does not. */
export function engineConflict(ours: string, theirs: string | undefined): string | null {
  if (theirs === undefined) return null
  if (semver.validRange(theirs) === null) return `unreadable engines.node "${theirs}"`
  if (semver.subset(ours, theirs)) return null
  const lowest = semver.minVersion(ours)
  const refused = lowest && !semver.satisfies(lowest, theirs) ? ` (refuses ${lowest.version})` : ''
  return `needs node ${theirs}, engines says ${ours}${refused}`
}
