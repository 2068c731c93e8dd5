// heldout20's expert review (issue 17, sessions 22 and 23): the wrong findings left by the first
// round of fixes, each with the corpus text it was found on and counter-cases of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

const h20 = (id: string) => corpusText('heldout20.jsonl', id)

describe("a pod on its node's role: the Allow goes on the pod's own role (review h20-063, h20-064)", () => {
  it('h20-063 (cluster-autoscaler on an eksctl node group): the service account names the role to change', () => {
    const { f, statements, notes } = analysedOne(h20('h20-063'))
    expect(f.traps).toContain('kubernetes-controller-policy')
    expect(f.fixTarget.pod).toEqual({ serviceAccount: 'kube-system/cluster-autoscaler' })
    expect(f.fixTarget.description).toContain(
      "the identity policy of the pod's own role (its IRSA role or EKS Pod Identity association for the service account kube-system/cluster-autoscaler)"
    )
    expect(f.fixTarget.description).toMatch(
      /not the node role eksctl-gara-int-cluster-nodegroup-NodeInstanceRole-19QKQO25WZ3M9$/
    )
    expect(statements).toHaveLength(1)
    expect(notes).toContain('replace <POD_ROLE_NAME>')
    // eksctl's setting for the node role comes only as the stop-gap.
    expect(f.explanation).toContain(
      'If you grant the node role instead as a stop-gap, it is managed by eksctl'
    )
    expect(f.explanation).not.toContain('The role is managed by eksctl')
    const [remedy] = buildRemedies(analyzeText(h20('h20-063')).findings)
    expect(remedy!.renderings.cli).toContain("--role-name '<POD_ROLE_NAME>'")
    expect(remedy!.renderings.cli).not.toContain('NodeInstanceRole')
    expect(remedy!.renderings.terraform).not.toContain('NodeInstanceRole-19QKQO25WZ3M9"')
  })

  it('h20-062 (external-dns, the mask ate both colons around the account): still a node role, still the pod’s role', () => {
    const { f } = analysedOne(h20('h20-062'))
    expect(f.traps).toEqual(['pod-on-node-role'])
    expect(f.fixTarget.pod).toEqual({ serviceAccount: null })
    expect(f.fixTarget.description).toMatch(
      /not the node role eks-cluster-XXXXXXX-NodeInstanceRole-XXXXXXXX$/
    )
  })

  it('own counter-cases: the node’s own calls and a role that is not a node’s keep their caller', () => {
    // The kubelet's image pull is the node role's own call.
    const pull = analysedOne(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/eksctl-prod-nodegroup-ng-1-NodeInstanceRole-ABC123/i-0abcd1234ef567890 is not authorized to perform: ecr:GetAuthorizationToken on resource: *'
    )
    expect(pull.f.fixTarget.pod).toBeUndefined()
    expect(pull.f.fixTarget.principalName).toBe(
      'eksctl-prod-nodegroup-ng-1-NodeInstanceRole-ABC123'
    )
    // An application on a plain EC2 instance (no Kubernetes words, no node-role name).
    const app = analysedOne(
      'AccessDenied: User: arn:aws:sts::111122223333:assumed-role/app-server/i-0abcd1234ef567890 is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs'
    )
    expect(app.f.fixTarget.pod).toBeUndefined()
    expect(app.f.fixTarget.principalName).toBe('app-server')
    // An explicit deny stays with the policy that denies, whoever called.
    const deny = analysedOne(
      'AccessDenied: User: arn:aws:sts::111122223333:assumed-role/eksctl-prod-nodegroup-ng-1-NodeInstanceRole-ABC123/i-0abcd1234ef567890 is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs with an explicit deny in a service control policy'
    )
    expect(deny.f.fixTarget.kind).toBe('scp')
  })
})

describe('a signed client around S3’s error document is not anonymous (review h20-066)', () => {
  it('h20-066 (ex_aws’s {:http_error, 403} tuples): no anonymous caller, no bucket-owner-only advice', () => {
    const { findings } = analyzeText(h20('h20-066'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.principal).toBeNull()
    expect(findings[0]!.traps).not.toContain('unsigned-request-refused')
    expect(findings[0]!.explanation).not.toContain('anonymous')
  })

  it('own counter-case: the same document on its own is still an unsigned download', () => {
    const doc =
      '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>043CF33E6A5599F1</RequestId><HostId>nrWIvaVnhqdT1mdCRO2zpiPJuq65ceihWYmK/mkaMgEDH0B4oQJabsOH+7LCZw4YjuPGCG4eivI=</HostId></Error>'
    expect(analyzeText(doc).findings[0]!.traps).toContain('unsigned-request-refused')
  })
})

describe('a hosted zone’s ARN takes its ID (review h20-069)', () => {
  it('h20-069 (external-dns, zone masked): the placeholder asks for the zone ID, not its name', () => {
    const { statements, notes } = analysedOne(h20('h20-069'))
    expect(statements[0]!.Resource).toBe('arn:aws:route53:::hostedzone/<HOSTEDZONE_ID>')
    expect(notes).toContain('Replace <HOSTEDZONE_ID> with the hosted zone ID')
    expect(notes).not.toContain('HOSTEDZONE_NAME')
  })

  it('the catalog says which slots are IDs: an API Gateway REST API’s too; a name slot stays a name', () => {
    const api = analysedOne(
      'AccessDeniedException: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:us-east-1::/restapis/xxxxxxxx'
    )
    expect(JSON.stringify(api.statements)).not.toContain('_NAME>')
    const table = analysedOne(
      'AccessDeniedException: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/xxxxxxxx'
    )
    expect(table.statements[0]!.Resource).toBe(
      'arn:aws:dynamodb:us-east-1:111122223333:table/<TABLE_NAME>'
    )
  })
})
