// Unit tests of the error table with hand-built error objects; the server tests prove the same
// mapping against what the real client throws.
import { describe, expect, it } from '@jest/globals'
import { stsFailure } from '../../../src/decode/sts/stsErrors.js'

function sdkError(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, ...extra })
}

describe('stsFailure', () => {
  it.each([
    [sdkError('AccessDenied', 'not authorized'), 'access-denied'],
    [sdkError('AccessDeniedException', 'not authorized'), 'access-denied'],
    [
      sdkError('CredentialsProviderError', 'Could not load credentials from any providers'),
      'no-credentials'
    ],
    [new Error('Could not load credentials from any providers'), 'no-credentials'],
    [sdkError('InvalidAuthorizationMessageException', 'expired'), 'invalid-message'],
    [sdkError('Throttling', 'Rate exceeded'), 'throttled'],
    [sdkError('ThrottlingException', 'Rate exceeded'), 'throttled'],
    [sdkError('TimeoutError', 'request timed out', { code: 'ETIMEDOUT' }), 'timeout'],
    [sdkError('Error', 'connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED' }), 'network'],
    [sdkError('Error', 'getaddrinfo ENOTFOUND sts.example', { code: 'ENOTFOUND' }), 'network'],
    [new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9'), 'network'],
    [sdkError('ExpiredToken', 'The security token included in the request is expired'), 'other'],
    ['a string thrown', 'other'],
    [undefined, 'other']
  ])('maps %p to %s', (error, reason) => {
    expect(stsFailure(error).reason).toBe(reason)
  })

  it('keeps the code, the message and the attempts in the detail', () => {
    const error = sdkError('Throttling', 'Rate exceeded', { $metadata: { attempts: 3 } })
    expect(stsFailure(error).detail).toBe('Throttling: Rate exceeded (after 3 attempts)')
  })
})
