import { readInputs, InputError } from '../../src/action/inputs.js'

describe('readInputs', () => {
  it('reads the runner’s INPUT_ names (upper case, dashes kept) with the documented defaults', () => {
    const inputs = readInputs({
      INPUT_RUN: '  terraform apply\n  echo done\n',
      'INPUT_WORKING-DIRECTORY': 'infra',
      'INPUT_GITHUB-TOKEN': 'tok',
      'INPUT_FAIL-ON-FINDINGS': 'TRUE',
      'INPUT_REDACT-ACCOUNT-IDS': 'false'
    })
    expect(inputs).toEqual({
      run: '  terraform apply\n  echo done\n',
      shell: '',
      workingDirectory: 'infra',
      files: '',
      workflowRunId: '',
      githubToken: 'tok',
      comment: 'auto',
      onResolved: 'minimize',
      commentPosition: 'update',
      decode: true,
      summary: 'findings',
      annotations: true,
      currentPolicy: '',
      awsRegion: '',
      redactAccountIds: 'false',
      failOnFindings: true,
      fixIntended: false,
      jobName: '',
      jobIndex: '',
      pullRequestNumber: null,
      roleToAssume: '',
      audience: 'sts.amazonaws.com',
      trustPolicy: '',
      roleDurationSeconds: null,
      mask: []
    })
  })

  it('reads the OIDC doctor inputs as configure-aws-credentials names them', () => {
    const inputs = readInputs({
      'INPUT_ROLE-TO-ASSUME': ' arn:aws:iam::111122223333:role/gha-deploy ',
      INPUT_AUDIENCE: 'https://github.com/octo-org',
      'INPUT_TRUST-POLICY': 'infra/trust.json',
      'INPUT_ROLE-DURATION-SECONDS': '7200'
    })
    expect(inputs).toMatchObject({
      roleToAssume: 'arn:aws:iam::111122223333:role/gha-deploy',
      audience: 'https://github.com/octo-org',
      trustPolicy: 'infra/trust.json',
      roleDurationSeconds: 7200
    })
  })

  it.each([
    [{ INPUT_COMMENT: 'sometimes' }, /comment must be one of auto, always, never/],
    [{ INPUT_DECODE: 'yes' }, /decode must be one of true, false/],
    [{ 'INPUT_WORKFLOW-RUN-ID': '12; rm -rf /' }, /workflow-run-id must be a number/],
    [
      { INPUT_RUN: 'deploy', 'INPUT_WORKFLOW-RUN-ID': '12' },
      /workflow-run-id cannot be combined with run/
    ],
    [{ INPUT_FILES: '*.log', 'INPUT_WORKFLOW-RUN-ID': '12' }, /cannot be combined with files/],
    [
      { 'INPUT_REDACT-ACCOUNT-IDS': 'maybe' },
      /redact-account-ids must be one of auto, true, false/
    ],
    [{ 'INPUT_ROLE-DURATION-SECONDS': '1h' }, /role-duration-seconds must be a number of seconds/]
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => readInputs(env)).toThrow(InputError)
    expect(() => readInputs(env)).toThrow(message)
  })

  it('reads the mask input as one secret per non-blank line, spaces kept', () => {
    expect(readInputs({ INPUT_MASK: 's3cr3t-one\n\n  padded secret \r\nlast' }).mask).toEqual([
      's3cr3t-one',
      '  padded secret ',
      'last'
    ])
  })

  it('treats a whitespace-only run as no command', () => {
    expect(readInputs({ INPUT_RUN: ' \n ' }).run).toBe('')
  })

  it.each([
    ['INPUT_ON-RESOLVED', 'hide', /on-resolved must be one of update, minimize, delete/],
    ['INPUT_COMMENT-POSITION', 'top', /comment-position must be one of update, recreate/],
    ['INPUT_SUMMARY', 'sometimes', /summary must be one of always, findings, never/],
    ['INPUT_ANNOTATIONS', 'yes', /annotations must be one of true, false/]
  ])('refuses %s=%s, naming the choices', (name, value, message) => {
    expect(() => readInputs({ [name]: value })).toThrow(message)
  })

  it('reads the comment lifecycle and output toggles, case-insensitively', () => {
    expect(
      readInputs({
        'INPUT_ON-RESOLVED': 'Delete',
        'INPUT_COMMENT-POSITION': 'recreate',
        INPUT_SUMMARY: 'NEVER',
        INPUT_ANNOTATIONS: 'false',
        'INPUT_CURRENT-POLICY': ' policies/*.json '
      })
    ).toMatchObject({
      onResolved: 'delete',
      commentPosition: 'recreate',
      summary: 'never',
      annotations: false,
      currentPolicy: 'policies/*.json'
    })
  })
})
