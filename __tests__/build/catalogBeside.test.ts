// The built CLI reads the IAM catalog from beside itself (dist/iam-catalog.json), whatever the
// working directory: a misspelt action is matched against the catalog's spelling.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIST } from './bundled.js'

// The message shape of corpus record d066 with the action misspelt, as a typo in a policy is.
const LOG =
  'An error occurred (AccessDenied) when calling the ListRepositories operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: codecommit:ListRespositories on resource: *\n'

test('dist/cli.js finds the catalog beside it from another directory', () => {
  expect(fs.existsSync(path.join(DIST, 'iam-catalog.json'))).toBe(true)
  const run = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), '--format', 'json'], {
    input: LOG,
    cwd: os.tmpdir(),
    encoding: 'utf8'
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  expect(run.stdout).toContain('codecommit:ListRepositories')
})
