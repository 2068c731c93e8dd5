// An unsigned download from another party's S3-hosted artifact store (issue 17, heldout5 review
// part 1 class 2: h5-025): nothing in the user's account decides it.
import { analysedOne } from './analysed.js'
import { thirdPartyDownloadOf } from '../../../src/infer/thirdPartyDownload.js'
import { corpusText } from '../../support/corpusRecords.js'

const heldout5 = (id: string): string => corpusText('heldout5.jsonl', id)

const ctx = (before: string, line: string) => ({
  line,
  before,
  after: '',
  command: null,
  roleToAssume: null,
  callerArn: null
})

describe('s3-third-party-download', () => {
  it('Gradle cannot GET a pom from downloads.mesosphere.io: no policy, another mirror (h5-025)', () => {
    const { f, statements, notes } = analysedOne(heldout5('h5-025'))
    expect(f.traps).toContain('s3-third-party-download')
    expect(f.explanation).toMatch(
      /^The refused request is an unsigned download of `http:\/\/downloads\.mesosphere\.io\//
    )
    expect(f.explanation).not.toMatch(/identity policy/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed/)
  })

  it("reads Gradle's and Maven's fetch lines (mopub/mopub-android-sdk#290, Jerady/mqttfx-payload-decoders#8)", () => {
    const gradle = thirdPartyDownloadOf(
      ctx(
        '',
        "org.gradle.internal.resource.transport.http.HttpErrorStatusCodeException: Could not GET 'https://s3.amazonaws.com/moat-sdk-builds/com/mopub/volley/mopub-volley/2.0.0/mopub-volley-2.0.0.pom'. Received status code 403 from server: Forbidden"
      )
    )
    expect(gradle?.value).toBe(
      'https://s3.amazonaws.com/moat-sdk-builds/com/mopub/volley/mopub-volley/2.0.0/mopub-volley-2.0.0.pom'
    )
    const resolving = thirdPartyDownloadOf(
      ctx(
        "> Could not resolve de.jensd:addon-commons:16.0.0.\n         > Could not get resource 'https://s3.amazonaws.com/cirrus-link-maven-repo/de/jensd/addon-commons/16.0.0/addon-commons-16.0.0.pom'.",
        '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'
      )
    )
    expect(resolving?.value).toMatch(/cirrus-link-maven-repo/)
  })

  it('a pre-signed URL carries credentials, and a plain object URL with no artifact nor resolution is no evidence (own cases)', () => {
    expect(
      thirdPartyDownloadOf(
        ctx(
          '',
          "curl -f 'https://my-bucket.s3.amazonaws.com/build/app.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc' 403 Forbidden"
        )
      )
    ).toBeNull()
    expect(
      thirdPartyDownloadOf(ctx('', 'curl https://my-bucket.s3.amazonaws.com/report 403 Forbidden'))
    ).toBeNull()
  })

  it("the job's own signed upload keeps its grant", () => {
    const { f, statements } = analysedOne(
      'upload failed: ./build.zip to s3://my-artifacts-111122223333/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('s3-third-party-download')
    expect(statements.map((s) => s.Action)).toEqual(['s3:PutObject'])
  })
})
