// Jest's global setup: a folder for this run only, where the first test file that needs the
// whole-corpus pass leaves it for the others (__tests__/support/corpusPass.ts). Workers are started
// after this runs, so they inherit the variable. A mutation run (stryker.config.mjs) turns it off.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function globalSetup() {
  if (process.env.WHYDENIED_CORPUS_PASS === 'off') return
  process.env.WHYDENIED_CORPUS_PASS_DIR = fs.mkdtempSync(
    path.join(os.tmpdir(), 'whydenied-corpus-')
  )
}
