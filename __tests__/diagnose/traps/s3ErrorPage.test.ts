// S3's error document on its own, as a browser or a plain link shows it (heldout9 review: h9-046):
// an anonymous caller, so a missing or non-public object comes first, never an identity policy or
// a CloudTrail look-up.
import { analysed, analysedOne } from './analysed.js'
import { s3ErrorPageOf } from '../../../src/infer/s3ErrorPage.js'
import { corpusText } from '../../support/corpusRecords.js'

const UNSIGNED = 'unsigned-request-refused'

// meta-llama/llama#332 (text as printed: Chrome's XML tree view).
const LLAMA_332 = `This XML file does not appear to have any style information associated with it. The document tree is shown below.
<Error>
<Code>AccessDenied</Code>
<Message>Access Denied</Message>
<RequestId>0FQQB9R5P8Q4PY3Y</RequestId>
<HostId>vfbb50ppYBrbKrO8p1OmFZtS3uJIgjNUUKlfTL6jUBcB57sAmtc6Q0JCqJbKW5LtxO8vrWhIP9A=</HostId>
</Error>`
// kobo/groovyserv#1 (text as printed: the tree view's fold marker and a HostId on its own line).
const GROOVYSERV_1 = `When try to download files makes following error, why?: 
<Error>
<Code>AccessDenied</Code>
<Message>Access Denied</Message>
<RequestId>CA1B71BCF9BC77EA</RequestId>
−
<HostId>
oG5x2WAAnO9AvKRla/niXT+lhAWXULBklKHqo0vXPHtPXcLvLyw0adjruBOaSdCr
</HostId>
</Error>`
// farzaa/DeepLeague#24 (text as printed: the document on one indented line).
const DEEPLEAGUE_24 = `This XML file does not appear to have any style information associated with it. The document tree is shown below.
      <Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>E47F7B9E889A484B</RequestId><HostId>0qHumhJQ64/Rnt0f2W2OoY7Mw/wtz0adzh+J3/zA+0psZ2L0wxqB0c1jB3PTuLvMcHh1cAwvbKo=</HostId></Error>`

// tailrecursion/boot#39 (heldout11 h11-177; text as printed): a Leiningen/boot S3 wagon on jets3t,
// whose RestS3Service signs every request with the wagon's keys. jets3t signs in any client: a
// PySpark job's Hadoop s3 store printed `org.jets3t.service.S3ServiceException: S3 Error Message.
// -- ResponseCode: 403, ResponseStatus: Forbidden, XML Error Message: …<Message>User:
// arn:aws:iam::920126444373:user/teste-laura is not authorized to perform: s3:ListBucket…`, the
// signer named (github-file:find_string#65724923708).
const JETS3T_177_TOP =
  "SEVERE: Request Failed.\norg.jets3t.service.S3ServiceException: S3 Error Message. GET '/snapshot%2Ftailrecursion%2Fclojure-adapter-servlet%2F0.1.0-SNAPSHOT%2Fmaven-metadata.xml' on Host '<my>.repository.s3.amazonaws.com' @ 'Fri, 03 Oct 2014 15:30:57 GMT' -- ResponseCode: 403, ResponseStatus: Forbidden, XML Error Message: <?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>E7EDF9C66A8B855D</RequestId><HostId>U40MhHaosnmvEeU0X8l6wOpNbNY75pcRHaiN6ELQaREnknbQi5bKkRTSdWRPugIK</HostId></Error>"
const JETS3T_177_FRAMES =
  '    at org.jets3t.service.impl.rest.httpclient.RestS3Service.performRequest(RestS3Service.java:441)\n' +
  '    at org.jets3t.service.impl.rest.httpclient.RestS3Service.performRestGet(RestS3Service.java:876)'

const ctx = (text: string) => ({
  line: text,
  before: '',
  after: '',
  command: null,
  roleToAssume: null,
  callerArn: null
})

