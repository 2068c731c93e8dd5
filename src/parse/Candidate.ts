import type { Denial } from '../model/Denial.js'

/** A grammar's match inside a record's text, before overlaps are resolved. */
export interface Candidate {
  start: number
  end: number
  /** Higher wins when candidates overlap or sit on the same line. */
  priority: number
  denial: Denial
}

/** What a grammar may know beyond the record's own text. */
export interface RecordContext {
  /** The last ECR registry host the log mentioned (docker prints it lines before the error). */
  ecrRegistry: string | null
}

export interface Grammar {
  id: string
  find(text: string, ctx: RecordContext): Candidate[]
}

/** Priorities: the full IAM sentence beats a message phrase, which beats a bare error code. */
export const PRIORITY = {
  sentence: 50,
  message: 30,
  credentials: 25,
  notFound: 22,
  bareCode: 10
} as const
