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
})
