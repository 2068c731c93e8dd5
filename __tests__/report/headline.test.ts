// The intro of the PR comment and the job summary promises only what follows it: a change to
// apply, a draft whose placeholders must be filled in first, or no policy change at all. The
// heldout8 review found "This change fixes it:" above credentials problems and guidance-only
// answers (h8-121, h8-068, h8-006) and above drafts full of placeholders (h8-011).
import { renderComment } from '../../src/report/renderComment.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { renderText } from '../../src/report/renderText.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import { corpusText } from '../support/corpusRecords.js'
import { makeFinding, makeFixTarget, makeRemedy, makeReport } from './makeReport.js'

const opts = { key: 'ci.yml/deploy', title: 'CI / deploy' }
/** The intro line: the one after the heading. */
const intro = (body: string): string => body.split('\n').find((l) => l.startsWith('**')) ?? ''

const draft = makeRemedy({
  id: 'identity-policy:unknown',
  target: makeFixTarget({ kind: 'identity-policy', owner: 'you' }),
  statements: [
    {
      Sid: 'AllowLogsLogGroup',
      Effect: 'Allow',
      Action: 'logs:CreateLogGroup',
      Resource: 'arn:aws:logs:<REGION>:<ACCOUNT_ID>:log-group:<LOG_GROUP_NAME>'
    }
  ]
})
const credentials = makeFinding({
  kind: 'credentials',
  code: 'SignatureDoesNotMatch',
  action: null,
  fixTarget: makeFixTarget({ kind: 'credentials', owner: 'you' })
})
const credentialsAdvice = makeRemedy({
  id: 'credentials:unknown',
  target: makeFixTarget({ kind: 'credentials', owner: 'you' }),
  statements: [],
  notes: ['Not a permissions problem: check the secrets this job uses.'],
  renderings: {}
})

