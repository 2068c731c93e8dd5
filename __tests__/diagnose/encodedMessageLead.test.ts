// Issue 17 (heldout12 third review, h12-040): an explicit Deny whose error carries EC2's encoded
// authorization message, even cut, masked or lost after the marker, leads with decoding it: the
// decoded message names the matched statement and its Condition, which no guess at the policy
// type can. A log that already prints the decoded message, or a marker of another error, does not.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { reviewed } from './traps/reviewed.js'

const LEAD = 'The error carries an encoded authorization message'
const DECODE = 'aws sts decode-authorization-message --encoded-message <BLOB>'

function refusals(text: string) {
  const { findings } = analyzeText(text.endsWith('\n') ? text : text + '\n')
  expect(validateRemedies(buildRemedies(findings), findings)).toEqual([])
  return findings.filter((f) => f.kind === 'denial' || f.kind === 'encoded')
}

// aws/karpenter-provider-aws#7370: an SCP's explicit Deny, the blob cut by the reporter ("...").
const KARPENTER_7370 = `\`\`\`json
{
   "level":"ERROR",
   "time":"2024-11-12T16:46:59.426Z",
   "logger":"controller",
   "message":"Reconciler error",
   "commit":"fb4d75f",
   "controller":"nodeclaim.lifecycle",
   "controllerGroup":"karpenter.sh",
   "controllerKind":"NodeClaim",
   "NodeClaim":{
      "name":"default-w2zlj"
   },
   "namespace":"",
   "name":"default-w2zlj",
   "reconcileID":"7a1e88bc-1169-4e4a-a4db-4ff689f2bd59",
   "error":"launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::123456789:assumed-role/karpeter-controller-role/1731429849551905269 is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-2:123456789:instance/* with an explicit deny in a service control policy. Encoded authorization failure message: g4oZPBqZ4Bni8dE5dGjxYTnOZ..."
}
\`\`\``

const SENTENCE =
  'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* with an explicit deny in a service control policy.'
const BLOB =
  'vN2WHCDrJbcUc_ZsXnA8VdXNuNPCZzt6t5fUsq0HgYj9oHrn4j3P7bBM3dXDy9Sbw3nlKQhVYqCjj4QAqYKy0uUQ8mxGK4kq1Y2p3ScnS_0wB7bi4MLO8cnvCL7jJ'

describe('an explicit Deny with an encoded message leads with decoding it', () => {
  it.each([
    // The stored copy ends at "Encoded auth": the marker cut, the blob lost.
    ['review h12-040 (karpenter-provider-aws#8432)', reviewed('h12-040'), 'the log lost it'],
    ['aws/karpenter-provider-aws#7370', KARPENTER_7370, 'the log cut it short'],
    [
      'own: the whole blob',
      `${SENTENCE} Encoded authorization failure message: ${BLOB}`,
      'decode it with'
    ],
    [
      'own: the blob masked',
      `${SENTENCE} Encoded authorization failure message: ****`,
      'the log masked it'
    ],
    [
      'own: the marker wrapped onto the next line',
      `${SENTENCE} Encoded\nauthorization failure message: ${BLOB}`,
      'decode it with'
    ]
  ])('%s', (_source, text, kept) => {
    const [f, ...rest] = refusals(text)
    expect(rest).toEqual([])
    expect(f!.deny).toBe('explicit')
    expect(f!.explanation.startsWith(LEAD)).toBe(true)
    expect(f!.explanation).toContain(kept)
    expect(f!.explanation).toContain(DECODE)
    expect(f!.explanation).toContain('sts:DecodeAuthorizationMessage')
    expect(f!.explanation).toContain('matchedStatements')
    // The policy type's sentence still follows, after the decoding step.
    expect(f!.explanation.indexOf('matched')).toBeLessThan(f!.explanation.indexOf('Deny in'))
  })

  it.each([
    ['own: an explicit Deny without a marker', SENTENCE],
    [
      'own: the decoded message is already in the log',
      `${SENTENCE} Encoded authorization failure message: ${BLOB}\n$ aws sts decode-authorization-message --encoded-message ${BLOB}\n{"DecodedMessage": "{\\"allowed\\":false,\\"explicitDeny\\":true,\\"matchedStatements\\":{\\"items\\":[]}}"}`
    ],
    [
      'own: the marker belongs to another error far below',
      `${SENTENCE}\n${'step output line\n'.repeat(3)}${'x'.repeat(700)} Encoded authorization failure message: ${BLOB}`
    ],
    [
      'own: an implicit deny (no policy allows) keeps its Allow',
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: ' +
        BLOB
    ]
  ])('counter-case: %s', (_t, text) => {
    for (const f of refusals(text)) expect(f.explanation).not.toContain(LEAD)
  })
})
