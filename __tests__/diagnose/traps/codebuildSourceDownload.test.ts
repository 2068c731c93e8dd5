// CodeBuild's DOWNLOAD_SOURCE refused: the service role reads the pipeline's artifact.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'codebuild-source-download'

// awslabs/aws-refarch-cross-account-pipeline#5: the same phase in a cross-account pipeline.
const REFARCH = `AccessDenied: Access Denied status code: 403, request id: D18C063FBD, host id: q8QSdgeMXd9GzqiHAn9aR7e+Qh5TNjYfRjbXxQP73FZbZWjFj78IXQ= for primary source and source version arn:aws:s3:::pre-reqartifactbucket-1btcbp1ce/Infra-Prov/SourceOutp/EEB5s`

// aws-samples/aws-simple-streaming-webapp#8: the console's numbered log view, no object named.
const NUMBERED = `[Container] 2022/05/27 21:28:39 Waiting for agent ping
--
2 | [Container] 2022/05/27 21:28:40 Waiting for DOWNLOAD_SOURCE
3 | AccessDenied: Access Denied
4 | status code: 403, request id: BTFHJDCXTMWYAVWJ, host id: LNdKLklMxPZHbv90BrOzFQkqalab+/pCA5zUJN0r459IhsRXkkAHU9S6Y4XSHflPXkV/fZKomrc= for primary source`

describe(TRAP, () => {
  it.each([
    [
      'review h4-092',
      reviewed('h4-092'),
      'arn:aws:s3:::codepipeline-artifacts.awsbootcamp.online/CrdCicd-Pipeline-B1I/*'
    ],
    [
      'awslabs/aws-refarch-cross-account-pipeline#5',
      REFARCH,
      'arn:aws:s3:::pre-reqartifactbucket-1btcbp1ce/Infra-Prov/*'
    ]
  ])(
    'GetObject and GetObjectVersion on the pipeline prefix for the service role (%s)',
    (_source, text, prefix) => {
      const { f, statements, notes } = analysedOne(text)
      expect(f.traps).toContain(TRAP)
      expect(f.explanation.startsWith('CodeBuild could not download its source')).toBe(true)
      expect(statements).toHaveLength(1)
      expect(statements[0]!.Action).toEqual(['s3:GetObject', 's3:GetObjectVersion'])
      expect(statements[0]!.Resource).toBe(prefix)
      expect(notes).toContain("CodeBuild project's service role")
      expect(notes).not.toContain('No statement is proposed')
    }
  )

  it('with no object named: the same actions on a placeholder (aws-samples/aws-simple-streaming-webapp#8)', () => {
    const { f, statements } = analysedOne(NUMBERED)
    expect(f.traps).toContain(TRAP)
    expect(statements[0]!.Action).toEqual(['s3:GetObject', 's3:GetObjectVersion'])
    expect(String(statements[0]!.Resource)).toMatch(/^arn:aws:s3:::<BUCKET_NAME>\//)
  })

  it('does not apply to an S3 refusal outside CodeBuild', () => {
    const { f } = analysedOne(
      'download failed: s3://b/k to ./k An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
