// The PHP SDK v2's exception class stands where other SDKs print the code (rule WD732):
// `Aws\S3\Exception\AccessDeniedException`, escaped once per JSON level. Source code that names
// the class (imports, catch clauses, mocks) is not a refusal.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('a PHP SDK v2 exception class as the code', () => {
  it('ownCloud log, the exception JSON inside a JSON string (held-out h8-083)', () => {
    const [f, ...rest] = parseText(corpusText('heldout8.jsonl', 'h8-083'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', service: 's3' })
  })

  it('owncloud/core#24713: the same exception pretty-printed, and the dashboard message', () => {
    const json = parseText(
      '{\n    "reqId": "9nFSUthcySIlhv0V5zqg",\n    "app": "files_external",\n    "message": {\n        "Exception": {\n            "Exception": "Aws\\S3\\Exception\\AccessDeniedException",\n            "Message": "Access Denied",\n            "Code": 0,'
    )
    expect(json).toHaveLength(1)
    expect(json[0]).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', service: 's3' })
    const [line] = parseText(
      '> There was an error with message: Aws\\S3\\Exception\\AccessDeniedException: Access Denied. Do you want to review mount point config in admin settings page?'
    )
    expect(line).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', service: 's3' })
  })

  it("own: PHP 5's uncaught form", () => {
    const [f] = parseText(
      "PHP Fatal error:  Uncaught exception 'Aws\\S3\\Exception\\AccessDeniedException' with message 'Access Denied'"
    )
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', service: 's3' })
  })

  it.each([
    // Source files the code index holds (github-file:find_string#39884471335, #7721551313, #38894022185).
    [
      'an import',
      'use Aws\\S3\\S3Client;\nuse Aws\\S3\\Exception\\AccessDeniedException;\nuse Aws\\S3\\Exception\\NoSuchKeyException;'
    ],
    [
      'a catch clause',
      "        catch (Aws\\S3\\Exception\\AccessDeniedException $e) {\n            $errors['err'] = sprintf(\n                $__('User does not have access to this bucket: %s'), (string)$e);"
    ],
    ['a mock', "            ->andThrow('Aws\\S3\\Exception\\AccessDeniedException');"],
    [
      'own: a union catch',
      'catch (\\Aws\\S3\\Exception\\AccessDeniedException | \\RuntimeException $e) {'
    ],
    [
      'own: a class constant',
      '$this->expectException(Aws\\S3\\Exception\\AccessDeniedException::class);'
    ],
    [
      'own: a class that names no code',
      'Aws\\S3\\Exception\\S3Exception: Error executing "ListObjects"; the bucket is empty'
    ]
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
