#!/usr/bin/env node
// `npm run release -- X.Y.Z`: bumps the version, checks that the committed dist/ is a fresh build,
// dates the CHANGELOG's Unreleased section, commits, tags vX.Y.Z and moves the major tag vX to it.
// It pushes nothing: it prints the push commands, so a mistake can still be undone locally.
// Works on the repository in the current directory. WHYDENIED_RELEASE_BUILD overrides the build
// command (the test runs it against a small temporary repository).
import { execFileSync, execSync } from 'node:child_process'
import fs from 'node:fs'

const fail = (message) => {
  process.stderr.write(`release: ${message}\n`)
  process.exit(1)
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()

const version = process.argv[2] ?? ''
if (!/^\d+\.\d+\.\d+$/.test(version))
  fail(`usage: npm run release -- X.Y.Z (not ${JSON.stringify(version)})`)
const tag = `v${version}`
const major = `v${version.split('.')[0]}`

if (git('status', '--porcelain') !== '')
  fail('the working tree has changes: commit or stash them first')
if (git('tag', '--list', tag) !== '') fail(`tag ${tag} exists already`)

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}
if (!newer(version, pkg.version)) fail(`${version} is not newer than the current ${pkg.version}`)

// dist/ must be what the sources build to: the tag is what users run.
execSync(process.env.WHYDENIED_RELEASE_BUILD ?? 'npm run -s build', { stdio: 'inherit' })
const stale = git('status', '--porcelain', '--untracked-files=all', '--', 'dist')
if (stale !== '') {
  execFileSync('git', ['checkout', '--', 'dist'])
  execFileSync('git', ['clean', '-fdq', '--', 'dist'])
  fail(`dist/ is not a fresh build of src/: run npm run build and commit dist/ first\n${stale}`)
}

pkg.version = version
fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n')
if (fs.existsSync('package-lock.json')) {
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'))
  lock.version = version
  if (lock.packages?.['']) lock.packages[''].version = version
  fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n')
}
const changelog = fs.readFileSync('CHANGELOG.md', 'utf8')
if (!/^## Unreleased$/m.test(changelog))
  fail('CHANGELOG.md has no "## Unreleased" section to release')
const date = new Date().toISOString().slice(0, 10)
fs.writeFileSync(
  'CHANGELOG.md',
  changelog.replace(/^## Unreleased$/m, `## Unreleased\n\n## ${version} - ${date}`)
)

git(
  'add',
  'package.json',
  'CHANGELOG.md',
  ...(fs.existsSync('package-lock.json') ? ['package-lock.json'] : [])
)
git('commit', '-q', '-m', `Release ${tag}`)
git('tag', '-a', tag, '-m', `whydenied ${tag}`)
// The major tag is what `uses: whydenied/whydenied@v1` resolves: it follows the latest release.
git('tag', '-f', '-a', major, '-m', `whydenied ${tag}`)
process.stdout.write(
  `Released ${tag} (${major} moved to it). Publish with:\n  git push origin HEAD ${tag}\n  git push --force origin ${major}\n`
)