describe('S3 error document with no client around it', () => {
  it.each([
    ['meta-llama/llama#332', LLAMA_332],
    ['kobo/groovyserv#1', GROOVYSERV_1],
    ['farzaa/DeepLeague#24', DEEPLEAGUE_24]
  ])('%s: anonymous, the missing or non-public object first, no CloudTrail', (_, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.inferred?.s3ErrorPage?.value).toBe('AccessDenied')
    expect(f.traps).toContain(UNSIGNED)
    expect(f.fixTarget.principalType).toBe('anonymous')
    expect(f.explanation).toMatch(/^The refusal is S3's error document/)
    expect(f.explanation).toMatch(/\(1\) the key does not exist.*?403, not 404; \(2\)/)
    expect(f.explanation).toContain('(2) the object is not public')
    expect(f.explanation).not.toMatch(
      /CloudTrail|identity policy has no Allow|simulate-principal-policy/
    )
    expect(statements).toEqual([])
  })

  it('says which view it read: a browser, or the document alone', () => {
    expect(analysedOne(LLAMA_332).f.inferred?.s3ErrorPage?.from).toBe(
      "S3's error document as a browser shows it"
    )
    expect(analysedOne(GROOVYSERV_1).f.inferred?.s3ErrorPage?.from).toMatch(/on its own/)
  })

  it.each([
    // An SDK printed the body of its own (signed) call.
    [
      'a boto3 call',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n' +
        LLAMA_332
    ],
    // A pre-signed link carries its signer's credentials.
    [
      'a pre-signed link',
      'GET https://acme.s3.amazonaws.com/build.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=abc\n' +
        LLAMA_332
    ],
    // MinIO's HostId is a lowercase hex digest, not S3's base64.
    [
      'a MinIO body',
      LLAMA_332.replace(
        /<HostId>[^<]+<\/HostId>/,
        '<HostId>dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8</HostId>'
      )
    ],
    // Another code: not this refusal.
    [
      'another code',
      LLAMA_332.replace('<Code>AccessDenied</Code>', '<Code>AllAccessDisabled</Code>')
    ],
    // No HostId: nothing says S3.
    ['no HostId', LLAMA_332.replace(/<HostId>[^<]+<\/HostId>\n/, '')],
    // Signing clients' frames around the same document (h11-177): jets3t, the Java SDK v2, Ruby.
    ['a jets3t wagon', `${JETS3T_177_TOP}\n${JETS3T_177_FRAMES}`],
    ['only the RestS3Service frames', `${LLAMA_332}\n${JETS3T_177_FRAMES}`],
    [
      'a Java SDK v2 frame',
      `${LLAMA_332}\n\tat software.amazon.awssdk.services.s3.DefaultS3Client.getObject(DefaultS3Client.java:5230)`
    ],
    ['a Ruby SDK error class', `${LLAMA_332}\nAccess Denied (Aws::S3::Errors::AccessDenied)`],
    // boto 2's error class above the document (heldout12 h12-096, wal-e/wal-e#385), and a boto 2
    // traceback frame alone (wal-e/wal-e#154: `File ".../boto/s3/key.py", line 1777, in
    // get_contents_as_string`): boto signs with the job's keys.
    ['boto 2’s S3ResponseError (h12-096)', corpusText('heldout12.jsonl', 'h12-096')],
    [
      'a boto 2 frame',
      `${LLAMA_332}\n  File "/usr/local/lib/python2.7/dist-packages/boto/s3/key.py", line 1777, in get_contents_as_string`
    ]
  ])('not for %s', (_, text) => {
    expect(s3ErrorPageOf(ctx(text))).toBeNull()
  })

  it('h11-177: a jets3t wagon signed the request: not anonymous, an identity grant may help', () => {
    const { f } = analysedOne(`${JETS3T_177_TOP}\n${JETS3T_177_FRAMES}`)
    expect(f.inferred?.s3ErrorPage).toBeUndefined()
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.fixTarget.principalType).not.toBe('anonymous')
    expect(f.explanation).not.toMatch(/anonymous|no client|No statement in your account/)
  })

  it('h12-096: WAL-E’s boto 2 read is signed: the caller’s own S3 read permissions, not the bucket owner', () => {
    const { f } = analysedOne(corpusText('heldout12.jsonl', 'h12-096'))
    expect(f.inferred?.s3ErrorPage).toBeUndefined()
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.fixTarget.principalType).not.toBe('anonymous')
    expect(f.fixTarget.owner).not.toBe('resource-owner')
    // The caller's own reads: its write-only policy lacks the listing and the read (WD924).
    expect(f.explanation).toMatch(/`s3:ListBucket` on the bucket ARN[^]*`s3:GetObject`/)
  })

  it('h14-016: fog (CarrierWave) signs its upload: Excon around the document is not anonymous', () => {
    // heldout14 h14-016, fog/fog#2701 (a CarrierWave upload, Excon's error as printed).
    const { f } = analysedOne(corpusText('heldout14.jsonl', 'h14-016'))
    expect(f.inferred?.s3ErrorPage).toBeUndefined()
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.fixTarget.principalType).not.toBe('anonymous')
    expect(f.explanation).not.toMatch(/anonymous|no client/)
  })

  it('newer Excon (`Excon::Error::Forbidden`, `excon.error.response`) with the document is signed', () => {
    // Our own variant in the shape carrierwaveuploader/carrierwave#2775 prints (fog-aws on S3),
    // with S3's AccessDenied document as its body.
    const text = `Excon::Error::Forbidden (Expected(200) <=> Actual(403 Forbidden)
excon.error.response
  :body              => "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>A96BE219F4464FC1</RequestId><HostId>ZHeqa6WlvGTGX/FsFLbnSG+ZUcPL2ZtZHRUUmNyeBtAdJuX2x9zUcjETUVir443whSOwKp1Z1Qg=</HostId></Error>"
  :headers           => {
    "Server"            => "AmazonS3"
  }`
    expect(s3ErrorPageOf(ctx(text))).toBeNull()
  })

  it("h19-043 (scaffeinate/socify#44): Excon's inspect form alone, without its class name, is signed", () => {
    const { f } = analysedOne(corpusText('heldout19.jsonl', 'h19-043'))
    expect(f.inferred?.s3ErrorPage).toBeUndefined()
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.fixTarget.principalType).not.toBe('anonymous')
  })

  it('a signed call keeps its own explanation (counter-case on the pipeline)', () => {
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(f.inferred?.s3ErrorPage).toBeUndefined()
    expect(f.fixTarget.principalType).not.toBe('anonymous')
  })
})