describe('the comment intro', () => {
  it('says a ready change fixes it when the statements hold no placeholder', () => {
    const body = renderComment(makeReport({ remedies: [makeRemedy()] }), opts)
    expect(intro(body)).toBe('**1 AWS authorization failure** found. This change fixes it:')
    expect(body).toContain('#### The fix')
  })

  it('names the placeholders of a draft and asks for them before applying', () => {
    const body = renderComment(makeReport({ remedies: [draft] }), opts)
    expect(intro(body)).toBe(
      '**1 AWS authorization failure** found. This draft fixes it once you replace its placeholders (`<REGION>`, `<ACCOUNT_ID>`, `<LOG_GROUP_NAME>`):'
    )
  })

  it('does not call a credentials problem an authorization failure, nor promise a policy fix', () => {
    const body = renderComment(
      makeReport({ findings: [credentials], remedies: [credentialsAdvice] }),
      opts
    )
    expect(intro(body)).toBe(
      '**1 AWS credentials problem** found. No policy change can fix it: the request’s signature is not the one AWS computed (a secret key not paired with its key ID, or a request changed after signing). What to check:'
    )
    expect(body).toContain('#### What to check')
    expect(body).not.toContain('#### The fix')
    expect(body).toContain('For finding 1.')
    expect(body).not.toContain('Fixes finding 1.')
  })

  it('says nothing is proposed when the log names no action', () => {
    const noAction = makeFinding({ action: null, resource: null, layer: null })
    const guidance = makeRemedy({
      statements: [],
      renderings: {},
      notes: ['Find it in CloudTrail.']
    })
    const body = renderComment(makeReport({ findings: [noAction], remedies: [guidance] }), opts)
    expect(intro(body)).toBe(
      '**1 AWS authorization failure** found. No policy change is proposed: no finding names the action that was denied. What to check instead:'
    )
  })

  it('says an Allow cannot help when a Deny or guardrail refuses', () => {
    const scp = makeFinding({ layer: 'scp', deny: 'explicit' })
    const advice = makeRemedy({
      target: makeFixTarget({ kind: 'scp', owner: 'org-admin' }),
      statements: [],
      renderings: {},
      notes: ['Ask the Organizations administrator which SCP denies it.']
    })
    const body = renderComment(makeReport({ findings: [scp], remedies: [advice] }), opts)
    expect(intro(body)).toBe(
      "**1 AWS authorization failure** found. No policy change is proposed: a Deny or a guardrail refuses it, and no Allow in the caller's policy overrides that. What to check instead:"
    )
  })

  it('says nothing is proposed when there is no remedy at all', () => {
    const body = renderComment(makeReport({ remedies: [] }), opts)
    expect(intro(body)).toBe(
      '**1 AWS authorization failure** found. No policy change is proposed: see the details.'
    )
  })

  it('in a mix, counts each kind and says which findings get no policy change', () => {
    const findings = [makeFinding(), makeFinding({ line: 50 }), credentials]
    const remedies = [
      makeRemedy({ findings: [0] }),
      { ...draft, findings: [1] },
      { ...credentialsAdvice, findings: [2] }
    ]
    const body = renderComment(makeReport({ findings, remedies }), opts)
    expect(intro(body)).toBe(
      '**3 AWS errors** found: 2 authorization failures and 1 credentials problem. These 2 changes fix 2 of them; fill in the placeholders (`<REGION>`, `<ACCOUNT_ID>`, `<LOG_GROUP_NAME>`) of 1 draft first. For the other one, no policy change is proposed: the credentials are the problem, so no policy change helps:'
    )
  })

  it('on real logs: a draft (h8-011), credentials (h8-121), a cause outside IAM (h8-068)', () => {
    const introOf = (id: string) =>
      intro(
        renderComment(
          withRemedies(
            analyzeText(corpusText('heldout8.jsonl', id) + '\n', 'x.log'),
            undefined,
            () => {}
          ),
          opts
        )
      )
    expect(introOf('h8-011')).toMatch(/This draft fixes it once you replace its placeholders \(/)
    expect(introOf('h8-121')).toMatch(
      /^\*\*1 AWS credentials problem\*\* found\. No policy change can fix it/
    )
    expect(introOf('h8-068')).toMatch(/found\. No policy change is proposed: /)
    expect(introOf('h8-077')).toBe('**1 AWS authorization failure** found. This change fixes it:')
  })
})

describe('a draft for a name the log cut short', () => {
  // heldout12 second review (h12-030, ministryofjustice/modernisation-platform#12909): the quote
  // stops inside the job definition's name, so the draft cannot claim to fix the refusal.
  it('h12-030: says the draft is incomplete, not that it fixes it', () => {
    const line = intro(
      renderComment(
        withRemedies(
          analyzeText(corpusText('heldout12.jsonl', 'h12-030') + '\n', 'x.log'),
          undefined,
          () => {}
        ),
        opts
      )
    )
    expect(line).not.toContain('fixes')
    expect(line).toContain(
      'This draft is incomplete: the log shows only the start of a resource name, so fill in its placeholders (`<JOB_DEFINITION_NAME>`, `<JOB_QUEUE_NAME>`)'
    )
  })

  it("own: an author's elision ends the name, the same intro", () => {
    const text =
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: batch:SubmitJob on resource: arn:aws:batch:eu-west-2:111122223333:job-definition/shred-unstr... because no identity-based policy allows the batch:SubmitJob action\n'
    const line = intro(
      renderComment(
        withRemedies(analyzeText(text, 'x.log'), undefined, () => {}),
        opts
      )
    )
    expect(line).not.toContain('fixes')
    expect(line).toContain(
      'This draft is incomplete: the log shows only the start of a resource name'
    )
  })
})

describe('a cut name beside whole ones', () => {
  it('own: one of two drafts rests on a cut name: only that one is called incomplete', () => {
    const text =
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: batch:SubmitJob on resource: arn:aws:batch:eu-west-2:111122223333:job-definition/shred-unstr... because no identity-based policy allows the batch:SubmitJob action\n' +
      'User: arn:aws:iam::111122223333:user/worker is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:eu-west-2:111122223333:jobs because no identity-based policy allows the sqs:SendMessage action\n'
    const line = intro(
      renderComment(
        withRemedies(analyzeText(text, 'x.log'), undefined, () => {}),
        opts
      )
    )
    expect(line).not.toContain('drafts below are incomplete')
    expect(line).toContain(
      'one rests on a resource name the log cut short, so it is incomplete until its full name is filled in'
    )
  })
})

describe('the job summary and text intros', () => {
  it('say the same in the summary, with the causes first', () => {
    const md = renderMarkdown(makeReport({ remedies: [draft] }))
    expect(md).toContain(
      '**1 AWS authorization failure** found. One draft below fixes it once you replace its placeholders (`<REGION>`, `<ACCOUNT_ID>`, `<LOG_GROUP_NAME>`).'
    )
    const cred = renderMarkdown(
      makeReport({ findings: [credentials], remedies: [credentialsAdvice] })
    )
    expect(cred).toContain(
      '**1 AWS credentials problem** found. No policy change can fix it: the request’s signature is not the one AWS computed (a secret key not paired with its key ID, or a request changed after signing). What to check below.'
    )
  })

  it('count credentials problems apart in the text summary', () => {
    const out = renderText(makeReport({ findings: [makeFinding(), credentials], remedies: [] }), {
      color: false
    })
    expect(out.trimEnd().endsWith('2 AWS errors in 2,000 lines.')).toBe(true)
  })
})

describe('a missing bucket is counted as what it is (heldout14 review, h14-071…073)', () => {
  it.each([
    // MichaelAquilina/S4#58
    ['h14-071', corpusText('heldout14.jsonl', 'h14-071')],
    // appvision-ai/fast-bert#151
    ['h14-072', corpusText('heldout14.jsonl', 'h14-072')]
  ])('%s: NoSuchBucket hides no denial', (_id, text) => {
    const report = withRemedies(analyzeText(text, 'x.log'), undefined, () => {})
    const line = intro(renderMarkdown(report))
    expect(line).toContain('**1 AWS "not found" answer** found.')
    expect(line).not.toContain('may hide a denial')
  })
})

describe('a refusal said to happen on some runs only', () => {
  it('h82-035 (aws/aws-cdk#29391): the intro puts what differs between runs before the drafts', () => {
    const report = withRemedies(
      analyzeText(corpusText('heldout82.jsonl', 'h82-035') + '\n', 'x.log'),
      undefined,
      () => {}
    )
    const line = intro(renderComment(report, opts))
    expect(line).toContain('on some runs only, which a missing Allow does not explain')
    expect(line).toContain('apply only if it fails on every run')
    expect(line).not.toMatch(/changes? fix/)
  })

  it('counter-case: the same refusal with no such words keeps its count of fixes', () => {
    const text = corpusText('heldout82.jsonl', 'h82-035').replace('intermittently ', '')
    const report = withRemedies(analyzeText(text + '\n', 'x.log'), undefined, () => {})
    const line = intro(renderComment(report, opts))
    expect(line).not.toContain('on some runs only')
    expect(line).toMatch(/fix it/)
  })
})
