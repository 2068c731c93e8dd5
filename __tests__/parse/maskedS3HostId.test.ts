// heldout10's missing class h10-049/h10-050: the Go SDK v1's S3 failure line
// (`status code: 403, request id: …, host id: …`) pasted with its host id masked still names S3:
// only S3's error type prints a host id after the request id. Look-alikes stay without a service.
import { parseText } from './parseText.js'

function serviceOf(text: string): string | null {
  const found = parseText(text)
  expect(found.length).toBeGreaterThan(0)
  return found[0]!.service
}

describe('a masked S3 host id names S3', () => {
  it.each([
    [
      // h10-049 chartmuseum/helm-push#69 (ChartMuseum relaying its S3 backend's refusal)
      'angle-bracket placeholder',
      '_Error: 500: AccessDenied: Access Denied\n\tstatus code: 403, request id: <removed-id>, host id: <removed id>\nError: plugin "push" exited with error_'
    ],
    [
      // h10-050 helm/chartmuseum#328 (JSON log line, `\n\t` escaped, then the plain line)
      'base64 shape with words in it, inside a JSON string',
      '> 2020-05-01T20:52:29.225970789Z {"L":"ERROR","T":"2020-05-01T20:52:29.225Z","M":"AccessDenied: Access Denied\\n\\tstatus code: 403, request id: someid, host id: /someid/someid/someid/someid=","repo":""}'
    ],
    [
      // A Japanese terraform-init note in a public repository (code index, find_string id 2387790739)
      "x's cut with an ellipsis",
      'Error refreshing state: AccessDenied: Access Denied\n        status code: 403, request id: xxxxxxxxxxx, host id: xxxxxxxxxxxxxxxxxxx...'
    ],
    [
      // A CodePipeline DOWNLOAD_SOURCE blog post in a public repository (code index, id 39930538306)
      'XXX/XXX=, the line wrapped before the request id',
      'CLIENT_ERROR: AccessDenied: Access Denied status code: 403,\nrequest id: XXX, host id: XXX/XXX= for primary source and'
    ],
    [
      'own: stars',
      'Error: Forbidden: Forbidden\n\tstatus code: 403, request id: ****, host id: ******'
    ]
  ])('%s', (_, text) => {
    expect(serviceOf(text)).toBe('s3')
  })
})

describe('look-alikes name no service', () => {
  it.each([
    [
      "MinIO's fixed host id through the Go SDK",
      'AccessDenied: Access Denied.\n\tstatus code: 403, request id: 3L137, host id: 3L137'
    ],
    [
      "a Ceph-style host id (words and dashes, no base64 '=')",
      'AccessDenied: Access Denied\n\tstatus code: 403, request id: tx0000a-default, host id: 1a2b3c-default-default'
    ],
    [
      'a masked host id with no request id before it (a libp2p node, not S3)',
      'AccessDenied: Access Denied\nhost id: xxxxxxxxxxxxxxxx'
    ],
    [
      'a request id only (a non-S3 Go SDK v1 failure)',
      'AccessDenied: Access Denied\n\tstatus code: 403, request id: <removed>'
    ]
  ])('%s', (_, text) => {
    expect(serviceOf(text)).toBeNull()
  })
})
