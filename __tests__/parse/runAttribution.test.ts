// A quote of an error in prose is a finding only when the prose says a run printed it (issue 10
// round 7, src/parse/runAttribution.ts). Sources in the titles; `own` cases are ours.
import { quotesARun } from '../../src/parse/runAttribution.js'
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

function actions(text: string) {
  return parseText(text).map((f) => [f.kind, f.action])
}

const OIDC = [['denial', 'sts:AssumeRoleWithWebIdentity']]

describe('a run’s error quoted in prose is found', () => {
  it('ministryofjustice/analytical-platform#1159: the step the errors occurred in follows the quote', () => {
    expect(
      actions(
        'Required to stop the `Error: Not authorized to perform sts:AssumeRoleWithWebIdentity` errors occuring in the "Configure AWS Data Account Credentials" GitHub Action step. This applies to the repos in the PR.'
      )
    ).toEqual(OIDC)
  })

  it('mattzcarey/shippie#274: a ticket quoting it in single quotes after `we get the error`', () => {
    expect(
      actions(
        "because when we try to Configure AWS CRedential we get the error 'Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'. This is investigation to resolve the erro"
      )
    ).toEqual(OIDC)
  })

  it('marinnk/PenAndPalette#56: a Japanese note, the run on the line above, the outcome after', () => {
    const text = [
      '`.github/workflows/deploy.yml` を実行すると `Configure AWS credentials (OIDC)` で',
      '`Not authorized to perform sts:AssumeRoleWithWebIdentity` になりデプロイできない。'
    ].join('\n')
    expect(actions(text)).toEqual(OIDC)
  })

  it('h8-023 (alphagov/govuk-infrastructure#2282): `We were getting `…` error`, the noun after the quote', () => {
    expect(
      parseText(corpusText('heldout8.jsonl', 'h8-023')).map((f) => [
        f.kind,
        f.action,
        f.code,
        f.service
      ])
    ).toEqual([['denial', 'sts:AssumeRoleWithWebIdentity', 'AccessDenied', 'sts']])
  })

  it('own: `I keep getting the` right before a quoted IAM sentence', () => {
    expect(
      actions(
        'On every deploy I keep getting the "User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: ecr:GetAuthorizationToken on resource: *" error.'
      )
    ).toEqual([['denial', 'ecr:GetAuthorizationToken']])
  })

  it('own: `our deploy job fails with` a double-quoted IAM sentence', () => {
    expect(
      actions(
        'Since Monday our deploy job fails with "User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: ecr:GetAuthorizationToken on resource: *"'
      )
    ).toEqual([['denial', 'ecr:GetAuthorizationToken']])
  })
})

describe('prose about the error in general stays silent', () => {
  it.each([
    'If you see `Not authorized to perform sts:AssumeRoleWithWebIdentity`, check the sub condition of the trust policy.',
    "You may get the error 'Not authorized to perform sts:AssumeRoleWithWebIdentity' when the audience is wrong.",
    'The action prints "Not authorized to perform sts:AssumeRoleWithWebIdentity" whenever the role trusts another repository.',
    // A `we` far from the quote, in an earlier paragraph, says nothing about it.
    'We get many questions about OIDC.\n\nA common one is `Not authorized to perform sts:AssumeRoleWithWebIdentity`: check the trust policy.',
    // A second person receiving it is the general case, whatever the tense.
    'If you were getting `Not authorized to perform sts:AssumeRoleWithWebIdentity` errors, the trust policy named another repository.',
    // The verb must stand right before the quote: here it is a question about the error.
    'We were getting worried about `Not authorized to perform sts:AssumeRoleWithWebIdentity` showing up in docs.'
  ])('%s', (text) => {
    expect(parseText(text)).toEqual([])
  })

  it('reads one paragraph back and one line forward, no further', () => {
    const text = 'I get the error\n\n' + 'x'.repeat(10) + ' `Not authorized` and more'
    const quote = text.indexOf('`')
    expect(quotesARun(text, quote, text.indexOf('`', quote + 1) + 1)).toBe(false)
    expect(quotesARun('I get the error `X`', 16, 19)).toBe(true)
  })
})

describe('a troubleshooting entry titled with the whole OIDC line as runs print it', () => {
  it('sdk.villadocs.com/aws-setup/TROUBLESHOOTING.html: `Error: "…"` over the fix', () => {
    expect(
      actions(
        "Troubleshooting OIDC Authentication\nError: \"Not authorized to perform sts:AssumeRoleWithWebIdentity\"\nThis error means the IAM role's trust policy doesn't allow GitHub Actions to assume it. Here's how to fix it:\nStep 1: Verify OIDC Provider Exists\naws iam list-open-id-connect-providers"
      )
    ).toEqual(OIDC)
  })

  it('own: as a Markdown heading', () => {
    expect(
      actions(
        '### Error: "Not authorized to perform sts:AssumeRoleWithWebIdentity"\n\nCheck the trust policy.'
      )
    ).toEqual(OIDC)
  })

  it.each([
    [
      'own: the line quoted among other messages, the title not the line alone',
      'Error: "Not authorized to perform sts:AssumeRoleWithWebIdentity" or a token error\n\nBoth mean the trust policy is wrong.'
    ],
    [
      'own: the line quoted inside a sentence about it',
      'If you see Error: "Not authorized to perform sts:AssumeRoleWithWebIdentity" in general, read on.'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(actions(text)).toEqual([])
  })
})
