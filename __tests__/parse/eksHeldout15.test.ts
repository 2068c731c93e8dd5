// The EKS API server refusing an IAM identity it maps to no user, as `kubectl apply` prints it
// when it cannot discover a manifest's kinds (WD864): only where the text places the cluster on EKS.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammarRule, f.detail.cause ?? null])

describe('kubectl `unable to recognize "…": Unauthorized` on EKS', () => {
  it.each([
    [
      "h15-160 (terraform-aws-modules/terraform-aws-eks#612, the module's local-exec)",
      corpusText('heldout15.jsonl', 'h15-160')
    ],
    [
      'pulumi/pulumi-eks#50 (Pulumi relays kubectl)',
      [
        'Diagnostics:',
        '  pulumi:pulumi:Stack (infrastructure-aws-infra):',
        '    unable to recognize "/var/folders/w5/n_5_kc696xxb8h9rd8d3px2r0000gp/T/tmp-15444QTFwfDso2DP3.tmp": Unauthorized',
        '',
        '  kubernetes:core:ConfigMap (eksCluster-nodeAccess):',
        '    error: Plan apply failed: Unauthorized',
        '     └─ eks:index:Cluster                  eksCluster'
      ].join('\n')
    ]
  ])('%s: credentials, the identity not mapped', (_title, text) => {
    expect(read(text)[0]).toEqual(['credentials', 'WD864', 'eks-not-mapped'])
  })

  it("h15-165 (eksctl-io/eksctl#2792): eksctl's own wording stays WD756's", () => {
    expect(read(corpusText('heldout15.jsonl', 'h15-165'))).toEqual([
      ['credentials', 'WD756', 'eks-not-mapped']
    ])
  })

  it('awslabs/benchmark-ai#502: nothing in the text places the cluster on EKS, no finding', () => {
    const text = [
      '==> Creating Kubernetes objects',
      'unable to recognize "/Users/chanbair/.bai/fluentd-daemonset.yaml": Unauthorized',
      'unable to recognize "/Users/chanbair/.bai/autoscaler-deployment.yaml": Unauthorized',
      'error: unable to recognize "https://raw.githubusercontent.com/NVIDIA/k8s-device-plugin/v1.11/nvidia-device-plugin.yml": Unauthorized'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it("own: kubectl's other `unable to recognize` (no matches for kind) is no refusal", () => {
    const text =
      'eks update-kubeconfig done\nerror: unable to recognize "ingress.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"'
    expect(parseText(text)).toEqual([])
  })
})
