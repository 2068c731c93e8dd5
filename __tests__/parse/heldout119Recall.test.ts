// heldout119–120's refusals the engine missed or misread on their unseen score, and heldout118's
// review of pods on their node's role (issues 10 and 17, session 44): Argo's minio-go client on
// AWS's endpoint, minio-js's error class, Steampipe's rendering of the Go SDK's error, a service
// relaying KMS's refusal in its words, the Java SDK off EC2, a session ARN a terminal box cut, a
// node role printed without its ARN's head; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { parsePrincipal } from '../../src/diagnose/Principal.js'
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const scan = (text: string) =>
  analyzeText(text).findings.map((f) => [f.kind, f.grammar, f.code, f.service])

describe("object-store clients' wordings", () => {
  it("h119-011 (awslabs/kubeflow-manifests#225): Argo's minio-go client on s3.amazonaws.com is AWS's", () => {
    expect(scan(h('h119-011'))).toEqual([['denial', 'go-chain-access-denied', null, 's3']])
  })

  it('own: the same client on a MinIO server stays no AWS finding', () => {
    const text = h('h119-011')
      .replace('Creating minio client s3.amazonaws.com', 'Creating minio client minio.local:9000')
      .replace('endpoint: s3.amazonaws.com', 'endpoint: minio.local:9000')
    expect(scan(text)).toEqual([])
  })

  it("h119-016 (kubeflow/pipelines#4843): minio-js's `S3Error: Access Denied` (WD7191)", () => {
    expect(scan(h('h119-016')).map((r) => r[1])).toEqual(['minio-js-s3-error'])
  })

  it('own: minio-js naming MinIO is no AWS finding', () => {
    expect(scan('MinIO at minio:9000\nFailed to get object: S3Error: Access Denied.')).toEqual([])
  })
})

describe("Steampipe's rendering of the Go SDK's error (WD7192)", () => {
  it('h120-006 (turbot/steampipe-plugin-aws#1952): the code after `API Error:`, the service from its heading', () => {
    expect(scan(h('h120-006'))).toEqual([['denial', 'steampipe-api-error', 'AccessDenied', 's3']])
  })

  it('own: a code that is no refusal gives no finding', () => {
    const text =
      'Error: Operation Error S3: GetBucketPolicy\nHTTPS response error StatusCode: 404\nAPI Error: NoSuchBucketPolicy - The bucket policy does not exist'
    expect(scan(text).map((r) => r[1])).not.toContain('steampipe-api-error')
  })
})

describe('a service relaying a refusal in its own words (WD7193)', () => {
  it('h120-034: SageMaker Unified Studio’s `User is not permitted to perform kms:Decrypt for operation …`', () => {
    expect(parseText(h('h120-034')).map((f) => [f.grammar, f.action, f.service])).toEqual([
      ['not-permitted-to-perform', 'kms:Decrypt', 'kms']
    ])
  })

  it('own: prose that is not permitted to perform a task names no action', () => {
    expect(scan('The intern is not permitted to perform deployments on Fridays.')).toEqual([])
  })
})

describe('the Java SDK off EC2 (WD7194)', () => {
  it('h119-037 (DataSQRL/sqrl#425): `Failed to connect to service endpoint:` over its IMDS fetcher', () => {
    const [f] = analyzeText(h('h119-037')).findings
    expect(f).toMatchObject({ kind: 'credentials', grammar: 'java-imds-unreachable' })
    expect(f!.detail.cause).toBe('imds-error')
  })

  it('own: the same words for another endpoint (no IMDS frame) are no credentials finding', () => {
    const text =
      'com.amazonaws.SdkClientException: Failed to connect to service endpoint:\n\tat com.example.Http.get(Http.java:10)'
    expect(scan(text)).toEqual([])
  })
})

describe('callers printed in pieces', () => {
  it('h119-003 (awslabs/s3-tables-catalog#20): a session ARN a terminal box cut inside the role’s name', () => {
    expect(parseText(h('h119-003'))[0]!.principal).toBe(
      'arn:aws:sts::acctid:assumed-role/eksctl-ekscluster-NodeInstanceRole-r5wn6T6DFOpd/i-0a6fd62c909b22527'
    )
  })

  it('own: a next line’s word with no session in it is not joined to the role', () => {
    const text =
      'User: arn:aws:sts::123456789012:assumed-role/deployer\nfoo is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
    expect(parseText(text)[0]!.principal).toBe('arn:aws:sts::123456789012:assumed-role/deployer')
  })

  it('h118-022: `NAME/i-xxx`, a role on an EC2 instance with its ARN’s head cut', () => {
    expect(parsePrincipal('prod-nodegroup-m-NodeInstanceRole-xxx/i-xxx')).toMatchObject({
      type: 'role',
      name: 'prod-nodegroup-m-NodeInstanceRole-xxx',
      sessionName: 'i-xxx'
    })
    expect(parsePrincipal('team/alice')?.type).toBe('unknown')
  })
})

describe('a pod on its node’s role although IRSA is set (heldout118 review)', () => {
  it('h118-022: the fix goes to the pod’s role, and the client is checked first', () => {
    const [f] = analyzeText(h('h118-022')).findings
    const advice = f!.explanation
    expect(advice).toContain("although the pod has IRSA's variables")
    expect(advice).toContain(
      'arn:aws:iam::XXXX:role/eksctl-c-prod-addon-iamserviceaccoun-Role1-XXXX'
    )
  })

  it('h118-021: named in prose, the variables still say the client skipped them', () => {
    const [f] = analyzeText(h('h118-021')).findings
    expect(f!.traps).toContain('pod-on-node-role')
    expect(f!.explanation).toContain('Its client skipped them')
  })

  it('own: a pod on its node’s role with no IRSA variables gets the usual advice', () => {
    const [f] = analyzeText(
      'User: arn:aws:sts::123456789012:assumed-role/eks-nodegroup-NodeInstanceRole-AB/i-0123456789abcdef0 is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:us-east-1:123456789012:q because no identity-based policy allows the sqs:ReceiveMessage action\nkubectl logs my-pod'
    ).findings
    const advice = f!.explanation
    expect(advice).toContain('Give the pod its own role first')
    expect(advice).not.toContain("IRSA's variables")
  })
})
