// kubectl refused by EKS where the log says it uses the cluster creator's identity (WD905).
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'eks-signing-identity'

// kodermax/kubectl-aws-eks#5: the error and, from its thread, a question naming the AWS keys
// and a comment's diagnosis.
const KODERMAX_5 = [
  'error: You must be logged in to the server (Unauthorized)',
  "I'm getting this error Unauthorized using this action. My kubeconfig works fine locally",
  '@Genysys, are you able to connect to your kubernetes cluster using your AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY?',
  'If you are getting the above error, it is because the IAM user who created the cluster is different from the user trying to authenticate with the cluster.'
].join('\n')

describe(TRAP, () => {
  it.each([
    ['review h8-093 (kubernetes-sigs/aws-iam-authenticator#174)', reviewed('h8-093')],
    ['kodermax/kubectl-aws-eks#5', KODERMAX_5]
  ])('leads with the identity kubectl signs with, before access entries (%s)', (_source, text) => {
    const { f, statements } = analysedOne(text)
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(
      f.explanation.startsWith('The log says kubectl uses the identity that created the cluster')
    ).toBe(true)
    expect(f.explanation).toContain('`aws sts get-caller-identity`')
    expect(f.explanation.indexOf('get-caller-identity')).toBeLessThan(
      f.explanation.indexOf('add an access entry')
    )
    expect(statements).toEqual([])
  })

  it('counter-case: an Unauthorized on EKS with no word about the creator keeps the access-entry advice first', () => {
    const { f } = analysedOne(
      'Added new context arn:aws:eks:us-east-1:111122223333:cluster/dev to /home/runner/.kube/config\nerror: You must be logged in to the server (Unauthorized)'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).toContain('maps to no Kubernetes user')
  })

  it('counter-case: "the same IAM user ... to create" a bucket is no cluster creator', () => {
    const { f } = analysedOne(
      'I use the same IAM user that I used to create the bucket.\nAdded new context arn:aws:eks:us-east-1:111122223333:cluster/dev to /home/runner/.kube/config\nerror: You must be logged in to the server (Unauthorized)'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
