// The full reports as files under RUNNER_TEMP, for users who aggregate them across jobs or whose
// findings exceed the 1 MiB output cap. Each step gets its own directory: several whydenied steps
// in one job must not overwrite each other's files.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Report } from '../model/Report.js'
import { renderJson, renderMarkdown } from '../report/index.js'
import { errorMessage } from '../common/errorMessage.js'
import type { ActionLogger } from './logger.js'

/** The Markdown file holds everything: far beyond the summary's budget, still bounded. */
const FILE_BUDGET = 64 * 1024 * 1024

export function writeReportFiles(
  logger: ActionLogger,
  report: Report,
  tempDir: string | undefined
): void {
  try {
    const dir = fs.mkdtempSync(path.join(tempDir || os.tmpdir(), 'whydenied-'))
    const markdown = path.join(dir, 'report.md')
    const json = path.join(dir, 'report.json')
    fs.writeFileSync(markdown, renderMarkdown(report, { maxBytes: FILE_BUDGET }))
    fs.writeFileSync(json, renderJson(report))
    logger.setOutput('report-markdown-file', markdown)
    logger.setOutput('report-json-file', json)
  } catch (error) {
    logger.warning(`whydenied could not write the report files: ${errorMessage(error)}`)
  }
}
