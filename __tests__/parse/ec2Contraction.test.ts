// Issue 10 (heldout12 review, h12-134): EC2's refusal as a relaying service contracts it (`You
// aren't authorized to perform this operation.`), its encoded message masked by the writer.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('EC2’s refusal with `aren’t`, before its encoded message', () => {
  it('h12-134 (SSM Automation troubleshooting, current wording): wrapped in backticks, blob `xxxxxxx`', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-134'))
    expect([f.kind, f.code, f.service]).toEqual(['encoded', 'UnauthorizedOperation', 'ec2'])
  })

  it('github-file:find_string#5915148245 (the same page’s earlier wording, one line)', () => {
    const f = only(
      '**Error message**: `Automation Step Execution fails when it is launching the instance(s). Get Exception from RunInstances API of ec2 Service. Exception Message from RunInstances API: [You are not authorized to perform this operation. Encoded authorization failure message: xxxxxxx (Service: AmazonEC2; Status Code: 403; Error Code: UnauthorizedOperation; Request ID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)]. Please refer to Automation Service Troubleshooting Guide for more diagnosis details.`'
    )
    expect([f.kind, f.code, f.service]).toEqual(['encoded', 'UnauthorizedOperation', 'ec2'])
  })

  it('own variant: a typographic apostrophe and a real blob', () => {
    const f = only(
      'Exception Message from RunInstances API: [You aren’t authorized to perform this operation.\n Encoded authorization failure message: AbCdEf0123456789-_AbCdEf0123456789 (Service: AmazonEC2;'
    )
    expect([f.kind, f.service]).toEqual(['encoded', 'ec2'])
  })

  it.each([
    [
      'github-file:find_string#54579114727 (ThingsBoard’s own exception message)',
      '            throw new ThingsboardException("You aren\'t authorized to perform this operation!", ThingsboardErrorCode.AUTHENTICATION);'
    ],
    [
      'the contraction with no EC2 marker after it',
      "Error: You aren't authorized to perform this operation."
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
