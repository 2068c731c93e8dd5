// scripts/release.mjs against a small temporary git repository: it bumps, tags vX.Y.Z, moves the
// major tag, and refuses a dirty tree, a stale dist/, a version that is not newer.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(new URL('../../scripts/release.mjs', import.meta.url))

let repo: string
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()

function release(version: string, build = 'true') {
  return spawnSync(process.execPath, [SCRIPT, version], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: repo,
      WHYDENIED_RELEASE_BUILD: build,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.test',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.test'
    }
  })
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-release-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.name', 't')
  git('config', 'user.email', 't@example.test')
  git('config', 'commit.gpgsign', 'false')
  git('config', 'tag.gpgsign', 'false')
  fs.writeFileSync(
    path.join(repo, 'package.json'),
    JSON.stringify({ name: 'whydenied', version: '1.2.3' }, null, 2) + '\n'
  )
  fs.writeFileSync(
    path.join(repo, 'package-lock.json'),
    JSON.stringify({ version: '1.2.3', packages: { '': { version: '1.2.3' } } }, null, 2) + '\n'
  )
  fs.writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n- a fix\n')
  fs.mkdirSync(path.join(repo, 'dist'))
  fs.writeFileSync(path.join(repo, 'dist', 'index.js'), 'built\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'init')
  git('tag', '-a', 'v1', '-m', 'old major')
})
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }))

describe('npm run release -- X.Y.Z', () => {
  it('bumps the version, dates the changelog, tags vX.Y.Z and moves vX to it', () => {
    const r = release('1.3.0')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version).toBe(
      '1.3.0'
    )
    const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8'))
    expect([lock.version, lock.packages[''].version]).toEqual(['1.3.0', '1.3.0'])
    expect(fs.readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8')).toMatch(
      /## Unreleased\n\n## 1\.3\.0 - \d{4}-\d{2}-\d{2}\n\n- a fix/
    )
    const head = git('rev-parse', 'HEAD')
    expect(git('rev-parse', 'v1.3.0^{commit}')).toBe(head)
    expect(git('rev-parse', 'v1^{commit}')).toBe(head)
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.3.0')
    expect(git('status', '--porcelain')).toBe('')
    expect(r.stdout).toContain('git push --force origin v1')
  })

  it('refuses a dist/ that is not a fresh build, and leaves the tree as it was', () => {
    const r = release('1.3.0', 'echo rebuilt > dist/index.js')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/dist\/ is not a fresh build/)
    expect(git('status', '--porcelain')).toBe('')
    expect(git('tag', '--list', 'v1.3.0')).toBe('')
  })

  it.each([
    ['1.3', /usage: npm run release -- X\.Y\.Z/],
    ['1.2.3', /not newer than the current 1\.2\.3/],
    ['1.1.9', /not newer/]
  ])('refuses %s', (version, message) => {
    const r = release(version)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(git('log', '--format=%s')).toBe('init')
  })

  it('refuses a working tree with changes', () => {
    fs.writeFileSync(path.join(repo, 'CHANGELOG.md'), '# edited\n')
    const r = release('2.0.0')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/working tree has changes/)
    expect(git('tag', '--list', 'v2*')).toBe('')
  })
})
