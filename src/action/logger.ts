// The runner-facing side effects the Action needs, as one small interface: @actions/core in
// production, a recorder in tests.
import * as core from '@actions/core'

export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
}

export interface ActionLogger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
  error(message: string, props?: AnnotationProps): void
  /** A notice annotation (where a located policy is defined). */
  notice(message: string, props?: AnnotationProps): void
  setOutput(name: string, value: string): void
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  writeSummary(markdown: string): Promise<void>
}

export function coreLogger(): ActionLogger {
  return {
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message) => core.warning(message),
    error: (message, props) => core.error(message, props ?? {}),
    notice: (message, props) => core.notice(message, props ?? {}),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (run outside Actions) there is nowhere to write it.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    }
  }
}
