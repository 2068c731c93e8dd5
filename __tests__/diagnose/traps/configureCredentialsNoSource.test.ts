// configure-aws-credentials loaded nothing (heldout6 review class 3): the job's id-token
// permission or the secrets behind its inputs come first, never "configure credentials with
// configure-aws-credentials" (the step that failed). Which one follows the inputs the log shows;
// with none, the empty secret (heldout8 review, h8-073/074); Dependabot is named when the text does.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'configure-credentials-no-source'
const CIRCULAR =
  /Configure them before this step, for example with aws-actions\/configure-aws-credentials/

// aws-actions/configure-aws-credentials#770: a role-to-assume workflow and the action's error.
const ISSUE_770 = `Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers
\`\`\`
Seemingly someone else also has this error with the workflow while they didnt have it before

### Reproduction Steps

\`\`\`
jobs:
  myrepo-test:
    runs-on: ubuntu-latest
    steps:
      - name: Configure credentials
        uses: aws-actions/configure-aws-credentials@v2
        with:
          aws-region: us-east-1
          role-to-assume: arn:aws:iam::000000000000:role/github-s3-test
          role-session-name: GithubActionDeployment
\`\`\``

// aws-actions/configure-aws-credentials#58 (title, then the body): access-key inputs from secrets
// that the run's log shows were not passed (empty).
const ISSUE_58 = `Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1
Following the instructions in the README, I have added this block in my action config

\`\`\`
    - name: Configure AWS Credentials
      uses: aws-actions/configure-aws-credentials@v1
      with:
        aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
        aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
        aws-region: us-east-1
\`\`\``

describe(TRAP, () => {
  it.each([
    ['review h6-059 (configure-aws-credentials#282)', reviewed('h6-059')],
    ['review h6-066 (configure-aws-credentials#512)', reviewed('h6-066')]
  ])('the action wording alone: empty secrets first, then id-token (%s)', (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toMatch(CIRCULAR)
    const idToken = f.explanation.indexOf('`permissions: id-token: write`')
    const secrets = f.explanation.indexOf('secrets: inherit')
    expect(secrets).toBeGreaterThan(0)
    expect(idToken).toBeGreaterThan(secrets)
    expect(f.explanation).toContain('the secret behind an input is empty in this run')
    expect(f.explanation).toContain('reusable workflow')
    expect(f.explanation).toContain('environment:')
    // The generic checklist naming configure-aws-credentials is left out.
    expect(notes).not.toContain('Check how the job obtains credentials')
  })

  it('the workflow quoted far below the error is out of reach: the action wording order (configure-aws-credentials#770)', () => {
    const { f } = analysedOne(ISSUE_770)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('action')
    expect(f.explanation.indexOf('empty secret')).toBeLessThan(
      f.explanation.indexOf('id-token: write')
    )
  })

  it('OIDC named only in the question prose is no OIDC input: the empty secrets lead (h8-073, configure-aws-credentials#337)', () => {
    const { f, notes } = analysedOne(corpusText('heldout8.jsonl', 'h8-073'))
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('action')
    expect(f.explanation).not.toContain('asks for credentials through OIDC')
    expect(f.explanation.indexOf('empty secret')).toBeLessThan(
      f.explanation.indexOf('id-token: write')
    )
    expect(notes).toMatch(/^configure-aws-credentials loaded nothing: check that the secrets/)
  })

  it('own: OIDC prose around keys in the step log stays keys; "OpenID Connect" in a sentence is no input', () => {
    const prose = analysedOne(
      'We do not use OpenID Connect (OIDC) at all, only keys.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(prose.f.inferred?.signals?.['credential-inputs']?.value).toBe('action')
    const logged = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\n  with:\n    aws-region: eu-west-1\n    audience: sts.amazonaws.com\n  env:\n    ACTIONS_ID_TOKEN_REQUEST_URL: \nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(logged.f.inferred?.signals?.['credential-inputs']?.value).toBe('oidc')
  })

  it.each([
    ['h8-074 (configure-aws-credentials#341)', corpusText('heldout8.jsonl', 'h8-074')],
    [
      'aws-actions/configure-aws-credentials#202',
      'The workflow gets triggered and fails during the `configure-aws-credentials` action with the following error message: `Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers`. It works if I restart the workflow manually.\n\nMost of the Github workflows are triggered due to a Dependabot created PR.'
    ]
  ])('a run Dependabot triggered: Dependabot secrets first (%s)', (_source, text) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['dependabot-run']?.value).toBe('dependabot')
    expect(f.explanation).toMatch(
      /^aws-actions\/configure-aws-credentials could not load any credentials[^]*The text names Dependabot/
    )
    expect(f.explanation).toContain('Dependabot secrets')
    expect(f.explanation.indexOf('Dependabot secrets')).toBeLessThan(
      f.explanation.indexOf('id-token: write')
    )
    expect(notes).toContain('Dependabot secrets too')
  })

  it('own: no Dependabot sentence without the word', () => {
    const { f } = analysedOne(
      'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers\nIt happens on every run of the nightly job.'
    )
    expect(f.inferred?.signals?.['dependabot-run']).toBeUndefined()
    expect(f.explanation).not.toContain('The text names Dependabot')
  })

  it("role-to-assume in the step's own log: OIDC, so the permission is the first check (own case, the Actions log layout)", () => {
    const { f } = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/deploy\n    aws-region: eu-west-1\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('oidc')
    expect(f.explanation).toMatch(
      /asks for credentials through OIDC \("role-to-assume" in the log\)/
    )
    expect(f.explanation.indexOf('id-token: write')).toBeLessThan(
      f.explanation.indexOf('empty secret')
    )
  })

  it('access-key inputs from secrets: the empty secrets come first (configure-aws-credentials#58)', () => {
    const { f, notes } = analysedOne(ISSUE_58)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('keys')
    expect(f.explanation.indexOf('empty secret')).toBeLessThan(f.explanation.indexOf('id-token'))
    expect(notes).toMatch(/^configure-aws-credentials loaded nothing: check that the secrets/)
  })

  it('not for a tool other than the action, nor for a fork (own cases)', () => {
    // py-lambda-action style: keys from secrets in `env:`, the AWS CLI's own error.
    const { f } = analysedOne(
      'env:\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\nUnable to locate credentials. You can configure credentials by running "aws configure".'
    )
    expect(f.traps).not.toContain(TRAP)
    const fork = analysedOne(
      'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers\nOnly when the GitHub actions are triggered by a PR from a fork.'
    )
    expect(fork.f.traps).toContain('fork-pull-request-credentials')
    expect(fork.f.traps).not.toContain(TRAP)
  })
})

