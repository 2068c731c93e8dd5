// WD599 (heldout101 review, h101-025 functionalone/serverless-iam-roles-per-function#39): Lambda's
// check of the function's execution role names the call it lacks; the function's role gets the
// feature's set, the deployer nothing.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'lambda-role-check'
const check = (call: string) =>
  `CREATE_FAILED AWS::Lambda::Function Worker Resource handler returned message: "The provided execution role does not have permissions to call ${call} (Service: Lambda, Status Code: 400, Request ID: 1d48ba9f-4e02-42df-8587-fe4b872d2161)"`

describe(TRAP, () => {
  it('h101-025: active tracing needs the X-Ray write set on the function role', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout101.jsonl', 'h101-025'))
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/^The function's execution role may not call PutTraceSegments/)
    expect(f.fixTarget.description).toMatch(/^the function's execution role/)
    expect(f.explanation).toContain('AWSXRayDaemonWriteAccess')
    expect(statements).toEqual([])
    expect(notes).toContain('`xray:PutTraceSegments`, `xray:PutTelemetryRecords`')
  })

  it('own: an SQS event source needs its three reads', () => {
    const { f, notes } = analysedOne(check('ReceiveMessage on SQS'))
    expect(f.traps).toContain(TRAP)
    expect(notes).toContain('`sqs:ReceiveMessage`, `sqs:DeleteMessage`, `sqs:GetQueueAttributes`')
  })

  it("counter-case: a VPC function's network interface is the network role's", () => {
    const { f } = analysedOne(check('CreateNetworkInterface on EC2'))
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('service-network-role')
  })
})
