#!/usr/bin/env node
// npm run release -- X.Y.Z [--trust-dist]
//
// Prepares a release on the current branch: refuses a dirty tree or a dist/ that differs from a
// fresh build (users run the committed bundle, so a tag must never point at a stale one), sets
// the version in package.json and package-lock.json, moves CHANGELOG.md's Unreleased section
// under the version, commits, tags vX.Y.Z and moves the major tag vX to it. It never pushes: it
// prints the push commands, so a maintainer looks before anything is public.
// --trust-dist skips the fresh build (tests, or a tree just built by CI).
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { releaseChangelog, repositoryUrl } from './changelog.mjs'

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

function fail(message) {
  console.error(`release: ${message}`)
  process.exit(1)
}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

function newer(a, b) {
  const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)]
  if (!x || !y) return true
  for (let i = 1; i <= 3; i++) {
    if (Number(x[i]) !== Number(y[i])) return Number(x[i]) > Number(y[i])
  }
  return false
}

const args = process.argv.slice(2)
const trustDist = args.includes('--trust-dist')
const unknown = args.filter((a) => a.startsWith('-') && a !== '--trust-dist')
const positional = args.filter((a) => !a.startsWith('-'))
if (unknown.length > 0) fail(`unknown option ${unknown[0]} (usage: npm run release -- X.Y.Z)`)
const version = positional[0]?.replace(/^v/, '')
if (positional.length !== 1 || !version || !SEMVER.test(version)) {
  fail('usage: npm run release -- X.Y.Z [--trust-dist]')
}
const major = `v${SEMVER.exec(version)[1]}`
const tag = `v${version}`

let root
try {
  root = git('rev-parse', '--show-toplevel')
} catch {
  fail('not inside a git repository')
}
process.chdir(root)

if (git('status', '--porcelain', '--untracked-files=all') !== '') {
  fail('the working tree has uncommitted changes: commit or stash them first')
}
if (git('tag', '--list', tag) !== '') fail(`tag ${tag} already exists`)

const pkgFile = path.join(root, 'package.json')
const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'))
if (!newer(version, pkg.version)) fail(`${version} is not newer than package.json's ${pkg.version}`)

if (!trustDist) {
  const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) fail('npm run build failed')
  const stale = git('status', '--porcelain', '--untracked-files=all', '--', 'dist')
  if (stale !== '') {
    // Leave the tree as it was: the maintainer rebuilds and commits on purpose.
    git('checkout', '--', 'dist')
    git('clean', '-fdq', '--', 'dist')
    fail(
      `dist/ differs from a fresh build: run npm run build, commit dist/, then release\n${stale}`
    )
  }
}

const changelogFile = path.join(root, 'CHANGELOG.md')
let changelog
try {
  const date = new Date().toISOString().slice(0, 10)
  changelog = releaseChangelog(fs.readFileSync(changelogFile, 'utf8'), {
    version,
    date,
    repoUrl: repositoryUrl(pkg)
  })
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

// JSON.stringify with two spaces is how npm writes both files; the key order is kept.
pkg.version = version
fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`)
const lockFile = path.join(root, 'package-lock.json')
const changed = ['package.json', 'CHANGELOG.md']
if (fs.existsSync(lockFile)) {
  const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'))
  lock.version = version
  if (lock.packages?.['']) lock.packages[''].version = version
  fs.writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`)
  changed.push('package-lock.json')
}
fs.writeFileSync(changelogFile, changelog)

git('add', '--', ...changed)
git('commit', '-q', '-m', `Release ${tag}`)
git('tag', '-a', tag, '-m', `whydenied ${tag}`)
// The major tag is what workflows pin (uses: whydenied/whydenied@v1): it follows the newest
// release of that major, so it is a plain tag on the commit, moved with force.
git('tag', '-f', major, `${tag}^{commit}`)

const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
console.log(`Released ${tag} on ${branch} (${major} moved to it). Nothing is pushed; to publish:

  git push origin ${branch} ${tag}
  git push --force origin ${major}
`)
