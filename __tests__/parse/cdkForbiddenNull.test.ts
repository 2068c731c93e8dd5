// CDK v1 on the JS SDK v2 fails a stack on a bodiless 403 as `❌  <stack> failed: Forbidden: null`
// (rule WD825): the code is the status text the SDK put in the code slot.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('CDK failing a stack with `Forbidden: null`', () => {
  it('aws/aws-cdk#4039 verbose log (held-out h8-096)', () => {
    const [f, ...rest] = parseText(corpusText('heldout8.jsonl', 'h8-096'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'Forbidden', action: null })
  })

  it('a blog post quoting the failure without its stack (github-file:find_string#44730408427)', () => {
    const [f, ...rest] = parseText(
      "What you'll get now is this beauty of an error message:\n\n```bash\nlambda-stack: deploying...\n\n ❌  lambda-stack failed: Forbidden: null\n```"
    )
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'Forbidden' })
  })

  it.each([
    ['own: a build step, not a stack', 'Step 3 failed: Forbidden: null'],
    [
      'own: CDK failing on something else',
      ' ❌  lambda-stack failed: Error: Forbidden: nullable field'
    ],
    ['own: not CDK’s marker', '[x] lambda-stack failed: Forbidden: null']
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
