// Package managers refused by an AWS CodeArtifact repository: they print an HTTP status and the
// URL they fetched, and the URL's host (`<domain>-<owner>.d.codeartifact.<region>.amazonaws.com`)
// says CodeArtifact answered. 401 is the token (credentials), 403 the token's maker lacking the
// repository permission (denial). Texts are as printed in the threads named with each case.
import { parseText } from './parseText.js'

function read(text: string) {
  return parseText(text).map((f) => ({
    kind: f.kind,
    service: f.service,
    cause: f.detail.cause ?? null
  }))
}

const TOKEN = { kind: 'credentials', service: 'codeartifact', cause: 'codeartifact-token' }

describe('CodeArtifact refusing the token (401)', () => {
  it.each([
    [
      'actions/setup-python#733 (pip in GitHub Actions)',
      "  Error: WARNING: 401 Error, Credentials not correct for https://espresso-dev-886686983283.d.codeartifact.us-east-1.amazonaws.com/pypi/espresso-dev/simple/pip/\n  Error: ERROR: Could not find a version that satisfies the requirement pip (from versions: none)\n  Error: ERROR: No matching distribution found for pip\n  Error: The process '/bin/bash' failed with exit code 1"
    ],
    [
      'aws/aws-cdk#11961 (pip, the owner masked as <<AWS-ACCOUNT>>)',
      'Looking in indexes: https://aws:****@my-domain-<<AWS-ACCOUNT>>.d.codeartifact.us-west-2.amazonaws.com/pypi/my-repo/simple/\nUser for my-domain-<<AWS-ACCOUNT>>.d.codeartifact.us-west-2.amazonaws.com: codearti\nPassword:\nWARNING: 401 Error, Credentials not correct for https://my-domain-<<AWS-ACCOUNT>>.d.codeartifact.us-west-2.amazonaws.com/pypi/my-repo/simple/aws-cdk/\nERROR: Could not find a version that satisfies the requirement aws_cdk (from versions: none)'
    ],
    [
      'semgrep/poetry-codeartifact-plugin#15 (poetry through requests)',
      '  - Updating xxx-foundation (0.0.0 /Users/andreoji/src/xxx-foundation -> 0.0.6): Failed\n\n  HTTPError\n\n  401 Client Error: Unauthorized for url: https://xxx-xxxx.d.codeartifact.eu-west-1.amazonaws.com/pypi/python-packages/simple/xxx-foundation/0.0.6/xxx_foundation-0.0.6-py3-none-any.whl#sha256=b15ef6873853b0b432b9fa7a86a8f44567f86728451640d5c4a974e89c73b613'
    ],
    [
      'astral-sh/uv#1860 (uv)',
      'uv pip install $pkg_name --extra-index-url "$URL"\nerror: Failed to download: $pkg_name==1.2.5\n  Caused by: HTTP status client error (401 Unauthorized) for url (https://XXX-packages-XXX.d.codeartifact.us-west-2.amazonaws.com/pypi/python/simple/$pkg_name/1.2.5/$pkg_name-1.2.5-py3-none-any.whl#sha256=f168c68d34f2404c9d9289406a9e340ede6224888baceba18dfb980912fe73ae)'
    ],
    [
      'own: Gradle, the status after the URL',
      "> Could not resolve com.example:lib:1.0.\n   > Could not GET 'https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/maven/libs/com/example/lib/1.0/lib-1.0.pom'. Received status code 401 from server: Unauthorized"
    ],
    [
      'own: Maven, the status on the line below the URL',
      '[ERROR] Failed to execute goal on project app: Could not transfer artifact com.example:lib:pom:1.0 from/to codeartifact (https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/maven/libs/):\n[ERROR] status code: 401, reason phrase: Unauthorized (401)'
    ],
    [
      'own: yarn 1, the URL and status in one quoted string',
      'error An unexpected error occurred: "https://acme-111122223333.d.codeartifact.us-west-2.amazonaws.com/npm/web/lodash/-/lodash-4.17.21.tgz: Request failed \\"401 Unauthorized\\"".'
    ],
    [
      'own: twine upload',
      'Uploading example-1.0.tar.gz\nERROR    HTTPError: 401 Unauthorized from https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py/\n         Unauthorized'
    ]
  ])('%s', (_source, text) => {
    const found = read(text)
    expect(found).toEqual([TOKEN])
  })

  it('counts a client repeating the refusal for each package once per status line', () => {
    const line = (p: string) =>
      `npm ERR! 401 Unauthorized - GET https://acme-111122223333.d.codeartifact.us-west-2.amazonaws.com/npm/web/${p} - Unauthorized`
    const found = parseText([line('a'), line('b'), line('c')].join('\n'))
    expect(found.map((f) => [f.kind, f.occurrences])).toEqual([['credentials', 3]])
  })

  it('explains the token, its 12 hours and the login to run', () => {
    const [f] = parseText(
      'WARNING: 401 Error, Credentials not correct for https://d-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/r/simple/x/'
    )
    expect(f!.explanation).toContain('aws codeartifact login')
    expect(f!.explanation).toContain('12 hours')
    expect(f!.explanation).toContain('sts:GetServiceBearerToken')
  })
})

