// A CloudTrail event whose errorMessage carries EC2's encoded authorization message is an encoded
// finding, decoded before any statement (issue 10, heldout13 h13-164; review 3). Sources in the
// titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [
    f.kind,
    f.code,
    f.service,
    f.encodedMessage?.slice(0, 12) ?? null
  ])
}

describe('an encoded message inside a CloudTrail event', () => {
  it('heldout13 h13-164 (aws/aws-parallelcluster#3505, the value cut by the paste)', () => {
    expect(fields(corpusText('heldout13.jsonl', 'h13-164'))).toEqual([
      ['encoded', 'Client.UnauthorizedOperation', 'ec2', 'F02XfWhIkobg']
    ])
  })

  it('aws/aws-cloudtrail-processing-library#13 (its errorMessage, the blob shortened by us, in fields of ours)', () => {
    const event =
      '{\n    "eventSource": "ec2.amazonaws.com",\n    "eventName": "RunInstances",\n    "errorCode": "Client.UnauthorizedOperation",\n' +
      '    "errorMessage": "You are not authorized to perform this operation. Encoded authorization failure message: yy00r41dxhsGHv2wBQ6iAaslG-_TOIqTkRzNZxyp9HZH9guY5aCjlsPBxxM8myj_Y2pLcK0jhv7-dysstqTNhwrY1EZjM1y3biI8lVziop7LkyGx6WTkA8Zcae-f5s3grzQCKwzTsANzE5v4UeuikcACczPrAxXRRloVxVvJokwXwHytymJ3UNOA_FG_1XfYvUtv9kgqE6...",\n}'
    expect(fields(event)).toEqual([
      ['encoded', 'Client.UnauthorizedOperation', 'ec2', 'yy00r41dxhsG']
    ])
  })
})

describe('what stays a plain denial', () => {
  it('own: the marker with nothing after it', () => {
    expect(
      fields(
        '{"eventSource": "ec2.amazonaws.com", "eventName": "RunInstances", "errorCode": "Client.UnauthorizedOperation", "errorMessage": "You are not authorized to perform this operation. Encoded authorization failure message: "}'
      )
    ).toEqual([['denial', 'Client.UnauthorizedOperation', 'ec2', null]])
  })

  it('own: an event without the marker', () => {
    expect(
      fields(
        '{"eventSource": "ec2.amazonaws.com", "eventName": "DescribeInstances", "errorCode": "Client.UnauthorizedOperation", "errorMessage": "You are not authorized to perform this operation."}'
      )
    ).toEqual([['denial', 'Client.UnauthorizedOperation', 'ec2', null]])
  })
})
