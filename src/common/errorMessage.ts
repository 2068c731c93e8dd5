// Anything thrown, as one line for a warning. Network failures hide their reason in `cause`
// (`fetch failed` ← `connect ECONNREFUSED …`), so the causes follow the message; a value that
// cannot be turned into text (a Symbol, an object whose toString throws) still gives a line.
// Errors are recognised by shape, not `instanceof`: one made in another realm (a worker, a VM
// context) is still an error.
const MAX_CAUSES = 3

interface ErrorLike {
  name?: unknown
  message: string
  cause?: unknown
}

function isErrorLike(value: unknown): value is ErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}

function textOf(value: unknown): string {
  if (isErrorLike(value)) {
    return value.message || (typeof value.name === 'string' ? value.name : 'Error')
  }
  if (typeof value === 'string') return value
  try {
    return String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}

export function errorMessage(error: unknown): string {
  let text = textOf(error)
  let cause = isErrorLike(error) ? error.cause : undefined
  for (let n = 0; n < MAX_CAUSES && cause !== undefined && cause !== null; n++) {
    const more = textOf(cause)
    if (more && !text.includes(more)) text += ` (${more})`
    cause = isErrorLike(cause) ? cause.cause : undefined
  }
  return text
}
