// An MLflow client meant to use the server's artifact proxy, whose experiment's artifact location
// is an s3:// URI: the client writes to S3 itself (heldout16 review h16-047, mlflow/mlflow#6181).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'mlflow-artifact-proxy-bypassed'

describe(TRAP, () => {
  it('h16-047: InvalidAccessKeyId on the client, artifact location s3://mlflow-artifacts/0', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-047'))
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The MLflow client was meant to send artifacts through the tracking server/
    )
    expect(f.explanation).toContain('`s3://mlflow-artifacts/0`')
    expect(f.explanation).toContain('--serve-artifacts')
    expect(statements).toEqual([])
    expect(notes).toContain('mlflow-artifacts:/')
  })

  it('an AccessDenied with --serve-artifacts and an s3:// artifact root (nasty variant)', () => {
    const { f } = analysedOne(
      '$ mlflow server --serve-artifacts --backend-store-uri postgresql://db/mlflow\nexperiment artifact_location: s3://team-models/3\nboto3.exceptions.S3UploadFailedError: Failed to upload model.pkl to team-models/3/abc/artifacts/model.pkl: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`s3://team-models/3`')
  })

  it.each([
    // MLflow writing to S3 with no proxy in question: the ordinary S3 advice.
    'mlflow.log_artifact failed; artifact location s3://team-models/3\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    // A proxy of another program, with an s3:// location: not MLflow.
    'squid proxy in front; artifact location s3://team-models/3\nAn error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.'
  ])('counter-case: %s', (text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
  })
})