// heldout14 review (h14-099): the words right above the document say a browser, curl or an object
// URL opened as is fetched it; unsigned whatever client another error block shows, and with its
// IDs masked. A HEAD reply has no body, so the document is never the HeadObject above it.
describe('a download the words say was unsigned', () => {
  // aws-samples/aws-saas-factory-eks-reference-architecture#42, as printed (IDs masked).
  const SAAS_EKS_42 =
    'Im getting the following error when i hit the admin url:\n`<Error>\n<Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n<RequestId>3YB6M80****8</RequestId>\n<HostId>LhAMMnttn&******</HostId>\n</Error>`\nwhat might be the issue? Please help'

  it('h14-099: boto3 HeadObject keeps its operation; the browser/curl document is anonymous, no Allow', () => {
    const { findings, statements } = analysed(corpusText('heldout14.jsonl', 'h14-099'))
    expect(findings).toHaveLength(2)
    const [head, page] = findings
    expect(head!.operation).toBe('HeadObject')
    expect(page!.operation).toBeNull()
    expect(page!.traps).toContain(UNSIGNED)
    expect(page!.explanation).toMatch(
      /^The refusal is S3's error document below "downloading via a browser/
    )
    expect(page!.explanation).toMatch(/bucket policy/)
    expect(page!.explanation).toMatch(/pre-signed URL/)
    expect(page!.explanation).toMatch(/Block Public Access/)
    expect(page!.fixTarget.principalType).toBe('anonymous')
    expect(statements.length).toBeGreaterThan(0)
  })

  it('"when i hit the admin url", IDs masked (aws-samples/aws-saas-factory-eks-reference-architecture#42)', () => {
    const { f, statements } = analysedOne(SAAS_EKS_42)
    expect(f.traps).toContain(UNSIGNED)
    expect(statements).toEqual([])
  })

  it.each([
    // A pre-signed link is signed (own counter-case).
    [
      'a pre-signed URL',
      'when i open the presigned url:\n<Error>\n<Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n<RequestId>3YB6M80****8</RequestId>\n<HostId>...</HostId>\n</Error>'
    ],
    // An SDK's download with no browser, curl or URL words (own counter-case).
    [
      'an SDK download',
      'boto3 download_file failed:\n<Error>\n<Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n<RequestId>3YB6M80****8</RequestId>\n<HostId>...</HostId>\n</Error>'
    ]
  ])('%s: not anonymous', (_, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(UNSIGNED)
    expect(f.inferred?.s3ErrorPage).toBeUndefined()
  })

  it('a HeadObject refusal with no document keeps its operation (own counter-case)', () => {
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden'
    )
    expect(f.operation).toBe('HeadObject')
  })
})

// heldout19 review h19-117: a static website endpoint's HTML error page, as a saved copy of the
// site shows it. Website endpoints take anonymous requests only: the bucket owner decides.
describe("an S3 website endpoint's error page", () => {
  it('h19-117 (a saved copy of a site on S3): an anonymous caller, the bucket owner fixes it', () => {
    const { f } = analysedOne(corpusText('heldout19.jsonl', 'h19-117'))
    expect(f.fixTarget.principalType).toBe('anonymous')
    expect(f.fixTarget.owner).toBe('resource-owner')
    expect(f.explanation).toMatch(/website endpoint's error page/)
  })

  it('own counter-case: the same fields in an SDK error with its client are not a website page', () => {
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\nCode: AccessDenied Message: Access Denied'
    )
    expect(f.fixTarget.principalType).not.toBe('anonymous')
  })
})
