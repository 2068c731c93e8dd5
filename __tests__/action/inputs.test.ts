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
      jobName: ''
    })
  })

  it.each([
    [{ INPUT_COMMENT: 'sometimes' }, /comment must be one of auto, always, never/],
    [{ INPUT_DECODE: 'yes' }, /decode must be one of true, false/],
    [{ 'INPUT_WORKFLOW-RUN-ID': '12; rm -rf /' }, /workflow-run-id must be a number/],
    [{ 'INPUT_REDACT-ACCOUNT-IDS': 'maybe' }, /redact-account-ids must be one of auto, true, false/]
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => readInputs(env)).toThrow(InputError)
    expect(() => readInputs(env)).toThrow(message)
  })

  it('treats a whitespace-only run as no command', () => {
    expect(readInputs({ INPUT_RUN: ' \n ' }).run).toBe('')
  })
})
