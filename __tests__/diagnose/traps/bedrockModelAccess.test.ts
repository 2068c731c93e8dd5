// Bedrock's own refusals for a model or API the account may not use: not IAM (issue 17, point 2).
// Real excerpts name their source; the others are nasty cases of our own.
import { analyzeText } from '../../../src/engine/Analysis.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { corpusText } from '../../support/corpusRecords.js'

function analysed(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return {
    findings,
    statements: remedies.flatMap((r) => r.statements),
    notes: remedies.flatMap((r) => r.notes).join('\n')
  }
}

const REAL: [string, string][] = [
  [
    // aws-samples/amazon-bedrock-audio-summarizer#15 (Lambda log)
    'audio-summarizer',
    "[ERROR]\t2024-08-14T20:22:05.431Z\t930587f4-631c-4afc-81dd-840def9cc233\tAn error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID."
  ],
  [
    // andrewyng/aisuite#174 (Converse)
    'aisuite',
    "An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID."
  ],
  [
    // aws-samples/amazon-bedrock-workshop#100 (held-out h047)
    'bedrock-workshop',
    'Error raised by inference endpoint: An error occurred (AccessDeniedException) when calling the InvokeModel operation: Your account is not authorized to invoke this API operation.        \nTo troubeshoot this issue please refer to the following resources.         \nhttps://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html'
  ],
  [
    // aws-samples/amazon-bedrock-workshop#20 (held-out h053)
    'list-foundation-models',
    'botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the ListFoundationModels operation: Your account is not authorized to invoke this API operation.'
  ]
]

describe('Bedrock model access', () => {
  it.each(REAL)(
    '%s: model ID and Region first, then Marketplace, then the Anthropic form; no statement without a caller',
    (_, text) => {
      const { findings, statements, notes } = analysed(text)
      expect(findings).toHaveLength(1)
      const f = findings[0]!
      expect(f.traps).toContain('bedrock-model-access')
      expect(f.service).toBe('bedrock')
      expect(f.explanation).not.toMatch(/HEAD request/)
      // The retired console page is never the advice (heldout8 review, h8-067).
      expect(f.explanation).not.toMatch(/open Model access|request the model/)
      expect(f.explanation).not.toMatch(/no identity-policy Allow fixes it|would change nothing/)
      const order = [
        'model ID and Region',
        'aws-marketplace:Subscribe',
        'first-time use-case form'
      ].map((w) => f.explanation.indexOf(w))
      expect(order.every((i) => i >= 0)).toBe(true)
      expect([...order].sort((a, b) => a - b)).toEqual(order)
      expect(statements).toEqual([])
      expect(notes).toMatch(/No Bedrock statement is proposed/)
      expect(notes).toContain('aws-marketplace:ViewSubscriptions')
      expect(notes).not.toMatch(/Model access\)|would change nothing/)
    }
  )

  it('tells the model case from the account case', () => {
    expect(analysed(REAL[0]![1]).findings[0]!.explanation).toMatch(/would not serve this model/)
    expect(analysed(REAL[2]![1]).findings[0]!.explanation).toMatch(/would not run this API/)
  })

  it.each(['h8-067', 'h8-068', 'h8-069', 'h8-072'])(
    'heldout8 %s: no retired Model access page, Marketplace permissions named',
    (id) => {
      const { findings, notes } = analysed(corpusText('heldout8.jsonl', id))
      const f = findings.find((x) => x.traps.includes('bedrock-model-access'))!
      expect(f.explanation).toContain('inference profile')
      expect(f.explanation).toContain('aws-marketplace:Unsubscribe')
      expect(f.explanation).toContain('Anthropic')
      expect(`${f.explanation}\n${notes}`).not.toMatch(
        /open Model access|Bedrock console, Model access/
      )
    }
  )

  it('a caller the log shows gets the Marketplace first-use statement, nothing for Bedrock itself (own case)', () => {
    const { findings, statements, notes } = analysed(
      '+ aws sts get-caller-identity\n{\n    "UserId": "AROAEXAMPLE:gh",\n    "Account": "111122223333",\n    "Arn": "arn:aws:sts::111122223333:assumed-role/bedrock-ci/gh"\n}\n' +
        "botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID."
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]!.traps).toContain('bedrock-model-access')
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions.sort()).toEqual([
      'aws-marketplace:Subscribe',
      'aws-marketplace:Unsubscribe',
      'aws-marketplace:ViewSubscriptions'
    ])
    expect(actions.some((a) => a.startsWith('bedrock:'))).toBe(false)
    expect(notes).toContain('aws-marketplace:ProductId')
  })

  it('an IAM sentence for bedrock:InvokeModel stays an IAM refusal', () => {
    const { findings, statements } = analysed(
      'An error occurred (AccessDeniedException) when calling the InvokeModel operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0 because no identity-based policy allows the bedrock:InvokeModel action'
    )
    expect(findings[0]!.traps).not.toContain('bedrock-model-access')
    expect(statements.length).toBeGreaterThan(0)
  })

  it('the sentence quoted without a refusal code is not a finding of its own kind', () => {
    const { findings } = analysed(
      'docs: if you see "You don\'t have access to the model with the specified model ID" enable the model'
    )
    for (const f of findings) expect(f.traps).toContain('bedrock-model-access')
  })
})

