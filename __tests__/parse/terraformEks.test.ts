// Terraform's kubernetes and helm providers refused by an EKS cluster's API server (issue 10
// round 7): the caller's IAM identity is not mapped, as with kubectl (credentials). Sources in the
// titles; `own` cases are ours.
import { parseText } from './parseText.js'

function kinds(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar])
}

describe('Unauthorized from an EKS cluster is a credentials finding', () => {
  it('terraform-aws-modules/terraform-aws-eks#1287: Terraform 0.14 prints the place on the error line', () => {
    expect(
      kinds(
        'Error: Unauthorized on .terraform/modules/eks/aws_auth.tf line 65, in resource "kubernetes_config_map" "aws_auth":'
      )
    ).toEqual([['credentials', 'eks-unauthorized-error']])
  })

  it('own: the AWS Load Balancer Controller’s service account places the cluster on EKS', () => {
    const text = [
      'Error: Unauthorized',
      '',
      '  with module.platform.kubernetes_service_account.aws_load_balancer_controller,',
      '  on .terraform/modules/platform/ingress.tf line 12, in resource "kubernetes_service_account" "aws_load_balancer_controller":',
      '  12: resource "kubernetes_service_account" "aws_load_balancer_controller" {'
    ].join('\n')
    expect(kinds(text)).toEqual([['credentials', 'eks-unauthorized-error']])
  })
})

describe('look-alikes', () => {
  it('own: the same error against a GKE cluster is not AWS’s', () => {
    const text = [
      'Error: Unauthorized on .terraform/modules/gke/main.tf line 12, in resource "kubernetes_namespace" "apps":',
      '  12: resource "kubernetes_namespace" "apps" {'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('own: a word after `Unauthorized` that is not a place keeps the line prose', () => {
    expect(
      parseText('Error: Unauthorized on purpose, see modules/eks/README.md for the test fixture')
    ).toEqual([])
  })
})
