// One option table for `whydenied` and `whydenied run`: every flag, on both commands.
import {
  parseCliOptions,
  suggestOption,
  UsageError,
  wantsColor,
  type CliOptions
} from '../../src/cli/options.js'

const MODES = ['files', 'run'] as const

/** The arguments for a mode: `run` needs a command after the options. */
const withOperand = (mode: (typeof MODES)[number], args: string[]) =>
  mode === 'run' ? [...args, '--', 'make', 'deploy'] : [...args, 'build.log']

describe.each(MODES)('%s', (mode) => {
  it.each<[string[], Partial<CliOptions>]>([
    [['-f', 'json'], { format: 'json' }],
    [['--format', 'markdown'], { format: 'markdown' }],
    [['--format=json'], { format: 'json' }],
    [['-o', 'r.md'], { output: 'r.md' }],
    [['--output', 'r.md'], { output: 'r.md' }],
    [['--decode'], { decode: true }],
    [['--whoami'], { whoami: true }],
    [[], { decode: false, whoami: false, format: 'text', noColor: false, output: undefined }],
    [['--region', 'us-gov-west-1'], { region: 'us-gov-west-1' }],
    [['--current-policy', 'p.json'], { currentPolicy: 'p.json' }],
    [['--no-color'], { noColor: true }],
    [['--fail-on-findings'], { failOnFindings: true }],
    [['-f', 'sarif'], { format: 'sarif' }],
    [['--format', 'compact'], { format: 'compact' }],
    [['--format', 'comment'], { format: 'comment' }]
  ])('%j', (args, expected) => {
    const options = parseCliOptions(withOperand(mode, args), mode)
    expect(options).toMatchObject(expected)
    expect(options.operands).toEqual(mode === 'run' ? ['make', 'deploy'] : ['build.log'])
  })

  it.each([['-h'], ['--help'], ['-v'], ['--version']])('%s needs nothing else', (flag) => {
    const options = parseCliOptions([flag], mode)
    expect(options.help || options.version).toBe(true)
  })

  it.each([
    [['--format', 'yaml'], /--format must be one of text, markdown, comment, json/],
    [['--no-decode'], /^unknown option --no-decode; did you mean --decode\?$/],
    [['--bogus'], /^unknown option --bogus$/],
    [['--formt', 'json'], /^unknown option --formt; did you mean --format\?$/],
    [['--fail-on-finding'], /did you mean --fail-on-findings\?/],
    [['--no-colour'], /did you mean --no-color\?/],
    [['--region'], /^option --region needs a value$/],
    [['-f'], /^option --format needs a value$/],
    [['--no-color=yes'], /^option --no-color takes no value$/]
  ])('%j is a usage error', (args, message) => {
    const argv = mode === 'run' ? [...args, '--', 'x'] : args
    expect(() => parseCliOptions(argv, mode)).toThrow(UsageError)
    expect(() => parseCliOptions(argv, mode)).toThrow(message)
  })
})

describe('run: the command starts at -- or at its first word', () => {
  it('leaves the command options alone', () => {
    expect(parseCliOptions(['-f', 'json', 'terraform', 'apply', '-f', 'x'], 'run')).toMatchObject({
      format: 'json',
      operands: ['terraform', 'apply', '-f', 'x']
    })
    expect(parseCliOptions(['--region', 'eu-west-1', 'ls', '-la'], 'run').operands).toEqual([
      'ls',
      '-la'
    ])
    expect(parseCliOptions(['--', '--format', 'x'], 'run').operands).toEqual(['--format', 'x'])
  })

  it('refuses an empty command', () => {
    expect(() => parseCliOptions(['--decode'], 'run')).toThrow('no command given after --')
    expect(() => parseCliOptions(['--'], 'run')).toThrow(UsageError)
  })

  it('files mode reads options after files too', () => {
    expect(parseCliOptions(['a.log', '-f', 'json', 'b.log'], 'files')).toMatchObject({
      format: 'json',
      operands: ['a.log', 'b.log']
    })
  })
})

describe('colour', () => {
  const text = parseCliOptions(['x.log'], 'files')
  it.each<[string, CliOptions, boolean, NodeJS.ProcessEnv, boolean]>([
    ['a terminal', text, true, { TERM: 'xterm-256color' }, true],
    ['not a terminal', text, false, {}, false],
    ['--no-color', parseCliOptions(['--no-color'], 'files'), true, {}, false],
    ['NO_COLOR', text, true, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR', text, true, { NO_COLOR: '' }, true],
    ['TERM=dumb', text, true, { TERM: 'dumb' }, false],
    ['a file', parseCliOptions(['-o', 'r.txt'], 'files'), true, {}, false],
    ['JSON', parseCliOptions(['-f', 'json'], 'files'), true, {}, false]
  ])('%s', (_name, options, tty, env, expected) => {
    expect(wantsColor(options, tty, env)).toBe(expected)
  })
})

describe('suggestOption', () => {
  it.each([
    ['--outptu', '--output'],
    ['--regoin', '--region'],
    ['--current-polcy', '--current-policy'],
    ['--Format', '--format'],
    ['--rep=x', '--repo'],
    ['--x', null],
    ['--verbose', null],
    ['--json', null]
  ])('%s -> %s', (typed, expected) => {
    expect(suggestOption(typed)).toBe(expected)
  })
})
