// WD915 (heldout12 review, h12-164): a pod refused as its node's instance role fell back to the
// node's credentials; the pod's own role (IRSA, Pod Identity) comes first, the node role second.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'
import { corpusText } from '../../support/corpusRecords.js'

// external-secrets/kubernetes-external-secrets#368, as printed (the author masked the account
// and cluster): the controller's pod chains to its role with the node's credentials.
const EXTERNAL_SECRETS_368 = `Hi, I have set up IRSA using the AWS doc. But the \`kubernetes-external-service\` pod fails to assume the role set up in the service account:

Error:
\`\`\`
"User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/eksctl-<CLUSTER_NAME>-nodegroup-m-NodeInstanceRole-1UU8XUZSIV6RZ/i-0e5afb93460d609d2 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<ACCOUNT_ID>:role/eks-secretsmanager"
\`\`\``

describe('pod-on-node-role (WD915)', () => {
  it("review h12-164 (KEDA's SQS scaler): the pod's own role first, the node-role statement as the fallback", () => {
    const { f, statements, notes } = analysedOne(reviewed('h12-164'))
    expect(f.traps[0]).toBe('pod-on-node-role')
    expect(f.explanation).toMatch(
      /^The caller is `eksctl-sandbox-nodegroup-mng-arm-NodeInstanceRole-XG3mWuZ62X6U` with the EC2 instance session `i-0cc905a274f44b524`/
    )
    expect(f.explanation).toContain('IRSA role')
    expect(f.explanation).toContain('EKS Pod Identity')
    // The statement goes on the pod's own role (heldout20 review h20-063), the node role named as
    // the one not to widen.
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('sqs:GetQueueAttributes')
    expect(notes).toContain("The statement is for the pod's own role, not")
    expect(f.fixTarget.description).toMatch(
      /^the identity policy of the pod's own role \(its IRSA role or EKS Pod Identity association\) in account 252703795646, not the node role eksctl-sandbox-nodegroup-mng-arm-NodeInstanceRole-XG3mWuZ62X6U$/
    )
    expect(f.fixTarget.principalName).toBeNull()
    expect(notes).toContain('replace <POD_ROLE_NAME> with the name of the pod')
  })

  it('external-secrets/kubernetes-external-secrets#368: a pod chaining to its role with the node’s credentials', () => {
    const { f } = analysedOne(EXTERNAL_SECRETS_368)
    expect(f.traps).toContain('pod-on-node-role')
    expect(f.explanation).toContain("a Kubernetes node's instance role")
  })

  it('an i- session whose role name says nothing is a pod only when the text shows Kubernetes', () => {
    const line =
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/app-runtime/i-0abcd1234ef567890 is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf'
    expect(analysedOne(`The worker pod logs:\n${line}`).f.traps).toContain('pod-on-node-role')
    // Own counter-case: an EC2 instance running the app itself, no Kubernetes in sight.
    const ec2 = analysedOne(`systemd[1]: Started app.\n${line}`)
    expect(ec2.f.traps).not.toContain('pod-on-node-role')
    expect(ec2.f.explanation).not.toContain('IRSA')
  })

  it("own counter-cases: the node's own calls, a non-instance session, a known controller's own trap", () => {
    // The kubelet's image pull is the node role's to make.
    expect(
      analysedOne(
        'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/eksctl-prod-nodegroup-ng-1-NodeInstanceRole-ABC123/i-0abcd1234ef567890 is not authorized to perform: ecr:GetAuthorizationToken on resource: *'
      ).f.traps
    ).not.toContain('pod-on-node-role')
    // A role session named by its user, not an instance: someone assumed the node role by hand.
    expect(
      analysedOne(
        'The pod says: AccessDenied: User: arn:aws:sts::111122223333:assumed-role/eksctl-prod-nodegroup-ng-1-NodeInstanceRole-ABC123/alice is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs'
      ).f.traps
    ).not.toContain('pod-on-node-role')
    // ExternalDNS on the node role: its controller trap names its service account instead.
    const dns = analysedOne(
      'external-dns level=error msg="AccessDenied: User: arn:aws:sts::111122223333:assumed-role/nodes.k01.k8s.example.net/i-036ca678b407648ce is not authorized to perform: route53:ListHostedZones"'
    )
    expect(dns.f.traps).toContain('kubernetes-controller-policy')
    expect(dns.f.traps).not.toContain('pod-on-node-role')
  })
})

describe('pod-on-node-role, a pod assuming a role with the node’s credentials (heldout15 review h15-005)', () => {
  it("h15-005 (cert-manager's Route 53 solver): the target becomes the pod's IRSA role; the node role is never trusted", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-005'))
    expect(f.traps).toEqual(['pod-on-node-role'])
    expect(f.explanation).toContain(
      "Make `arn:aws:iam::############:role/cert-manager-serviceaccount` the pod's own role instead"
    )
    expect(f.explanation).toContain('drop `role:` from the Route 53 solver')
    // What to change is the target's trust only: no identity policy of the node role.
    expect(f.fixTarget.description).toMatch(/^the trust policy of .*not the node role\)$/)
    expect(f.explanation).not.toContain('and the identity policy of role eksctl')
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatchObject({
      Principal: { Federated: 'arn:aws:iam::<ACCOUNT_ID>:oidc-provider/<EKS_OIDC_PROVIDER>' },
      Action: 'sts:AssumeRoleWithWebIdentity'
    })
    expect(JSON.stringify(statements)).not.toContain('NodeInstanceRole')
    expect(notes).toContain('Never trust the node role')
    expect(notes).not.toContain('keep the node role')
  })

  it('external-secrets#368 (as printed): the same, with the masked account left to a placeholder', () => {
    const { statements } = analysedOne(EXTERNAL_SECRETS_368)
    expect(statements.map((s) => s.Action)).toEqual(['sts:AssumeRoleWithWebIdentity'])
  })

  it("own counter-case: a role session that is no node's gets both sides of the assume", () => {
    const { f, statements } = analysedOne(
      'AccessDenied: User: arn:aws:sts::111122223333:assumed-role/ci-runner/i-0abcd1234ef567890 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(f.traps).not.toContain('pod-on-node-role')
    expect(statements.map((s) => s.Action)).toEqual(expect.arrayContaining(['sts:AssumeRole']))
  })
})