describe(`${TRAP}: the inputs printed hold none that leads to credentials (heldout14 review)`, () => {
  // ministryofjustice/cloud-platform#6652: the prose says role-to-assume, the printed inputs do not.
  const H14_036 = corpusText('heldout14.jsonl', 'h14-036')

  it('h14-036: the empty role-to-assume leads, before id-token', () => {
    const { f } = analysedOne(H14_036)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('none')
    expect(f.explanation).toContain('("aws-region, audience" in the log)')
    expect(f.explanation.indexOf('no `role-to-assume`')).toBeLessThan(
      f.explanation.indexOf('id-token: write')
    )
  })

  it('a printed role-to-assume keeps the OIDC order (counter-case)', () => {
    const text = H14_036.replace(
      '    aws-region: eu-west-2',
      '    role-to-assume: arn:aws:iam::123456789012:role/deploy\n    aws-region: eu-west-2'
    )
    const { f } = analysedOne(text)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('oidc')
  })

  it("another action's with: block is not the action's inputs (counter-case)", () => {
    const text = [
      '- uses: actions/checkout@v4',
      '  with:',
      '    fetch-depth: 0',
      'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    ].join('\n')
    const { f } = analysedOne(text)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('action')
  })
})

describe(`${TRAP}: no source input falls back to the runner's own credentials (heldout14 review)`, () => {
  // aws-actions/configure-aws-credentials#817: `aws-region` alone on a self-hosted runner whose
  // instance role v3.0.0 did not pick up.
  const H14_037 = corpusText('heldout14.jsonl', 'h14-037')

  it("h14-037: says aws-region alone uses the runner's credentials, names the v3.0.0 regression and IMDS from containers", () => {
    const { f } = analysedOne(H14_037)
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('none')
    expect(f.explanation).toContain('`aws-region` alone is right')
    expect(f.explanation).toContain('configure-aws-credentials#817')
    expect(f.explanation).toContain('HttpPutResponseHopLimit')
    // The empty secret stays first: nothing in the text says the runner's role was meant.
    expect(f.explanation.indexOf('that expression was empty')).toBeLessThan(
      f.explanation.indexOf('`aws-region` alone is right')
    )
  })

  it('inputs that name a source do not get the fallback (counter-case)', () => {
    const { f } = analysedOne(
      H14_037.replace(
        '  aws-region: us-east-1',
        '  aws-region: us-east-1\n  role-to-assume: arn:aws:iam::123456789012:role/deploy'
      )
    )
    expect(f.explanation).not.toContain('`aws-region` alone is right')
  })
})

describe("the action's own id-token hint (heldout15 review h15-146)", () => {
  it('h15-146: the hint leads with the id-token permission, and secrets are not sent for first', () => {
    const { f, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-146'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('hint')
    expect(f.explanation).toContain('The action printed its own hint')
    expect(f.explanation).toContain('the job lacks `permissions: id-token: write`')
    expect(f.explanation).not.toContain('Check first the secrets')
    expect(notes).toMatch(/^configure-aws-credentials loaded nothing and said why: give the job/)
  })

  it('own case: a log whose copy starts inside the hint keeps its second half; the whole hint is the id-token trap', () => {
    const { f } = analysedOne(
      [
        '`id-token` permission? If you are not trying to authenticate with OIDC and the action',
        'is working successfully, you can ignore this message.',
        '##[error]Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
      ].join('\n')
    )
    expect(f.inferred?.signals?.['credential-inputs']?.value).toBe('hint')
    const whole = analysedOne(
      [
        'Run aws-actions/configure-aws-credentials@v4',
        'It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.',
        'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
      ].join('\n')
    )
    expect(whole.f.explanation).toMatch(
      /^The job asked for AWS credentials through OIDC but has no GitHub token/
    )
  })

  it('own counter-case: the words "id-token permission" in a question are no hint', () => {
    const { f } = analysedOne(
      'Do I need the id-token permission here?\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.inferred?.signals?.['credential-inputs']?.value).not.toBe('hint')
  })
})
