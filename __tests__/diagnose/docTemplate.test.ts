// Issue 17 (heldout12 third review, h12-163): a troubleshooting page's template, "not authorized
// to perform [service]:[action]", is no refusal: its finding says so, drafts nothing and sends no
// one to CloudTrail. A real refusal, even masked by its reporter, keeps its own explanation: it
// names an operation, an account's ARN or an action of the catalog.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { reviewed } from './traps/reviewed.js'

const LEAD = 'This looks like a documentation template'

function refusals(text: string) {
  const { findings } = analyzeText(text.endsWith('\n') ? text : text + '\n')
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return {
    found: findings.filter((f) => f.kind === 'denial' || f.kind === 'encoded'),
    statements: remedies.flatMap((r) => r.statements),
    notes: remedies.flatMap((r) => r.notes).join('\n')
  }
}

describe('a documentation template quoted as an error', () => {
  it.each([
    ['review h12-163 (a Lambda README)', reviewed('h12-163'), '[service]:[action]'],
    [
      // github-file:find_string#61059942801, a GitHub Actions OIDC setup guide's "Issue" list
      'github-file:find_string#61059942801',
      '### Issue: Missing Permissions\n\n**Error:** `AccessDenied: User is not authorized to perform: SERVICE:ACTION`\n\n**Solution:** Add missing policy',
      'SERVICE:ACTION'
    ],
    [
      // github-file:find_string#71074842245, a deployment runbook's troubleshooting table
      'github-file:find_string#71074842245',
      '| `terraform apply` fails with `AccessDeniedException: User …infinite-worship-deployer is not authorized to perform: <service>:<Action>` | The attach policy predates the current Phase 1 document |',
      '<service>:<Action>'
    ],
    [
      'own: curly placeholders',
      'Error: AccessDenied: User: ${caller} is not authorized to perform: {service}:{action}',
      '{service}:{action}'
    ]
  ])('%s: said to be a template, nothing drafted', (_source, text, placeholder) => {
    const { found, statements, notes } = refusals(text)
    expect(found).toHaveLength(1)
    const f = found[0]!
    expect(f.explanation.startsWith(LEAD)).toBe(true)
    expect(f.explanation).toContain(`\`${placeholder}\``)
    expect(f.explanation).not.toContain('CloudTrail')
    expect(f.explanation).not.toContain('identity policy')
    expect(statements).toEqual([])
    expect(notes).toContain('documentation template')
    expect(notes).not.toContain('not in the IAM service authorization catalog')
    expect(notes).not.toContain('names no action')
  })

  it.each([
    // aws/aws-cli#5592: the reporter masked a real refusal; the operation is real.
    ['review d023 (aws/aws-cli#5592, masked by its reporter)', reviewed('d023')],
    [
      // kubernetes-sigs/aws-load-balancer-controller#2322: account and role masked, the action real
      'kubernetes-sigs/aws-load-balancer-controller#2322',
      '`AccessDeniedException: User: arn:aws:sts::{account-id}:assumed-role/{role-arn} is not authorized to perform: waf-regional:GetWebACLForResource on resource: arn:aws:waf-regional:{region}:{account-id}:*/* with an explicit deny in a service control policy`'
    ],
    [
      'own: a page quoting a real action',
      '**Error:** `AccessDenied: User is not authorized to perform: s3:GetObject`'
    ],
    [
      'own: a placeholder action, but a real account ARN',
      'AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: <service>:<action>'
    ]
  ])('counter-case: %s keeps its finding and its explanation', (_t, text) => {
    const { found } = refusals(text)
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f.explanation).not.toContain(LEAD)
  })
})
