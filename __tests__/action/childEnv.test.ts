import { childEnv } from '../../src/action/childEnv.js'

describe('childEnv', () => {
  it('drops what only node actions get and keeps what script steps get', () => {
    const env = childEnv({
      PATH: '/usr/bin',
      INPUT_GITHUB_TOKEN: 'x',
      'INPUT_GITHUB-TOKEN': 'x',
      STATE_cleanup: 'y',
      ACTIONS_RUNTIME_TOKEN: 'r',
      actions_runtime_url: 'u',
      ACTIONS_CACHE_URL: 'c',
      ACTIONS_RESULTS_URL: 'res',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_CACHE_MODE: 'm',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'id',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'tok',
      ACTIONS_STEP_DEBUG: 'true',
      GITHUB_TOKEN: 'kept: set by the user in env:'
    })
    expect(Object.keys(env).sort()).toEqual([
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_STEP_DEBUG',
      'GITHUB_TOKEN',
      'PATH'
    ])
  })
})
