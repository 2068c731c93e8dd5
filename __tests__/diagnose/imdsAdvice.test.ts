// A credentials failure at the instance metadata service: the advice must fit both what the SDK
// saw (an error status, no role, no answer at all) and where the job may run (on EC2 or off it).
import { corpusText } from '../support/corpusRecords.js'
import { findingsOf } from './analyze.js'

it('ECR credential helper off EC2 (h11-087, awslabs/amazon-ecr-credential-helper#381): no "error status" claim, off-EC2 advice first', () => {
  const f = findingsOf(corpusText('heldout11.jsonl', 'h11-087')).find(
    (x) => x.kind === 'credentials'
  )!
  expect(f.detail.cause).toBe('imds-error')
  expect(f.explanation).not.toMatch(/got an error status back/)
  expect(f.explanation).toMatch(/Off EC2 .* there is no IMDS to ask/)
  // The instance-profile checks stay, for a runner that is on EC2.
  expect(f.explanation).toMatch(/On EC2, check that the instance .* has an instance profile/)
})

it('a credential lookup cancelled (h13-027, kubernetes-sigs/aws-ebs-csi-driver#2421): the source timed out, not "no credentials"', () => {
  const f = findingsOf(corpusText('heldout13.jsonl', 'h13-027')).find(
    (x) => x.kind === 'credentials'
  )!
  expect(f.detail.cause).toBe('credential-timeout')
  expect(f.explanation).not.toMatch(/found no credentials at all/)
  expect(f.explanation).toMatch(/hop limit .* 2/)
  expect(f.explanation).toMatch(/IRSA or EKS Pod Identity/)
  expect(f.explanation).toMatch(/`sts` interface VPC endpoint/)
})