describe('CodeArtifact refusing the token maker (403)', () => {
  it('own: npm publish refused by the repository is a denial with the repository advice', () => {
    const found = parseText(
      'npm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/web/@acme%2fui - Forbidden'
    )
    expect(found.map((f) => [f.kind, f.service, f.traps])).toEqual([
      ['denial', 'codeartifact', ['codeartifact-repository-access']]
    ])
    expect(found[0]!.explanation).toContain('codeartifact:PublishPackageVersion')
  })

  it('tmokmss/deploy-time-build#8: the token request refused names both permissions it needs', () => {
    const [f] = parseText(
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::<account>:assumed-role/<buildRole>/AWSCodeBuild-5a741022-3f12-4010-ab11-2ffbf0169442 is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:<region>:<account>:domain/<domain> because no identity-based policy allows the codeartifact:GetAuthorizationToken action'
    )
    expect(f!.traps).toContain('codeartifact-bearer-token')
    expect(f!.explanation).toContain('sts:AWSServiceName')
  })
})

describe('look-alikes that stay silent', () => {
  it.each([
    [
      'aws/aws-cli#6892 (the 401 explained in prose, no endpoint)',
      "> The `aws codeartifact login` command defers to `npm configure` in order to set the proper registry. However, newer versions of npm (npm v7 and above) don't write the `always-auth=true` line to the `.npmrc` file that yarn requires in order to send in the authorization information. Therefore, the requests are failing due to a 401 unauthenticated error."
    ],
    [
      'astral-sh/uv#8957 (CodeArtifact URLs in a debug log that failed with a 500)',
      'DEBUG No cache entry for: https://test-domain-xxxxxxxxxxxx.d.codeartifact.us-west-2.amazonaws.com/pypi/test/simple/jellyfish/1.1.0/jellyfish-1.1.0-cp311-cp311-macosx_11_0_arm64.whl\nDEBUG Transient request failure for: https://test-domain-xxxxxxxxxxxx.d.codeartifact.us-west-2.amazonaws.com/pypi/test/simple/coverage/7.6.4/coverage-7.6.4.whl, retrying: HTTP status server error (500 Internal Server Error)'
    ],
    [
      'own: npm against registry.npmjs.org (not CodeArtifact)',
      'npm error code E401\nnpm error 401 Unauthorized - GET https://registry.npmjs.org/-/whoami'
    ],
    [
      'own: a successful install naming the endpoint',
      'Looking in indexes: https://aws:****@acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py/simple/\nSuccessfully installed requests-2.31.0'
    ],
    [
      'own: the endpoint and a 401 too far apart to be one client message',
      'Using registry https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/web/\nstep 1\nstep 2\nstep 3\nstep 4\nstep 5\ncurl: GET https://api.example.com/items returned 401 Unauthorized'
    ]
  ])('%s', (_source, text) => {
    expect(read(text)).toEqual([])
  })
})
