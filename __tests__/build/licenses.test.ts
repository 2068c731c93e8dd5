// dist/licenses.txt covers every package the bundles hold (run `npm run build` first, as for the
// e2e tests: a stale dist/ fails here rather than being skipped).
import fs from 'node:fs'
import path from 'node:path'
import { DIST, listedPackages, ROOT } from './bundled.js'

describe('dist/licenses.txt', () => {
  const packages = new Map(listedPackages().map((p) => [p.name, p.licence]))

  it('names every package whose modules the bundles carry', () => {
    const bundled = new Set<string>()
    for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(DIST, file), 'utf8')
      // ncc marks concatenated ES modules with their path; CommonJS ones keep their package.json reads.
      for (const [, name] of code.matchAll(/node_modules\/(@[\w.-]+\/[\w.-]+|[\w.-]+)\//g))
        if (name) bundled.add(name)
    }
    expect(bundled.size).toBeGreaterThan(10)
    expect([...bundled].filter((name) => !packages.has(name))).toEqual([])
  })

  it('names every runtime dependency, @actions and @octokit among them', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    for (const name of Object.keys(manifest.dependencies)) expect(packages.has(name)).toBe(true)
    for (const name of ['@actions/http-client', '@octokit/core', '@octokit/request', 'undici']) {
      expect(packages.has(name)).toBe(true)
    }
  })

  it('holds only permissive licences', () => {
    const allowed =
      /^(MIT|ISC|Apache-2\.0|BSD-2-Clause|BSD-3-Clause|0BSD|BlueOak-1\.0\.0|Unlicense)$/
    const other = [...packages].filter(([, licence]) => !allowed.test(licence))
    expect(other).toEqual([])
  })
})
