// Jest's global teardown: the run's folder for the whole-corpus pass goes (see globalSetup.mjs).
import fs from 'node:fs'

export default function globalTeardown() {
  const dir = process.env.WHYDENIED_CORPUS_PASS_DIR
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}
