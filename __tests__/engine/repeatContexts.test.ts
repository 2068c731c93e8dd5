// A denial printed twice, the second time with what the tool was doing (heldout10 review 2,
// h10-084): the repeat's words name the call, so the finding reads them, and never says the log
// does not name the service.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

describe("a later occurrence's words reach the folded finding", () => {
  it('ansible ec2.py before/after: the After line names EC2 instances (ansible/ansible#11006)', () => {
    const findings = analyzeText(corpusText('heldout10.jsonl', 'h10-084')).findings
    const ec2 = findings.find((f) => f.service === 'ec2')!
    expect(ec2.inferred?.action?.value).toBe('ec2:DescribeInstances')
    expect(ec2.explanation).toMatch(/^EC2 refused/)
    for (const f of findings) expect(f.explanation).not.toMatch(/does not name the service/)
  })

  it('one printing whose words name the call: its service is named, not called missing', () => {
    const [f] = analyzeText(
      'ERROR: Inventory script (ec2.py) had an execution error: ERROR: "Error connecting to AWS backend.\nYou are not authorized to perform this operation.", while: getting EC2 instances\n'
    ).findings
    expect(f!.inferred?.action?.value).toBe('ec2:DescribeInstances')
    expect(f!.explanation).toMatch(
      /^EC2 refused the request without saying who or why\. The call needs `ec2:DescribeInstances`/
    )
  })

  it('own: the reading printed first still wins over a later one', () => {
    const [f, ...rest] = analyzeText(
      'ERROR: "Error connecting to AWS backend.\nYou are not authorized to perform this operation.", while: getting EC2 instances\nretrying\nERROR: "Error connecting to AWS backend.\nYou are not authorized to perform this operation.", while: getting EC2 security groups\n'
    ).findings
    expect(rest).toEqual([])
    expect(f!.occurrences).toBe(2)
    expect(f!.inferred?.action?.value).toBe('ec2:DescribeInstances')
  })

  it('own: repeats that name nothing leave the finding unknown', () => {
    const [f, ...rest] = analyzeText(
      'You are not authorized to perform this operation.\nstep 2\nYou are not authorized to perform this operation.\n'
    ).findings
    expect(rest).toEqual([])
    expect(f!.occurrences).toBe(2)
    expect(f!.inferred?.action ?? null).toBeNull()
  })
})
