// heldout121's refusals the engine missed on their unseen score, and heldout119–120's reviews
// (issues 10 and 17, session 44): Go's HTTP client refusing a credential header with a line end, a
// registry account masked with spaces inside, a requests 403 whose URL a console wrapped, AMP's
// endpoint, Lake Formation's message cut after its noun, a Lambda's environment decrypt after a
// framework's deploy; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { prefixOfHost } from '../../src/model/endpointPrefix.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const scan = (text: string) =>
  analyzeText(text).findings.map((f) => [f.kind, f.grammar, f.code, f.service])

describe("Go's HTTP client refusing a credential header (WD7195)", () => {
  it('h121-003 (appleboy/lambda-action#69): `invalid header field value for "Authorization"`', () => {
    const [f] = analyzeText(h('h121-003')).findings
    expect(f).toMatchObject({
      kind: 'credentials',
      grammar: 'credential-header-invalid',
      service: 'lambda'
    })
    expect(f!.detail.cause).toBe('header-invalid-chars')
    expect(f!.title).toContain('A credential value holds a line end')
  })

  it('own: the same words for a header of the tool’s own are no AWS finding', () => {
    expect(scan('net/http: invalid header field value for "X-Request-Id"')).toEqual([])
  })
})

describe('registries and endpoints as printed', () => {
  it('h121-006 (kalrish/aws-csgo#6): an ECR account the writer masked with spaces inside', () => {
    expect(scan(h('h121-006'))).toEqual([['denial', 'docker-ecr-pull-denied', null, 'ecr']])
  })

  it('h121-034 (robusta-dev/krr#165): a requests 403 whose URL the console wrapped, AMP named', () => {
    expect(scan(h('h121-034'))).toEqual([['denial', 'http-403-client-error', null, 'aps']])
  })

  it('own: the same wrapped 403 for another site is no AWS finding', () => {
    expect(
      scan('HTTPError: 403 Client Error: Forbidden for url:\n    https://api.example.com/v1')
    ).toEqual([])
  })

  it('endpoint labels whose IAM prefix differs', () => {
    expect(prefixOfHost('aps-workspaces.eu-west-2.amazonaws.com')).toBe('aps')
    expect(prefixOfHost('bedrock-agent-runtime.us-east-1.amazonaws.com')).toBe('bedrock')
    expect(prefixOfHost('git-codecommit.us-east-1.amazonaws.com')).toBe('codecommit')
    expect(prefixOfHost('sqs.us-east-1.amazonaws.com')).toBe('sqs')
  })
})

describe('heldout119–120 reviews', () => {
  it("h119-004 (apache/superset#15894): Lake Formation's message cut after `on table` names no table", () => {
    const [f] = analyzeText(h('h119-004')).findings
    expect(f!.traps).toContain('lake-formation-permission')
    expect(f!.explanation).not.toMatch(/"Name":\s*"table"|the table table/)
  })

  it('own: a named table keeps its name', () => {
    const [f] = analyzeText(
      'An error occurred (AccessDeniedException) when calling the GetTable operation: Insufficient Lake Formation permission(s) on orders'
    ).findings
    expect(f!.inferred?.lakeFormation?.value).toBe('on table orders')
  })

  it("h120-025 (aws/chalice#1103): KMS's ciphertext words for Lambdas after `chalice deploy` lead with the stale grant", () => {
    const [f] = analyzeText(h('h120-025')).findings
    expect(f!.inferred?.signals?.['lambda-env-decrypt']?.value).toBe('recreated')
    expect(f!.explanation).toMatch(/^Lambda decrypts the environment variables through a KMS grant/)
  })

  it('own: the ciphertext words with no Lambda named stay the key policy’s', () => {
    const [f] = analyzeText(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.'
    ).findings
    expect(f!.traps).not.toContain('lambda-kms-grant-or-key')
  })
})

describe('SQS refusals that name only the endpoint (heldout121 review)', () => {
  it('h121-018 (the PHP SDK’s ListQueues): a queue-less call is not told to name a queue', () => {
    const [f] = analyzeText(h('h121-018')).findings
    const notes = buildRemedies([f!]).flatMap((r) => r.notes)
    expect(notes.join('\n')).toContain('names none either: its Resource is "*"')
    expect(notes.join('\n')).not.toContain('put the queue the code calls')
    expect(f!.explanation).toContain('IAM allows it with Resource "*" only')
  })

  it('own: a queue action on the bare endpoint still asks for the queue', () => {
    const [f] = analyzeText(
      'AccessDenied (client): Access to the resource https://sqs.eu-west-1.amazonaws.com/ is denied.\nError executing "SendMessage" on "https://sqs.eu-west-1.amazonaws.com"'
    ).findings
    expect(f!.traps).toContain('sqs-endpoint-without-queue')
    expect(f!.explanation).not.toContain('IAM allows it with Resource "*" only')
  })
})

describe('heldout122 (issue 10)', () => {
  it("h122-002 (aws/aws-sdk-js-v3#6494): EventBridge Scheduler's `must allow AWS EventBridge Scheduler to assume the role`", () => {
    const [f] = analyzeText(h('h122-002')).findings
    expect(f).toMatchObject({ grammar: 'service-cannot-use-role', code: 'ValidationException' })
    expect(f!.detail.assumer).toBe('scheduler.amazonaws.com')
    expect(f!.traps).toContain('role-assumer-trust')
  })

  it('own: a service name no IAM prefix stands for names no assumer', () => {
    const [f] = analyzeText(
      'ValidationException: The execution role you provide must allow AWS Frobnicator to assume the role.'
    ).findings
    expect(f?.detail.assumer ?? null).toBeNull()
  })

  it("h122-018 (hashicorp/nomad#4776): Docker's ECR helper not installed (WD7196)", () => {
    const [f] = analyzeText(h('h122-018')).findings
    expect(f).toMatchObject({
      kind: 'credentials',
      grammar: 'ecr-credential-helper-missing',
      service: 'ecr'
    })
    expect(f!.detail.cause).toBe('ecr-helper-missing')
  })

  it('own: another helper missing is no ECR finding', () => {
    expect(
      scan('exec: "docker-credential-gcr": executable file not found in $PATH').map((r) => r[1])
    ).not.toContain('ecr-credential-helper-missing')
  })
})

describe('API Gateway’s words for an unsigned call as a logfmt field (WD7198)', () => {
  it('h121-033 (aws-ia/terraform-aws-eks-blueprints#1366): Grafana’s `msg="Missing Authentication Token"`', () => {
    const [f, ...rest] = analyzeText(h('h121-033')).findings
    expect(rest).toEqual([])
    expect([f!.kind, f!.grammar, f!.detail.cause]).toEqual([
      'credentials',
      'logfmt-missing-authentication-token',
      'missing'
    ])
  })

  it('own counter-case: the words as prose, not a logfmt field, are no finding', () => {
    expect(
      scan('level=info msg="retrying after Missing Authentication Token errors were fixed"')
    ).toEqual([])
  })
})
