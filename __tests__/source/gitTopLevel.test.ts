// The default --repo: the real git asked about real directories.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gitTopLevel } from '../../src/source/gitTopLevel.js'

let tmp: string
// Stops git from walking above the temporary folder into whatever tree holds it.
const env = () => ({ ...process.env, GIT_CEILING_DIRECTORIES: tmp })

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-git-')))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('gitTopLevel', () => {
  it('is the work tree root from a folder inside it', () => {
    const repo = path.join(tmp, 'repo')
    fs.mkdirSync(path.join(repo, 'infra', 'iam'), { recursive: true })
    execFileSync('git', ['init', '-q'], { cwd: repo })
    expect(gitTopLevel(path.join(repo, 'infra', 'iam'), env())).toBe(repo)
  })

  it('is null outside a work tree', () => {
    const plain = path.join(tmp, 'plain')
    fs.mkdirSync(plain)
    expect(gitTopLevel(plain, env())).toBeNull()
  })

  it('is null when the folder does not exist or git cannot run', () => {
    expect(gitTopLevel(path.join(tmp, 'missing'), env())).toBeNull()
    expect(gitTopLevel(tmp, { ...env(), PATH: path.join(tmp, 'no-bin') })).toBeNull()
  })

  // A stand-in git that answers a fixed folder and counts its calls: the real one could not show
  // whether it was asked.
  function fakeGit(): { env: NodeJS.ProcessEnv; calls: () => number } {
    const bin = fs.mkdtempSync(path.join(tmp, 'bin-'))
    const log = path.join(bin, 'calls')
    fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho x >> '${log}'\necho /somewhere\n`, {
      mode: 0o755
    })
    const calls = () =>
      fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').length - 1 : 0
    return { env: { ...env(), PATH: bin, GIT_DIR: '', GIT_WORK_TREE: '' }, calls }
  }

  it('does not start git where no folder from here up holds a .git', () => {
    const plain = path.join(tmp, 'plain-too', 'deep')
    fs.mkdirSync(plain, { recursive: true })
    const git = fakeGit()
    expect(gitTopLevel(plain, git.env)).toBeNull()
    expect(git.calls()).toBe(0)
  })

  it('asks git below a .git folder or file, and wherever GIT_DIR or GIT_WORK_TREE is set', () => {
    const tree = path.join(tmp, 'tree')
    fs.mkdirSync(path.join(tree, '.git'), { recursive: true })
    fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true })
    const worktree = path.join(tmp, 'worktree')
    fs.mkdirSync(worktree)
    fs.writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere\n')
    const plain = path.join(tmp, 'plain-three')
    fs.mkdirSync(plain)
    const git = fakeGit()
    expect(gitTopLevel(path.join(tree, 'a', 'b'), git.env)).toBe('/somewhere')
    expect(gitTopLevel(worktree, git.env)).toBe('/somewhere')
    expect(gitTopLevel(plain, { ...git.env, GIT_DIR: path.join(tree, '.git') })).toBe('/somewhere')
    expect(gitTopLevel(plain, { ...git.env, GIT_WORK_TREE: tree })).toBe('/somewhere')
    expect(git.calls()).toBe(4)
  })
})
