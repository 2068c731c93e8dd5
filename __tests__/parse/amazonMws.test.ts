// Amazon MWS (Marketplace Web Service, the seller API) signs like AWS and answers a bad signature
// in AWS's words, but its keys are no IAM identity: a text naming it yields no AWS finding.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

// bhushankummar/amazon-mws#153: the client's error object, with MWS's own response headers.
const AMAZON_MWS_153 = `Below is the server response:
\`\`\`
[Error] {
  Type: 'AmazonMwsAPIError',
  Code: 'GenericError',
  Message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  StatusCode: 403,
  OriginalError: {
    Type: 'Sender',
    Code: 'SignatureDoesNotMatch',
    Message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
  },
  Headers: {
    'x-mws-quota-max': 'unknown',
    'x-mws-quota-remaining': 'unknown',
    'x-mws-quota-resetson': 'unknown',
    'x-mws-timestamp': '2020-12-23T20:15:12.334Z',
    'content-type': 'text/xml',
  },
  RequestId: 'XXX'
}
\`\`\`

I checked My AWS keys on the MWS Scratchpad and it works fine on that with a proper response.`

// beardon/mws-api#93: the Node client's stack under the message.
const MWS_API_93 = `"Error: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
From previous event:
    at AmazonMwsClient.call (/.../node_modules/mws-api/lib/client.js:130:43)
    at req.query.then (/.../node_modules/mws-api/lib/client.js:254:45)`

describe('Amazon MWS look-alike', () => {
  it.each([
    [
      'h8-058 (meertensm/amazon-mws#3, "Amazon Scratchpad")',
      corpusText('heldout8.jsonl', 'h8-058')
    ],
    ['bhushankummar/amazon-mws#153', AMAZON_MWS_153],
    ['beardon/mws-api#93', MWS_API_93]
  ])('%s: no AWS finding', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('own: an S3 bucket whose name starts with mws is still AWS', () => {
    const text =
      'aws s3 cp build.zip s3://mws-reports/build.zip\nupload failed: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'SignatureDoesNotMatch']
    ])
  })
})
