// kubectl against EKS, and STS's XML errors (issue 10).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('kubectl / eksctl against EKS', () => {
  it('ianbelcher/eks-kubectl-action#1: credentials refused after update-kubeconfig added the context', () => {
    const text = [
      'Run ianbelcher/eks-kubectl-action@master',
      '...',
      'Attempting to update kubeconfig for aws',
      'Added new context ***/testing-cluster to /github/home/.kube/config',
      'error: You must be logged in to the server (the server has asked for the client to provide credentials)'
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.detail.cause, f.line])).toEqual([
      ['credentials', 'eks-not-mapped', 5]
    ])
    expect(found[0]!.title).toBe('EKS cluster does not know this IAM identity')
  })

  it('kubernetes-sigs/aws-iam-authenticator#179: with EKS named far above (the kubeconfig server)', () => {
    const text = [
      '    server: https://nnnnnn.sk1.us-east-2.eks.amazonaws.com',
      ...Array.from({ length: 30 }, () => '    user: arn:aws:eks:nnnnnnnnnn:cluster/dev'),
      '+ kubectl get pods',
      'error: You must be logged in to the server (Unauthorized)'
    ].join('\n')
    expect(parseText(text).map((f) => f.detail.cause)).toEqual(['eks-not-mapped'])
  })

  it('h8-094 (kubernetes-sigs/aws-iam-authenticator#105): the EKS endpoint is in the kubeconfig pasted below', () => {
    const found = parseText(corpusText('heldout8.jsonl', 'h8-094'))
    expect(found.map((f) => [f.kind, f.detail.cause])).toEqual([['credentials', 'eks-not-mapped']])
  })

  it('h8-092 (kubernetes-sigs/aws-iam-authenticator#92): a title-case heading names the EKS cluster', () => {
    const found = parseText(corpusText('heldout8.jsonl', 'h8-092'))
    expect(found.map((f) => [f.kind, f.detail.cause])).toEqual([['credentials', 'eks-not-mapped']])
  })

  it('aws-quickstart/quickstart-amazon-eks#245: the China EKS endpoint is named lines below the error', () => {
    const text = [
      '* When executing kubectl get nodes',
      '```',
      'kubectl get nodes',
      'error: You must be logged in to the server (Unauthorized)',
      '```',
      '* When executing aws eks get-token --cluster-name ****',
      '```',
      '{"status": {"expirationTimestamp": "2020-11-11T02:09:04Z", "token": "k8s-aws-v1.*******"}}',
      '```',
      "* When executing curl -k -H 'Authorization: Bearer k8s-aws-v1.aHR0cHM** https://***eks.amazonaws.com.cn"
    ].join('\n')
    expect(parseText(text).map((f) => f.detail.cause)).toEqual(['eks-not-mapped'])
  })

  it('own: the 2018 exec plugin name (heptio-authenticator-aws) in the kubeconfig below places it on EKS', () => {
    const text = [
      '$ kubectl get pods',
      'error: You must be logged in to the server (Unauthorized)',
      '',
      'users:',
      '- name: aws',
      '  user:',
      '    exec:',
      '      apiVersion: client.authentication.k8s.io/v1alpha1',
      '      command: heptio-authenticator-aws'
    ].join('\n')
    expect(parseText(text).map((f) => f.detail.cause)).toEqual(['eks-not-mapped'])
  })

  it('counter-case: a kubeconfig below that only names a local cluster is not EKS', () => {
    const text = [
      '~/bin » kubectl get nodes',
      'error: You must be logged in to the server (Unauthorized)',
      '```',
      'KUBECONFIG',
      '```',
      'apiVersion: v1',
      'clusters:',
      '- cluster:',
      '    insecure-skip-tls-verify: true',
      '    server: https://localhost:6443',
      '  name: docker-for-desktop-cluster',
      '- cluster:',
      '    server: https://api.k8s.domain.com',
      '  name: k8s'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('counter-case (infrahq/infra#1181): "on AWS" with another authenticator is not EKS', () => {
    const text = [
      'Using the current Infra version on AWS results in requests to Kubernetes through kubectl failing:',
      '```',
      '$ kubectl get pods',
      'error: You must be logged in to the server (the server has asked for the client to provide credentials)',
      '```'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('corpus d123: with nothing that says EKS, it is not an AWS failure', () => {
    expect(
      parseText('+ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)')
    ).toEqual([])
  })
})

describe('STS XML errors', () => {
  it('aws/aws-sdk-js#198: IDPRejectedClaim is a credentials failure', () => {
    const text = [
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
      '  <Error>',
      '    <Type>Sender</Type>',
      '    <Code>IDPRejectedClaim</Code>',
      '    <Message>graph.facebook.com: graph.facebook.com responded with HTTP/1.1 400 Bad Request</Message>',
      '  </Error>',
      '  <RequestId>af0f7b07-5208-11e3-81b2-cfe47957f7e6</RequestId>',
      '</ErrorResponse>'
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.code, f.line])).toEqual([
      ['credentials', 'IDPRejectedClaim', 4]
    ])
    expect(found[0]!.title).toMatch(/^Identity provider rejected the token claims/)
  })
})

describe('a refusal code no table knows', () => {
  it('is reported with low confidence rather than not at all', () => {
    const [f] = parseText(
      'An error occurred (AccessDeniedForDependencyException) when calling the CreateFunction operation: The caller does not have access to the layer'
    )
    expect(f).toMatchObject({
      kind: 'denial',
      code: 'AccessDeniedForDependencyException',
      confidence: 'low'
    })
  })

  it.each(['NotAuthorizedException', 'ValidationException', 'UnauthorizedException'])(
    'leaves %s alone (an app-user or input error, not an IAM decision)',
    (code) => {
      expect(
        parseText(
          `An error occurred (${code}) when calling the InitiateAuth operation: Incorrect username or password.`
        )
      ).toEqual([])
    }
  )
})
