import { readInputs, InputError } from '../../src/action/inputs.js'

describe('readInputs', () => {
  it('reads the runner’s INPUT_ names (upper case, dashes kept) with the documented defaults', () => {
    const inputs = readInputs({
      INPUT_RUN: '  terraform apply\n  echo done\n',
      'INPUT_WORKING-DIRECTORY': 'infra',
      'INPUT_GITHUB-TOKEN': 'tok',
      'INPUT_WORKFLOW-RUN-ID': '123',
      'INPUT_FAIL-ON-FINDINGS': 'TRUE',
      'INPUT_REDACT-ACCOUNT-IDS': 'false'
    })
    expect(inputs).toEqual({
      run: '  terraform apply\n  echo done\n',
      shell: 'bash',
      workingDirectory: 'infra',
      files: '',
      workflowRunId: '123',
      githubToken: 'tok',
      comment: 'auto',
      decode: true,
      awsRegion: '',
      redactAccountIds: 'false',
      failOnFindings: true,
      jobName: '',
      roleToAssume: '',
      audience: 'sts.amazonaws.com',
      trustPolicy: '',
      roleDurationSeconds: null
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
      { 'INPUT_REDACT-ACCOUNT-IDS': 'maybe' },
      /redact-account-ids must be one of auto, true, false/
    ],
    [{ 'INPUT_ROLE-DURATION-SECONDS': '1h' }, /role-duration-seconds must be a number of seconds/]
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => readInputs(env)).toThrow(InputError)
    expect(() => readInputs(env)).toThrow(message)
  })

  it('treats a whitespace-only run as no command', () => {
    expect(readInputs({ INPUT_RUN: ' \n ' }).run).toBe('')
  })
})
