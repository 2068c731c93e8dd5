// Everything the Action writes goes through here: secrets masked in every message, annotation
// title, output and summary, and log lines that cannot be read as workflow commands (a job name
// from another run's API answer is attacker-controlled text).
import type { ActionLogger, AnnotationProps } from './logger.js'
import type { SecretMask } from './secretMask.js'

/** One line of plain log text: no line break can start a new `::command::` line. */
export function plainLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
}

/** Run metadata (job and workflow names) for a log line: one line, and no `::` to open a command. */
export function plainName(text: string): string {
  return plainLine(text).replace(/::/g, ': :')
}

export function guardedLogger(logger: ActionLogger, mask: SecretMask): ActionLogger {
  const m = (text: string) => mask.mask(text)
  const props = (p: AnnotationProps | undefined): AnnotationProps | undefined =>
    p && {
      ...p,
      ...(p.title !== undefined ? { title: m(p.title) } : {}),
      ...(p.file !== undefined ? { file: m(p.file) } : {})
    }
  return {
    info: (message) => logger.info(plainLine(m(message))),
    debug: (message) => logger.debug(plainLine(m(message))),
    // @actions/core escapes the data of warning and error commands itself.
    warning: (message) => logger.warning(m(message)),
    error: (message, p) => logger.error(m(message), props(p)),
    notice: (message, p) => logger.notice(m(message), props(p)),
    setOutput: (name, value) => logger.setOutput(name, m(value)),
    writeSummary: (markdown) => logger.writeSummary(m(markdown))
  }
}
