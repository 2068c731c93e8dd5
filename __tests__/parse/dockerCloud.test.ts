// Issue 10 (heldout12 review, h12-042): Docker Cloud's / Docker for AWS's own words for an EC2
// refusal (WD844): a denial, nothing else known.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('`AWS returned an error: unauthorized operation.` (WD844)', () => {
  it('h12-042 (docker/docs#3529)', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-042'))
    expect([f.kind, f.grammar, f.code, f.action, f.service]).toEqual([
      'denial',
      'docker-cloud-unauthorized-operation',
      null,
      null,
      null
    ])
  })

  it('github-file:find_string#30049404300 (a post quoting the node cluster timeline)', () => {
    const f = only(
      '```\nAWS returned an error: unauthorized operation. Please check that the AWS credentials you have provided have enough permissions\n```'
    )
    expect([f.kind, f.grammar]).toEqual(['denial', 'docker-cloud-unauthorized-operation'])
  })

  it('silent: github-file:find_string#3249072016 (Docker Cloud’s FAQ heading quoting it)', () => {
    expect(
      parseText(
        '## "AWS returned an error: unauthorized operation" using instance profiles to deploy node clusters\n\nThis error occurs when you are using an instance profile that has more'
      )
    ).toEqual([])
  })
})
