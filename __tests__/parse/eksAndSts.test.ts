// kubectl against EKS, and STS's XML errors (issue 10).
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
