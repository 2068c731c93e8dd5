// NotAuthorizedException is Cognito's answer about an app user (a password, a token), no IAM
// refusal; Amazon Translate, Comprehend and Amazon Q send the same code with `Your account is not
// authorized to make this call.` to an account that may not use the feature there (issue 10,
// held-out h10-125). The message decides.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const fields = (text: string) => parseText(text).map((f) => [f.kind, f.code])

describe('NotAuthorizedException with the account-level message', () => {
  it('a Lambda starting a Translate batch job (aws-samples/amazon-translate-video-subtitles-captions-translation#4, held-out h10-125)', () => {
    expect(fields(corpusText('heldout10.jsonl', 'h10-125'))).toEqual([
      ['denial', 'NotAuthorizedException']
    ])
  })

  it('the same job in a Region that has no batch translation (aws-samples/amazon-translate-video-subtitles-captions-translation#3)', () => {
    expect(
      fields(
        'JobName: TranslateJob-captions1656072631370\n' +
          '[ERROR] 2022-06-24T12:10:32.269Z        a7059c36-5673-42f0-a951-3fef8edf494b    An error occurred (NotAuthorizedException) when calling the StartTextTranslationJob operation: Your account is not authorized to make this call.\n' +
          '[ERROR] 2022-06-24T12:10:32.269Z        a7059c36-5673-42f0-a951-3fef8edf494b    An error occured with S3 Bucket Operation: An error occurred (NotAuthorizedException) when calling the StartTextTranslationJob operation: Your account is not authorized to make this call.'
      )
    ).toEqual([['denial', 'NotAuthorizedException']])
  })

  it('own: the SDK’s `CODE: message` form', () => {
    expect(
      fields('NotAuthorizedException: Your account is not authorized to make this call.')
    ).toEqual([['denial', 'NotAuthorizedException']])
  })

  it.each([
    [
      'own: Cognito refusing a password',
      'An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Incorrect username or password.'
    ],
    [
      'own: Cognito refusing an expired refresh token, SDK form',
      'NotAuthorizedException: Refresh Token has expired'
    ],
    [
      'own: the account message on the next line belongs to something else',
      'An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Incorrect username or password.\nNote: Your account is not authorized to make this call from the console.'
    ]
  ])('%s: no denial', (_, text) => {
    expect(parseText(text).filter((f) => f.kind === 'denial')).toEqual([])
  })
})
