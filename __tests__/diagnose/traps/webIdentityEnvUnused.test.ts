// No credentials although the step's environment sets a web-identity role: the client does not
// read it (heldout16 review h16-043, aws-actions/amazon-ecr-login#206 on v1.3.3).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'web-identity-env-unused'

const envBlock = (vars: number) =>
  [
    'Run some-org/deploy-action@v2',
    '  env:',
    '    AWS_WEB_IDENTITY_TOKEN_FILE: /var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    ...Array.from({ length: vars }, (_, i) => `    APP_SETTING_${i}: value-${i}`),
    '    AWS_ROLE_ARN: arn:aws:iam::111122223333:role/deployer',
    ...Array.from({ length: vars }, (_, i) => `    OTHER_${i}: x`),
    'Error: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1'
  ].join('\n')

describe(TRAP, () => {
  it('h16-043: amazon-ecr-login v1.3.3 with the token file and role in its env block', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-043'))
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The step's environment sets `AWS_WEB_IDENTITY_TOKEN_FILE`/)
    expect(f.explanation).toContain('arn:aws:iam::xxxxxxxxx:role/somerole')
    expect(f.explanation).toContain('role-to-assume')
    expect(statements).toEqual([])
    expect(notes).toMatch(/configure-aws-credentials with `role-to-assume`/)
  })

  it('a long env block: the variables twenty lines above still count (nasty variant)', () => {
    const { f } = analysedOne(envBlock(10))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('role/deployer')
  })

  it.each([
    // The token file alone: no role to assume with it.
    'env:\n  AWS_WEB_IDENTITY_TOKEN_FILE: /tmp/token\nError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1',
    // The SDK read the variables and could not read the file: the token file's own cause.
    'AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/token AWS_ROLE_ARN=arn:aws:iam::111122223333:role/r\nWebIdentityErr: unable to read file at /var/run/token\ncaused by: open /var/run/token: no such file or directory'
  ])('counter-case: %s', (text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
  })

  it('variables printed far above, in another step, do not count', () => {
    const text = `${envBlock(0).split('\n').slice(0, 4).join('\n')}\n${Array.from({ length: 80 }, (_, i) => `build line ${i}`).join('\n')}\nError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1`
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
  })
})
