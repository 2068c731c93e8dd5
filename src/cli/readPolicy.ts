// The --current-policy document, and the plain words for a file the CLI cannot read.
import fs from 'node:fs'
import { UsageError } from './options.js'
import { errorMessage } from '../common/errorMessage.js'

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied'
}

/** The same plain words for any file the CLI cannot read (logs and --current-policy alike). */
export function cannotRead(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const known = code && Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : undefined
  return new UsageError(`cannot read ${file}: ${known ?? errorMessage(error)}`)
}

export function readPolicy(file: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw cannotRead(file, error)
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new UsageError(`${file} is not a JSON policy document`)
  }
}
