// The `current-policy` input: a path or glob in the checkout naming the target's policy document,
// as the CLI's --current-policy. Read after the command ran (it may have fetched the document),
// so a problem is a warning: the command's result and the findings are never lost over it.
import fs from 'node:fs'
import { errorMessage } from '../common/errorMessage.js'
import { expandPatterns } from '../source/readFiles.js'

export async function readCurrentPolicy(
  pattern: string,
  workspace: string,
  warn: (message: string) => void
): Promise<unknown> {
  if (!pattern) return undefined
  try {
    const files = await expandPatterns(pattern, workspace)
    const [file] = files
    if (!file || files.length !== 1) {
      const names = files
        .slice(0, 3)
        .map((f) => f.name)
        .join(', ')
      warn(
        `whydenied: current-policy matches ${files.length} files (${names}${files.length > 3 ? ', …' : ''}); name one policy document. The fix is shown without it.`
      )
      return undefined
    }
    return JSON.parse(fs.readFileSync(file.path, 'utf8')) as unknown
  } catch (error) {
    const why =
      error instanceof SyntaxError ? 'it is not a JSON policy document' : errorMessage(error)
    warn(`whydenied: cannot use current-policy ${pattern}: ${why}. The fix is shown without it.`)
    return undefined
  }
}
