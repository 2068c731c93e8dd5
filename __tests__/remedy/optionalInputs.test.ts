// A resource type the Service Authorization Reference marks optional, that a call names only
// through an optional parameter (Polly's lexicon, through LexiconNames): a call refused without a
// resource named none, so AWS checked "*" and a lexicon ARN would not allow it. heldout11 review
// h11-172 (awsdocs/aws-doc-sdk-examples#4896): StartSpeechSynthesisTask was scoped to
// lexicon/<LEXICON_NAME>, and its dependent s3:PutObject on the output bucket was missing.
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const resourcesOf = (text: string, action: string) =>
  analysed(text)
    .statements.filter((s) => [s.Action].flat().includes(action))
    .map((s) => s.Resource)

describe('optional inputs a refused call did not pass', () => {
  it('h11-172: StartSpeechSynthesisTask on "*", and s3:PutObject on the output bucket', () => {
    const { statements, notes } = analysed(corpusText('heldout11.jsonl', 'h11-172'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['polly:StartSpeechSynthesisTask', '*'],
      ['s3:PutObject', 'arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*']
    ])
    const all = notes.join('\n')
    expect(all).toContain('apply only to a call that uses a pronunciation lexicon (LexiconNames)')
    expect(all).toContain('writes its output to the OutputS3BucketName bucket')
    expect(JSON.stringify(statements)).not.toContain('LEXICON_NAME')
  })

  it('SynthesizeSpeech (the same optional lexicon) refused without a resource: "*"', () => {
    expect(
      resourcesOf(
        'User: arn:aws:iam::123456789012:user/tts is not authorized to perform: polly:SynthesizeSpeech because no identity-based policy allows the polly:SynthesizeSpeech action',
        'polly:SynthesizeSpeech'
      )
    ).toEqual(['*'])
  })

  it('counter-case: a lexicon the message names is the Resource', () => {
    expect(
      resourcesOf(
        'User: arn:aws:iam::123456789012:user/tts is not authorized to perform: polly:SynthesizeSpeech on resource: arn:aws:polly:us-east-1:123456789012:lexicon/names because no identity-based policy allows the polly:SynthesizeSpeech action',
        'polly:SynthesizeSpeech'
      )
    ).toEqual(['arn:aws:polly:us-east-1:123456789012:lexicon/names'])
  })

  it('counter-case: GetLexicon requires its lexicon, so it stays a placeholder ARN', () => {
    expect(
      resourcesOf(
        'User: arn:aws:iam::123456789012:user/tts is not authorized to perform: polly:GetLexicon because no identity-based policy allows the polly:GetLexicon action',
        'polly:GetLexicon'
      )
    ).toEqual(['arn:aws:polly:<REGION>:<ACCOUNT_ID>:lexicon/<LEXICON_NAME>'])
  })
})