describe('one grammar for both Bedrock phrasings', () => {
  it.each<[string, string, 'model' | 'account']>([
    ['model phrasing (audio-summarizer)', REAL[0]![1], 'model'],
    ['account phrasing (held-out h053)', REAL[3]![1], 'account'],
    [
      // coder/code-server#7959 (held-out h052): a prompt-management call
      'account phrasing with a prompt resource',
      'The script reaches invoke_model, but AWS returns:\nAccessDeniedException: Your account is not authorized to invoke this API operation with a prompt resource.',
      'account'
    ],
    [
      // aws-samples/amazon-bedrock-audio-summarizer#3 (held-out h051): the code is ValidationException
      'account phrasing under ValidationException',
      '- An error occurred (ValidationException) when calling the InvokeModel operation: Your account is not authorized to invoke this API operation.',
      'account'
    ],
    [
      'own: model phrasing without its full stop, wrapped in a JSON string',
      '{"message":"You don\'t have access to the model with the specified model ID","code":"AccessDeniedException"}',
      'model'
    ]
  ])('%s', (_, text, access) => {
    const { findings, statements } = analysed(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      grammar: 'bedrock-model-access',
      service: 'bedrock',
      detail: { bedrockAccess: access }
    })
    expect(findings[0]!.traps).toContain('bedrock-model-access')
    expect(statements).toEqual([])
  })
})

describe('bedrock-model-access: the Marketplace actions the message names (h11-103)', () => {
  it.each([
    // Source: ministryofjustice/modernisation-platform-environments#18323 (heldout11 h11-103), as printed.
    [
      'modernisation-platform-environments#18323',
      '`{"error":{"message":"litellm.APIConnectionError: BedrockException - {\\"message\\":\\"Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 5 minutes.\\"}.`'
    ],
    // Source: aws-samples/sample-host-openclaw-on-amazon-bedrock-agentcore#41 (the actions in code spans), as printed.
    [
      'sample-host-openclaw-on-amazon-bedrock-agentcore#41',
      'Chat error: 502 Bedrock streaming failed: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (`aws-marketplace:ViewSubscriptions`, `aws-marketplace:Subscribe`) to enable access to this model.'
    ]
  ])('%s: the named actions lead and are drafted, caller or not', (_s, text) => {
    const { findings, statements, notes } = analysed(text)
    const f = findings[0]!
    expect(f.explanation).toMatch(
      /^Bedrock names what the caller lacks: `aws-marketplace:ViewSubscriptions`, `aws-marketplace:Subscribe`/
    )
    expect(f.explanation).not.toMatch(/naming no IAM action|First check the model ID/)
    expect(f.fixTarget.kind).toBe('identity-policy')
    expect(statements.map((s) => s.Action)).toContainEqual([
      'aws-marketplace:Subscribe',
      'aws-marketplace:Unsubscribe',
      'aws-marketplace:ViewSubscriptions'
    ])
    expect(notes).not.toMatch(/the message names no action/)
  })

  it('a token the catalog does not know is not an action (own case)', () => {
    const { findings } = analysed(
      'Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (marketplace:Frobnicate) to enable access to this model.'
    )
    expect(findings[0]!.explanation).toMatch(/First check the model ID/)
  })
})
