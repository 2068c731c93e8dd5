// A log file to scan, as both the main thread and the scan worker name it.
export interface LogFile {
  /** Absolute path on disk. */
  path: string
  /** The name findings carry: the path as written, or relative to the base for glob matches. */
  name: string
}
