// An encoded EC2 message under CloudFormation's `API: ec2:RunInstances` label: the label names
// the call, not the action EC2 refused inside it (often iam:PassRole), so nothing is drafted
// before decoding (issue 17, class 15; heldout11 review, h11-037).
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'
import { findingsOf } from '../diagnose/analyze.js'

it('cfncluster (h11-037, https://github.com/aws/aws-parallelcluster/issues/372): no RunInstances statement before decoding', () => {
  const [f] = findingsOf(corpusText('heldout11.jsonl', 'h11-037'))
  expect([f!.kind, f!.action]).toEqual(['encoded', 'ec2:RunInstances'])
  const remedies = buildRemedies([f!])
  expect(remedies.flatMap((r) => r.statements)).toEqual([])
  expect(remedies.flatMap((r) => r.notes).join('\n')).toMatch(/Decode it first/)
})

it('counter-case: the same label over a plain refusal (no encoded message) keeps its statement', () => {
  // Own: CloudFormation's event without the encoded tail.
  const [f] = findingsOf(
    '  - AWS::EC2::Instance MasterServer API: ec2:RunInstances You are not authorized to perform this operation.\n'
  )
  expect(f!.kind).toBe('denial')
  expect(buildRemedies([f!]).flatMap((r) => r.statements.map((s) => s.Action))).toContain(
    'ec2:RunInstances'
  )
})

it('counter-case: an IAM sentence beside a masked blob states the refused action itself', () => {
  // heldout11 h11-179: the plain-text sentence names iam:PassRole, the blob is redacted.
  const [f] = findingsOf(corpusText('heldout11.jsonl', 'h11-179'))
  expect(f!.action).toBe('iam:PassRole')
  expect(buildRemedies([f!]).flatMap((r) => r.statements.map((s) => s.Action))).toContain(
    'iam:PassRole'
  )
})
