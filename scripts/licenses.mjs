// dist/licenses.txt from what ncc actually bundled: every module of every compilation is traced
// to the package that holds it, and that package's licence and notice files are copied in full.
// (ncc's own licence option skips the ES-module packages it concatenates: @actions, @octokit...)
import fs from 'node:fs'
import path from 'node:path'

/** Absolute file paths of every module in a webpack compilation (concatenated ones included). */
function modulePaths(stats) {
  const paths = new Set()
  const visit = (module) => {
    if (module.resource) paths.add(module.resource.split('?')[0])
    for (const inner of module.modules ?? []) visit(inner)
  }
  for (const module of stats.compilation.modules) visit(module)
  return paths
}

/** The package directory holding a file under node_modules, or null for our own sources. */
function packageDir(file) {
  const marker = `${path.sep}node_modules${path.sep}`
  const at = file.lastIndexOf(marker)
  if (at < 0) return null
  const rest = file.slice(at + marker.length).split(path.sep)
  const depth = rest[0].startsWith('@') ? 2 : 1
  return file.slice(0, at + marker.length) + rest.slice(0, depth).join(path.sep)
}

/** name@version → { name, version, license, dir } for every bundled package. */
export function bundledPackages(statsList) {
  const packages = new Map()
  for (const stats of statsList) {
    for (const file of modulePaths(stats)) {
      const dir = packageDir(file)
      if (!dir) continue
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
      const license =
        typeof manifest.license === 'string'
          ? manifest.license
          : (manifest.license?.type ??
            manifest.licenses?.map((l) => l.type).join(' OR ') ??
            'UNKNOWN')
      packages.set(`${manifest.name}@${manifest.version}`, {
        name: manifest.name,
        version: manifest.version,
        license,
        dir
      })
    }
  }
  return [...packages.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name)
  )
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i

/** One block per package: name, version, SPDX id, then its licence files verbatim. */
export function licenceText(packages) {
  return packages
    .map((p) => {
      const files = fs
        .readdirSync(p.dir)
        .filter((f) => LICENCE_FILE.test(f))
        .sort()
      const texts = files.map((f) => fs.readFileSync(path.join(p.dir, f), 'utf8').trim())
      const body =
        texts.length > 0 ? texts.join('\n\n') : `(no licence file; package.json says ${p.license})`
      return `${p.name}@${p.version}\n${p.license}\n${body}\n`
    })
    .join('\n')
}
