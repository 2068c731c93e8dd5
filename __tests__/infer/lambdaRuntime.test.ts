// Issue 17 (heldout14 review, h14-064): a bare `AccessDenied: Access Denied` in a Lambda function's
// own log is S3's wording refusing the function's execution role: explained as S3's bare refusal,
// the caller named as that role, never "the log does not name the service".
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

// nzoschke/gofaas#5, the `aws lambda invoke` reply and its out.log, as printed.
const GOFAAS_5 = `$ aws lambda invoke --function-name gofaas-WorkerFunction-1X30HCHLIM1YC out.log
{
    "StatusCode": 200,
    "FunctionError": "Unhandled",
    "ExecutedVersion": "$LATEST"
}

$ cat out.log 
{"errorMessage":"AccessDenied: Access Denied\\n\\tstatus code: 403, request id: 1CD22FBD05A07230, host id: 0DgsO7WgSuZQMilmgZ0Vpq/Fvn5hw3/NN89E/6b89WcJjhJGvi0onhSD1YPXlX8Z76JGSZ9HArw=","errorType":"requestFailure"`

describe("S3's bare refusal in a Lambda function's runtime log", () => {
  it('the finding keeps its printed service (h14-064)', () => {
    const [f] = analysed(corpusText('heldout14.jsonl', 'h14-064')).findings
    expect(f!.inferred?.service?.value).toBe('s3')
    expect(f!.service).toBeNull()
  })

  it.each([
    ['h14-064 (a Node.js handler, CloudWatch log JSON)', corpusText('heldout14.jsonl', 'h14-064')],
    ['nzoschke/gofaas#5 (a Go function, its invoke reply)', GOFAAS_5]
  ])('%s: S3, the execution role', (_, text) => {
    const { findings, notes } = analysed(text)
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    // Inferred from the runtime (h14-064), or printed (the Go SDK's `status code: 403, ... host id`).
    expect(f.inferred?.service?.value ?? f.service).toBe('s3')
    expect(f.explanation).toMatch(/^S3 answered a bare Access Denied/)
    expect(f.explanation).not.toMatch(/does not name the service/)
    expect(notes.join('\n')).toMatch(/the Lambda function's execution role/)
  })

  it.each([
    // A CLI refusal with a /var/task path elsewhere in the text is the CLI's own (own case).
    [
      'an S3 refusal outside Lambda',
      'upload failed: ./a.zip to s3://my-artifacts/a.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    // Another service's code in the function's log is not S3's (own case).
    [
      "another service's code in a runtime log",
      '{"errorType":"AccessDeniedException","errorMessage":"AccessDeniedException: Access Denied","stack":["at Runtime.handler (/var/task/index.js:3:9)"]}'
    ],
    // The pair with no runtime around it (own case).
    ['the pair alone', 'Error: AccessDenied: Access Denied']
  ])('%s: no inferred service', (_, text) => {
    const { findings } = analysed(text)
    for (const f of findings) expect(f.inferred?.service).toBeUndefined()
  })
})

// heldout129 review h129-069: Python's runtime line (`[ERROR]\tTIME\tREQUEST_ID\t…`) is the
// function's own, and the statement is drafted for its execution role, not an unnamed caller.
describe("a Lambda runtime's own log line", () => {
  it.each([
    ['h129-069 (Python, a SAM upload handler)', corpusText('heldout129.jsonl', 'h129-069')],
    [
      "own: Node's line order (time, request id, level), tabs pasted as spaces",
      '2024-03-02T10:11:12.345Z 0b6f1e9c-1d2e-4f3a-9b8c-7d6e5f4a3b2c ERROR AccessDenied: Access Denied when calling the PutObject operation'
    ]
  ])('%s: the draft is for the execution role', (_, text) => {
    const { findings } = analysed(text)
    const remedies = buildRemedies(findings)
    expect(findings[0]!.inferred?.roleSwitch?.value).toBe("the Lambda function's execution role")
    expect(remedies.map((r) => r.target.description)).toEqual([
      "the identity policy of the Lambda function's execution role (the message does not name it)"
    ])
  })

  it('counter-case (own): a timestamped line with no request id is no runtime line', () => {
    const { findings } = analysed(
      '2024-03-02T10:11:12.345Z ERROR An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(findings[0]!.inferred?.roleSwitch).toBeUndefined()
  })
})
