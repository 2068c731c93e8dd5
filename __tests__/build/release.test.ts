// `npm run release -- X.Y.Z` (scripts/release.mjs) run for real in a throwaway git repository
// holding a minimal copy of this one: the real CHANGELOG.md, package.json and package-lock.json,
// with a tiny build script standing in for ncc so "dist/ is a fresh build" can be made false.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BUILD = `import fs from 'node:fs'
fs.mkdirSync('dist', { recursive: true })
fs.writeFileSync('dist/index.js', '// built from ' + fs.readFileSync('src/index.txt', 'utf8'))
`

let dir = ''
let env: NodeJS.ProcessEnv = {}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim()
}

function release(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/release.mjs', ...args], {
    cwd: dir,
    env,
    encoding: 'utf8'
  })
}

function read(file: string): string {
  return fs.readFileSync(path.join(dir, file), 'utf8')
}

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), text)
}

function version(file: string): { top: string; root: string | undefined } {
  const json = JSON.parse(read(file)) as {
    version: string
    packages?: Record<string, { version: string }>
  }
  return { top: json.version, root: json.packages?.['']?.version }
}

function commitChange(entry: string) {
  write(
    'CHANGELOG.md',
    read('CHANGELOG.md').replace(
      '## [Unreleased]\n',
      `## [Unreleased]\n\n### Fixed\n\n- ${entry}\n`
    )
  )
  git('commit', '-qam', entry)
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-release-'))
  const gitconfig = path.join(dir, '..', `${path.basename(dir)}.gitconfig`)
  fs.writeFileSync(gitconfig, '')
  env = {
    PATH: process.env.PATH,
    GIT_CONFIG_GLOBAL: gitconfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Release Test',
    GIT_AUTHOR_EMAIL: 'release@example.invalid',
    GIT_COMMITTER_NAME: 'Release Test',
    GIT_COMMITTER_EMAIL: 'release@example.invalid'
  }
  for (const file of [
    'scripts/release.mjs',
    'scripts/changelog.mjs',
    'CHANGELOG.md',
    'package-lock.json',
    '.gitattributes'
  ]) {
    write(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  pkg.scripts.build = 'node build.mjs'
  write('package.json', `${JSON.stringify(pkg, null, 2)}\n`)
  write('build.mjs', BUILD)
  write('src/index.txt', 'one\n')
  execFileSync(process.execPath, ['build.mjs'], { cwd: dir })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'Initial')
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(`${dir}.gitconfig`, { force: true })
})

describe('npm run release', () => {
  it('bumps both version fields, moves Unreleased under the version, commits and tags', () => {
    const unreleased = read('CHANGELOG.md').split('## [Unreleased]\n')[1] ?? ''
    const firstEntry = /^- .*$/m.exec(unreleased)?.[0] ?? ''
    expect(firstEntry).not.toBe('')

    const result = release('1.0.0')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)

    expect(version('package.json').top).toBe('1.0.0')
    expect(version('package-lock.json')).toEqual({ top: '1.0.0', root: '1.0.0' })
    const changelog = read('CHANGELOG.md')
    const released = /^## \[1\.0\.0\] - (\d{4}-\d{2}-\d{2})$/m.exec(changelog)
    expect(released?.[1]).toBe(new Date().toISOString().slice(0, 10))
    // Unreleased stays, empty, above the new section, which holds what Unreleased held.
    expect(changelog.indexOf('## [Unreleased]')).toBeLessThan(changelog.indexOf('## [1.0.0]'))
    expect(changelog.split('## [Unreleased]')[1]?.split('## [1.0.0]')[0]?.trim()).toBe('')
    expect(changelog.split('## [1.0.0]')[1]).toContain(firstEntry)
    expect(changelog).toContain(
      '[Unreleased]: https://github.com/whydenied/whydenied/compare/v1.0.0...HEAD\n' +
        '[1.0.0]: https://github.com/whydenied/whydenied/releases/tag/v1.0.0'
    )

    const head = git('rev-parse', 'HEAD')
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.0.0')
    expect(git('cat-file', '-t', 'v1.0.0')).toBe('tag')
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(head)
    expect(git('rev-parse', 'v1^{commit}')).toBe(head)
    expect(git('status', '--porcelain')).toBe('')
    // Nothing is pushed: the commands are printed for a person to run.
    expect(git('remote')).toBe('')
    expect(result.stdout).toContain('git push origin main v1.0.0')
    expect(result.stdout).toContain('git push --force origin v1')
  })

  it('moves the major tag to the newest release and links the versions it compares', () => {
    expect(release('1.0.0').status).toBe(0)
    const first = git('rev-parse', 'HEAD')
    commitChange('A comment no longer repeats itself.')
    const result = release('v1.1.0')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)

    const second = git('rev-parse', 'HEAD')
    expect(second).not.toBe(first)
    expect(git('rev-parse', 'v1^{commit}')).toBe(second)
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first)
    const changelog = read('CHANGELOG.md')
    expect(changelog.split('## [1.1.0]')[1]?.split('## [1.0.0]')[0]).toContain(
      '- A comment no longer repeats itself.'
    )
    expect(changelog).toContain(
      '[1.1.0]: https://github.com/whydenied/whydenied/compare/v1.0.0...v1.1.0'
    )
    expect(changelog).toContain(
      '[1.0.0]: https://github.com/whydenied/whydenied/releases/tag/v1.0.0'
    )
    expect(changelog.match(/^\[Unreleased\]: /gm)).toHaveLength(1)
  })

  it('refuses a dirty tree and changes nothing', () => {
    write('notes.txt', 'not committed\n')
    const result = release('1.0.0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('uncommitted changes')
    expect(git('tag')).toBe('')
    expect(version('package.json').top).toBe('0.1.0')
  })

  it('refuses a dist/ that differs from a fresh build, and leaves dist/ as committed', () => {
    write('src/index.txt', 'two\n')
    git('commit', '-qam', 'Source changed, dist not rebuilt')
    const result = release('1.0.0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('dist/ differs from a fresh build')
    expect(git('status', '--porcelain')).toBe('')
    expect(read('dist/index.js')).toBe('// built from one\n')
    expect(git('tag')).toBe('')

    // --trust-dist skips the build (for a tree CI has just checked).
    expect(release('1.0.0', '--trust-dist').status).toBe(0)
    expect(git('tag', '--list', 'v1.0.0')).toBe('v1.0.0')
  })

  it.each([
    [['1.0'], 'usage: npm run release -- X.Y.Z'],
    [[], 'usage: npm run release -- X.Y.Z'],
    [['1.0.0', '2.0.0'], 'usage: npm run release -- X.Y.Z'],
    [['1.0.0', '--push'], 'unknown option --push'],
    [['0.1.0'], 'is not newer than'],
    [['0.0.9'], 'is not newer than']
  ])('refuses %j', (args, message) => {
    const result = release(...args)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(message)
    expect(git('tag')).toBe('')
    expect(git('log', '--format=%s')).toBe('Initial')
  })

  it('refuses an existing tag and an empty Unreleased section', () => {
    expect(release('1.0.0').status).toBe(0)
    const again = release('1.0.1')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('lists no change')
    expect(version('package.json').top).toBe('1.0.0')
    expect(git('status', '--porcelain')).toBe('')

    git('tag', 'v1.0.2')
    commitChange('Something.')
    const tagged = release('1.0.2')
    expect(tagged.status).toBe(1)
    expect(tagged.stderr).toContain('tag v1.0.2 already exists')
  })
})
