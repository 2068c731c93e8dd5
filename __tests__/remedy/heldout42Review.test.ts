// heldout42's expert review (issue 17, session 35): a writer's mask inside a name or an ID is no
// value to paste, from its real excerpts, with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h42 = (id: string) => corpusText('heldout42.jsonl', id)

describe('masks inside names and IDs (heldout42 review h42-016, h42-018)', () => {
  it('h42-016 (amazon-archives/aws-mobile-android-notes-tutorial#19): `-[999999]-` in a role name is a placeholder in the fix', () => {
    const { notes } = analysedOne(h42('h42-016'))
    expect(notes).toContain('<CALLER_ROLE_NAME>')
  })

  it('h42-018 (aws-amplify/aws-sdk-android#867): a Pinpoint app ID with `XXXXXXXX` inside is a placeholder', () => {
    const { statements } = analysedOne(h42('h42-018'))
    expect(JSON.stringify(statements)).not.toContain('XXXXXXXX')
    expect(JSON.stringify(statements)).toContain('apps/<APPS_ID>/events')
  })

  it('own: an ID with no mask run is kept as printed', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app-unauth/CognitoIdentityCredentials is not authorized to perform: mobiletargeting:PutEvents on resource: arn:aws:mobiletargeting:us-east-1:111122223333:apps/11a4b50a60cc4f5a93747b0123456740/events'
    )
    expect(JSON.stringify(statements)).toContain('apps/11a4b50a60cc4f5a93747b0123456740/events')
  })
})

describe('an action printed without its prefix (heldout42 h42-005)', () => {
  it('h42-005 (opnsense/plugins#2161): the route53 ARN gives the prefix, and the note says so', () => {
    const { statements, notes } = analysedOne(h42('h42-005'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['route53:GetHostedZone', 'arn:aws:route53:::hostedzone/rrset']
    ])
    expect(notes).toContain('prints GetHostedZone without its service prefix')
  })

  it('own: a name no service of the ARN knows is not proposed', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: GetHostedZones on resource: arn:aws:s3:::bucket'
    )
    expect(statements).toEqual([])
  })
})
