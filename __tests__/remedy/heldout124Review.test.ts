// The expert review of heldout124–127 on the session's start build (docs/reviews/2026-12-06-heldout124.md):
// the fixes not covered by a trap's own test file.
import { analyzeText } from '../../src/engine/Analysis.js'
import { kubernetesIntegrationIn } from '../../src/catalog/kubernetesIntegrations.js'
import { corpusText } from '../support/corpusRecords.js'

describe('a release file is no running component', () => {
  it("h125-008 (an image build's curl of AWS's own bucket): an unsigned download, not the EBS CSI driver", () => {
    const [f] = analyzeText(corpusText('heldout125.jsonl', 'h125-008')).findings
    expect(f!.traps).toEqual(['s3-third-party-download'])
    expect(f!.inferred?.kubernetesIntegration).toBeUndefined()
    expect(f!.explanation).toContain('ebs-csi-driver-v1.78.0.tar')
  })

  it.each([
    ['CSI_DRIVER_FILENAME=ebs-csi-driver-v1.78.0.tar', null],
    ['curl -o x https://s3.amazonaws.com/b/ebs-csi-driver.tar.gz', null],
    [
      'E1201 controller.go:920] ebs-csi-controller: could not create volume in EC2: UnauthorizedOperation',
      'ebs-csi-driver'
    ],
    ['Image: public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.20.0', 'ebs-csi-driver']
  ])('%s → %s', (text, id) => {
    expect(kubernetesIntegrationIn(text)?.integration.id ?? null).toBe(id)
  })
})

describe('causes the log states', () => {
  it("h124-123 (Ansible's get_url from another project's bucket): an unsigned download", () => {
    const [f] = analyzeText(corpusText('heldout124.jsonl', 'h124-123')).findings
    expect(f!.traps).toContain('s3-third-party-download')
  })

  it("h125-078 (Fluent Bit): its STS provider's failure above is an assume-role failure, not missing keys", () => {
    const [f] = analyzeText(corpusText('heldout125.jsonl', 'h125-078')).findings
    expect(f!.detail.cause).toBe('assume-role-failed')
    expect(f!.explanation).not.toMatch(/Terraform's message/)
  })

  it("h125-020 (an AWS Academy lab): `voc-cancel-cred` is the lab's revocation of ended sessions", () => {
    const [f] = analyzeText(corpusText('heldout125.jsonl', 'h125-020')).findings
    expect(f!.explanation).toContain('Start the lab again')
  })
})

describe('one error once', () => {
  it("h126-001 (the PHP SDK's HeadObject 403): the SDK's own line under Guzzle's is the same error", () => {
    const findings = analyzeText(corpusText('heldout126.jsonl', 'h126-001')).findings
    expect(findings.map((f) => [f.line, f.grammar])).toEqual([[1, 'php-sdk-http-403']])
    expect(findings[0]!.inferred?.resource?.value).toBe('arn:aws:s3:::my-bucket/image.jpeg')
  })
})
