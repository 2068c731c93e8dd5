// A denial's surroundings as the scanner hands them to the inference rules (src/infer), for unit
// tests that call a rule directly: the line, the text before and after it, and nothing else seen.
import type { LogContext } from '../../src/model/Inferred.js'

export function logContext(line: string, before = '', after = ''): LogContext {
  return { line, before, after, command: null, roleToAssume: null, callerArn: null }
}
