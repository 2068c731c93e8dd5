// fetch with an idle timeout: a GitHub API that stops answering (no headers, or a body that stops
// flowing) fails the request after `idleMs` instead of holding the step forever. The timer is
// re-armed by every body chunk, so a long job log that keeps streaming is not cut off.

export class RequestTimeoutError extends Error {
  constructor(idleMs: number) {
    super(`the GitHub API did not answer within ${Math.round(idleMs / 1000)} s`)
    this.name = 'RequestTimeoutError'
  }
}

export function timedFetch(idleMs: number, inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init = {}) => {
    const controller = new AbortController()
    const signal = init.signal
      ? AbortSignal.any([controller.signal, init.signal])
      : controller.signal
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => controller.abort(new RequestTimeoutError(idleMs)), idleMs)
    }
    arm()
    let response: Response
    try {
      response = await inner(input, { ...init, signal })
    } catch (error) {
      clearTimeout(timer)
      // Name the timeout rather than a bare "This operation was aborted".
      throw controller.signal.aborted ? controller.signal.reason : error
    }
    if (!response.body) {
      clearTimeout(timer)
      return response
    }
    arm()
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, out) {
          arm()
          out.enqueue(chunk)
        },
        flush() {
          clearTimeout(timer)
        }
      })
    )
    const timed = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
    // Keep what callers read from the original (the final URL after a redirect).
    Object.defineProperty(timed, 'url', { value: response.url })
    Object.defineProperty(timed, 'redirected', { value: response.redirected })
    return timed
  }
}
