import type { ActionLogger, AnnotationProps } from '../../src/action/logger.js'

export interface RecordingLogger extends ActionLogger {
  infos: string[]
  warnings: string[]
  errors: { message: string; props?: AnnotationProps }[]
  notices: { message: string; props?: AnnotationProps }[]
  outputs: Record<string, string>
  summary: string
}

export function recordingLogger(): RecordingLogger {
  const logger: RecordingLogger = {
    infos: [],
    warnings: [],
    errors: [],
    notices: [],
    outputs: {},
    summary: '',
    info: (message) => logger.infos.push(message),
    debug: () => undefined,
    warning: (message) => logger.warnings.push(message),
    error: (message, props) => logger.errors.push({ message, props }),
    notice: (message, props) => logger.notices.push({ message, props }),
    setOutput: (name, value) => {
      logger.outputs[name] = value
    },
    writeSummary: async (markdown) => {
      logger.summary += markdown
    }
  }
  return logger
}
