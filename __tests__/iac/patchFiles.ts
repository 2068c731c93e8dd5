// Locates a remedy in in-memory files, checks its patch with `git apply --check` in a real
// repository, applies it and returns the new file.
import { at } from '../support/at.js'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { locateRemedies } from '../../src/iac/index.js'
import type { IacLocation, PolicyStatement, Remedy } from '../../src/model/Remedy.js'

export const BUCKET = 'arn:aws:s3:::acme-artifacts/*'

export function allow(action: string | string[], resource = BUCKET, extra = {}): PolicyStatement {
  return { Sid: 'WhydeniedFix', Effect: 'Allow', Action: action, Resource: resource, ...extra }
}

export function roleRemedy(role: string, statements: PolicyStatement[]): Remedy {
  return {
    id: `identity-policy:role/${role}`,
    target: {
      kind: 'identity-policy',
      owner: 'you',
      description: `the identity policy of role ${role}`,
      principalArn: `arn:aws:iam::111122223333:role/${role}`,
      principalType: 'role',
      principalName: role,
      rolePathUnknown: true,
      principalAccount: '111122223333',
      resourceArn: null,
      resourceAccount: null,
      policyArn: null
    },
    findings: [0],
    statements,
    notes: [],
    renderings: {}
  }
}

/** Locates, checks the patch with `git apply --check`, applies it and returns the new file. */
export async function patch(
  files: Record<string, string>,
  remedy: Remedy,
  which = 0
): Promise<{ loc: IacLocation; before: string; after: string }> {
  const located = await locateRemedies(
    [remedy],
    Object.entries(files).map(([p, text]) => ({ path: p, text }))
  )
  const loc = at(at(located).locations, which)
  expect(loc.patch).toBeTruthy()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-merge-'))
  try {
    for (const [p, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(tmp, p)), { recursive: true })
      fs.writeFileSync(path.join(tmp, p), text)
    }
    const git = (...args: string[]) => execFileSync('git', args, { cwd: tmp, stdio: 'pipe' })
    git('init', '-q')
    fs.writeFileSync(path.join(tmp, 'fix.patch'), loc.patch!)
    git('apply', '--check', 'fix.patch')
    git('apply', 'fix.patch')
    return {
      loc,
      before: files[loc.file] ?? '',
      after: fs.readFileSync(path.join(tmp, loc.file), 'utf8')
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
