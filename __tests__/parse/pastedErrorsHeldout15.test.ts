// heldout15's refusals the parse read without their service or dropped as prose (issue 10,
// session 17): the EBS CSI driver's event naming EC2, and a knowledge-base page that shows the
// CLI's whole error line under a lead-in saying users might see it.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const read = (text: string) => parseText(text).map((f) => [f.kind, f.code, f.action, f.service])

describe("the EBS CSI driver's `could not create volume in EC2:`", () => {
  it.each([
    ['h15-144 (kubectl describe pvc, the blob in full)', corpusText('heldout15.jsonl', 'h15-144')],
    [
      'kubernetes-sigs/aws-ebs-csi-driver#1449 (the blob left out)',
      '  Warning  ProvisioningFailed  30s      ebs.csi.aws.com_ebs-csi-controller-65968876bc-fsqtw_8837f624-6ded-4da8-9e78-e00ecdf3f268  failed to provision volume with StorageClass "default": rpc error: code = Internal desc = Could not create volume "pvc-c338311b-294b-44b8": could not create volume in EC2: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message:'
    ]
  ])('%s: EC2 refused', (_title, text) => {
    const [f] = read(text)
    expect(f?.[1]).toBe('UnauthorizedOperation')
    expect(f?.[3]).toBe('ec2')
  })
})

describe("the CLI's whole error line under a lead-in saying users might see it", () => {
  it('h15-092 (Atlassian knowledge base): the refusal is read', () => {
    expect(read(corpusText('heldout15.jsonl', 'h15-092'))).toEqual([
      ['denial', 'AccessDenied', 'sts:AssumeRoleWithWebIdentity', 'sts']
    ])
  })

  it.each([
    ['h6-004 (taourl.com: the message named inline)', corpusText('heldout6.jsonl', 'h6-004')],
    ['h6-016 (taourl.com)', corpusText('heldout6.jsonl', 'h6-016')],
    [
      'own: a phrase, not the CLI line, under the same lead-in',
      'When deploying with OIDC, users might see errors such as the ones below:\n\nNot authorized to perform sts:AssumeRoleWithWebIdentity'
    ],
    [
      'own: the CLI line told inline in the lead-in sentence',
      'Users might see errors such as An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity in this case.'
    ]
  ])('%s: still general prose, no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
