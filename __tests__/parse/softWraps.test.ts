// A phrase a terminal, a logger or a reporter wrapped between two of its words is read with the
// wrap joined, only when no grammar matched the record as printed (src/parse/softWraps.ts).
import { analyzeText } from '../../src/engine/Analysis.js'
import { joinSoftWraps } from '../../src/parse/softWraps.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) =>
  corpusText(
    id.startsWith('h2-') ? 'heldout2.jsonl' : `heldout${id.slice(1, id.indexOf('-'))}.jsonl`,
    id
  )

describe('joinSoftWraps', () => {
  it('joins a break after a trailing space, and one mid-sentence before a lower-case word', () => {
    const text =
      'ansible_collections.amazon.aws.plugins.inventory.aws_ec2 plugin: Unable to\nlocate credentials\n' +
      'operation error S3: PutObject, https response error StatusCode: 400, \n  api error X\n'
    const joined = joinSoftWraps(text)!
    expect(joined.text).toBe(
      'ansible_collections.amazon.aws.plugins.inventory.aws_ec2 plugin: Unable to locate credentials\n' +
        'operation error S3: PutObject, https response error StatusCode: 400, api error X\n'
    )
  })

  it('maps positions both ways', () => {
    const text = 'a line long enough to be a wrapped one: Unable to\n   locate credentials'
    const joined = joinSoftWraps(text)!
    const at = joined.text.indexOf('locate')
    expect(joined.origin(at)).toBe(text.indexOf('locate'))
    expect(joined.joined(text.indexOf('locate'))).toBe(at)
    expect(joined.origin(3)).toBe(3)
  })

  it.each([
    ['a short line\nlocate credentials'],
    ['a sentence that ends with its period.\nlocate credentials'],
    ['CREATE_FAILED | AWS::S3::BucketPolicy | see below\nthe docs list'],
    ['a line long enough to be a wrapped one, then\n2024-01-01T00:00:00Z next line'],
    ['a line long enough to be a wrapped one: Unable to\n│ locate credentials']
  ])('leaves whole lines alone: %j', (text) => {
    expect(joinSoftWraps(text)).toBeNull()
  })
})

describe('wrapped phrases found', () => {
  it.each([
    // ansible-collections/amazon.aws#681: Ansible's warning wrapped inside botocore's words.
    ['h124-101', 'no-credentials-cli'],
    // ansible-collections/amazon.aws#1606: the wrap right after `Error`.
    ['h124-102', 'sso-token-load-error'],
    // aws/ec2-image-builder-roadmap#66: AWSTOE's line wrapped after trailing spaces.
    ['h125-005', 'authorization-header-empty-key']
  ])('%s: %s', (id, grammar) => {
    const findings = analyzeText(h(id)).findings
    expect(findings.map((f) => f.grammar)).toContain(grammar)
  })

  it('reports the finding on the printed line where the phrase starts', () => {
    const [f] = analyzeText(
      'first line of the log\nansible_collections.amazon.aws.plugins.inventory.aws_ec2 plugin: Unable to\nlocate credentials\n'
    ).findings
    expect(f!.line).toBe(2)
  })

  it('own counter-case: a phrase set aside as a test’s string stays set aside when its lines would join', () => {
    expect(analyzeText(h('h2-060')).findings).toEqual([])
  })
})
