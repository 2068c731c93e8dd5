import type { LogContext } from '../model/Inferred.js'

/**
 * The lines around a denial as one text, a reporter's wrapping and quoting undone: a sentence
 * cut over lines of a `> ` blockquote (`Your account\n> must be verified`) reads whole again.
 */
export function joinedContext(ctx: LogContext): string {
  return `${ctx.before}\n${ctx.line}\n${ctx.after}`.replace(/[ \t]*\r?\n[ \t]*(?:>[ \t]?)*/g, ' ')
}
