// heldout15 h15-074, h15-078: a writer's `...` elisions inside a message. A reason clause printed
// alone keeps the denying policy's ARN after it, elided account and all (`arn:aws:iam::...:policy/P`);
// a `denied:` sentence a writer wrapped at 75 columns, its first lines as long as each other and
// each break between two words of the sentence, is a fill, not a terminal's cut.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('elisions inside a message', () => {
  it('h15-074: the reason clause alone, its policy ARN with the account elided, S3 from the provider’s words', () => {
    const f = only(corpusText('heldout15.jsonl', 'h15-074'))
    expect([f.grammar, f.code, f.service, f.layer, f.deny, f.policyArn]).toEqual([
      'reason-clause',
      'AccessDenied',
      's3',
      'identity',
      'explicit',
      'arn:aws:iam::...:policy/Pvoclabs2'
    ])
  })

  it('an SCP clause alone keeps its printed ARN and the Terraform resource words name S3', () => {
    const f = only(
      'Error: reading S3 Bucket (my-bucket) Policy: AccessDenied ... with an explicit deny in a service control policy: arn:aws:organizations::123456789012:policy/o-abcd1234ef/service_control_policy/p-abcd1234'
    )
    expect([f.service, f.layer, f.policyArn]).toEqual([
      's3',
      'scp',
      'arn:aws:organizations::123456789012:policy/o-abcd1234ef/service_control_policy/p-abcd1234'
    ])
  })

  it('an implicit clause takes no policy ARN', () => {
    const f = only(
      'AccessDenied ... because no identity-based policy allows the s3:ListAllMyBuckets action'
    )
    expect([f.grammar, f.deny, f.policyArn]).toEqual(['reason-clause', 'implicit', null])
  })

  it('h15-078: a docker push sentence filled over three lines, the resource and SCP ARN elided', () => {
    const f = only(corpusText('heldout15.jsonl', 'h15-078'))
    expect([f.grammar, f.principal, f.action, f.layer, f.deny, f.policyArn]).toEqual([
      'iam-sentence',
      'arn:aws:iam::273343380446:user/github-actions-ecr-push',
      'ecr:GetDownloadUrlForLayer',
      'scp',
      'explicit',
      'arn:aws:organizations::.../p-u4gij31a'
    ])
  })

  it('a terminal’s hard wrap at equal widths, cut mid-word, is still joined', () => {
    // Two 75-column lines a terminal cut inside `Us|er` and `Li|st`, then the shorter rest.
    const lines = [
      'An error occurred (AccessDenied) when calling the ListBuckets operation: Us',
      'er: arn:aws:iam::123456789012:user/cid9 is not authorized to perform: s3:Li',
      'stAllMyBuckets because no identity-based policy allows the action'
    ]
    expect(lines[0]!.length).toBe(lines[1]!.length)
    const f = only(lines.join('\n'))
    expect([f.principal, f.action]).toEqual([
      'arn:aws:iam::123456789012:user/cid9',
      's3:ListAllMyBuckets'
    ])
  })

  it('silent: the seam words in prose a writer filled', () => {
    expect(
      parseText(
        'The role we created for the deploy job is not\nauthorized to do much at all, and that is intended by the platform team.'
      )
    ).toEqual([])
  })
})
