// Expands the `files` input (newline-separated paths and globs) and streams each file into an
// Analysis, chunk by chunk: a log of any size never becomes one string.
import fs from 'node:fs'
import path from 'node:path'
import * as glob from '@actions/glob'
import type { Analysis } from '../engine/Analysis.js'
import { feedFile } from './feedFile.js'
import type { LogFile } from './LogFile.js'
import { scanFiles } from './workerScan.js'
import { errorMessage } from '../common/errorMessage.js'

export class SourceError extends Error {}

const GLOB_CHARS = /[*?[\]{}]/

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long'
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code && ERRNO_TEXT[code]) return ERRNO_TEXT[code]
  return errorMessage(error)
}

function patternLines(patterns: string): string[] {
  return patterns
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/**
 * Resolves every line to files. A line matching nothing is an error naming that line: a typo in
 * `files` should not look like a clean log.
 */
export async function expandPatterns(patterns: string, base: string): Promise<LogFile[]> {
  const lines = patternLines(patterns)
  if (lines.length === 0) throw new SourceError('no file paths given')
  const excludes = lines
    .filter((line) => line.startsWith('!'))
    .map((line) => '!' + path.resolve(base, line.slice(1).trim()))
  const files: LogFile[] = []
  const seen = new Set<string>()
  for (const line of lines.filter((l) => !l.startsWith('!'))) {
    const absolute = path.resolve(base, line)
    if (!GLOB_CHARS.test(line)) {
      let stat: fs.Stats
      try {
        stat = fs.statSync(absolute)
      } catch (error) {
        throw new SourceError(`cannot read log file ${line}: ${describe(error)}`)
      }
      if (stat.isDirectory()) throw new SourceError(`cannot read log file ${line}: is a directory`)
      if (!seen.has(absolute)) files.push({ path: absolute, name: line })
      seen.add(absolute)
      continue
    }
    const globber = await glob.create([absolute, ...excludes].join('\n'), {
      matchDirectories: false,
      implicitDescendants: false
    })
    const matches = (await globber.glob()).sort()
    if (matches.length === 0) throw new SourceError(`no log file matches ${line}`)
    for (const match of matches) {
      if (seen.has(match)) continue
      seen.add(match)
      const relative = path.relative(base, match)
      const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
      files.push({ path: match, name: inside ? relative : match })
    }
  }
  return files
}

/** Streams one file into a new source of the analysis. */
async function streamFile(analysis: Analysis, file: LogFile): Promise<void> {
  const source = analysis.source(file.name)
  try {
    await feedFile(file.path, (chunk) => source.write(chunk))
  } catch (error) {
    throw new SourceError(`cannot read log file ${file.name}: ${describe(error)}`)
  } finally {
    source.end()
  }
}

/** Expands `patterns` against `base` and streams every file; returns the files read. */
export async function readFiles(
  analysis: Analysis,
  patterns: string,
  base: string = process.cwd()
): Promise<LogFile[]> {
  const files = await expandPatterns(patterns, base)
  await scanFiles(analysis, files, (file) => streamFile(analysis, file))
  return files
}
