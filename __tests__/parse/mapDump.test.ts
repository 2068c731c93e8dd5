// Issue 10: an SDK error printed as the map or struct it was parsed into, in each language's own
// shape, is a finding when a message beside the code is one AWS sends; the same shapes written
// in source (mocks, fixtures) or from another API stay silent.
import { parseText } from './parseText.js'

const codes = (text: string) => parseText(text).map((f) => [f.kind, f.code, f.grammar])

describe('map and struct dumps (WD781)', () => {
  it('ex-aws/ex_aws#946 (Elixir: the S3 XML body inside an error tuple)', () => {
    const text = [
      '** (ExAws.Error) ExAws Request Error!',
      '',
      '{:error, {:http_error, 403, %{body: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>HQAJJ8Z7G25RZPG6</RequestId><HostId>H4AbgIolVsevPLsLZ9W32UalcXk3P8Lt0p3qk7z/MgXDbjyjA+YPAvU38bGoM4+uFhzMJvC3gRw=</HostId></Error>", headers: [{"x-amz-request-id", "HQAJJ8Z7G25RZPG6"}, {"x-amz-id-2", "H4AbgIolVsevPLsLZ9W32UalcXk3P8Lt0p3qk7z/MgXDbjyjA+YPAvU38bGoM4+uFhzMJvC3gRw="}, {"Content-Type", "application/xml"}, {"Transfer-Encoding", "chunked"}, {"Date", "Tue, 18 Apr 2023 06:59:16 GMT"}, {"Server", "AmazonS3"}], status_code: 403}}}',
      '',
      '    (ex_aws 2.4.2) lib/ex_aws.ex:90: ExAws.request!/2'
    ].join('\n')
    const [f, ...rest] = parseText(text)
    expect(rest).toEqual([])
    expect([f!.kind, f!.code, f!.service]).toEqual(['denial', 'AccessDenied', 's3'])
  })

  it.each([
    [
      'Dart (the body a client failed to deserialise)',
      "DeserializationError (Deserializing '[Error, {Code: AccessDenied, Message: Access Denied, RequestId: 6AF7623EE000E, HostId: abc}]' to 'ListBucketResult' failed)"
    ],
    [
      'Go %+v of a smithy error',
      '2024/01/02 10:00:00 failed: &{Code:AccessDenied Message:Access Denied Fault:client}'
    ],
    [
      'Python dict of a ClientError response',
      "ERROR:root:upload failed: {'Error': {'Code': 'AccessDenied', 'Message': 'Access Denied'}, 'ResponseMetadata': {'RequestId': 'ABC123', 'HTTPStatusCode': 403}}"
    ],
    [
      'Ruby hash (rocket)',
      'E, [2024-01-02T10:00:00] ERROR -- : {:code=>"AccessDenied", :message=>"Access Denied", :request_id=>"ABC"}'
    ],
    [
      'Ruby hash (3.4 inspect)',
      'E, [2024-01-02T10:00:00] ERROR -- : {code: "AccessDenied", message: "Access Denied"}'
    ],
    [
      'Elixir map',
      '{:error, %{code: "AccessDenied", message: "Access Denied", request_id: "ABC"}}'
    ],
    [
      'PHP print_r',
      'Array\n(\n    [Code] => AccessDenied\n    [Message] => Access Denied\n    [RequestId] => 5N3ABXYZ\n)'
    ],
    ['PHP var_export', "array (\n  'code' => 'AccessDenied',\n  'message' => 'Access Denied',\n)"],
    ['Java Map.toString', '{Code=AccessDenied, Message=Access Denied, RequestId=ABC}']
  ])('%s', (_title, text) => {
    expect(codes(text)).toEqual([['denial', 'AccessDenied', 'map-dump']])
  })

  it('message before code, over two lines', () => {
    expect(
      parseText('upload failed:\n  Message: Access Denied\n  Code: AccessDenied').map((f) => f.code)
    ).toEqual(['AccessDenied'])
  })

  it('an expired token in a dump is a credentials finding', () => {
    expect(
      codes(
        "{'Error': {'Code': 'ExpiredToken', 'Message': 'The security token included in the request is expired'}}"
      ).map(([kind, code]) => [kind, code])
    ).toEqual([['credentials', 'ExpiredToken']])
  })

  it.each([
    [
      'github-file:find_string#22779827615 (a Python test building the ClientError it mocks)',
      [
        '        mock_client = MagicMock()',
        '        mock_client.get_metric_statistics.side_effect = ClientError(',
        "            {'Error': {'Code': 'AccessDenied', 'Message': 'Access denied'}},",
        "            'GetMetricStatistics'",
        '        )'
      ].join('\n')
    ],
    [
      'github-file:find_string#66676174745 (a Go test returning a smithy error)',
      [
        '\t\theadBucketFn: func(_ context.Context, _ *s3.HeadBucketInput, _ ...func(*s3.Options)) (*s3.HeadBucketOutput, error) {',
        '\t\t\treturn nil, &smithy.GenericAPIError{Code: "AccessDenied", Message: "access denied"}',
        '\t\t},'
      ].join('\n')
    ],
    [
      'github-file:find_string#18344823140 (another API answering with the same code words)',
      [
        'def get_all_sellers_offers(',
        "        token):  # TODO nie działa {'errors': [{'code': 'AccessDenied', 'message': 'Access is denied', 'details': None, 'path': None, 'userMessage': 'Access denied. Contact the author of the application.'}]}",
        '    try:',
        '        url = "https://api.allegro.pl/sale/offers"'
      ].join('\n')
    ],
    ['a code with no message beside it', "{'Code': 'AccessDenied'}"],
    ['a message that is not one AWS sends', '{Code: AccessDenied, Message: Please log in again}']
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('an error table assigned in source is no dump a run printed', () => {
    const text =
      "const errors_defs = [{\n    code: 'AccessDenied',\n    message: 'Access Denied',\n    http_code: 403,\n}]"
    expect(parseText(text).filter((f) => f.grammar === 'map-dump')).toEqual([])
  })

  it('the object Node prints under an error is that error, not a second one', () => {
    const text = [
      'AccessDeniedException: User: arn:aws:iam::123456789012:user/x is not authorized to perform: s3:GetObject',
      '    at throwDefaultError (node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)',
      '    at de_CommandError (node_modules/@aws-sdk/client-s3/dist-cjs/index.js:4756:14) {',
      "  '$fault': 'client',",
      "  '$metadata': { httpStatusCode: 403, attempts: 1 },",
      "  Code: 'AccessDenied',",
      "  message: 'Access Denied',",
      "  name: 'AccessDeniedException'",
      '}'
    ].join('\n')
    expect(parseText(text).map((f) => [f.grammar, f.action])).toEqual([
      ['iam-sentence', 's3:GetObject']
    ])
  })

  it('source that builds an SDK v3 error (its keys unquoted) is no dump', () => {
    const text = [
      "  it('reports AccessDenied at the assume stage', async () => {",
      '    aws.send.mockRejectedValueOnce(Object.assign(',
      '      new Error(`denied`),',
      "      { name: 'AccessDenied', $metadata: { requestId } },"
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })
})
