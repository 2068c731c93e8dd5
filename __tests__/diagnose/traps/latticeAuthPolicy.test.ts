// VPC Lattice checks its auth policies beside the caller's identity policy: a refusal that names
// the service's or the service network's auth policy is fixed there, never by the caller's
// identity policy alone (heldout151 review h151-012).
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { corpusText } from '../../support/corpusRecords.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'lattice-auth-policy'

// An EKS multi-cluster sample's README: a pod's SigV4 proxy role, refused by the service's auth
// policy (github-file:find_string#6847190641, text as printed).
const SIGNED =
  'AccessDeniedException: User: arn:aws:sts::12345678910:assumed-role/vpc-lattice-sigv4-client/eks-eks-cluste-demo-clust-1b575f8d-fb77-486a-8a13-af5a2a0f78ae is not authorized to perform: vpc-lattice-svcs:Invoke on resource: arn:aws:vpc-lattice:eu-west-1:12345678910:service/svc-002349360ddc5a463/ because no service-based policy allows the vpc-lattice-svcs:Invoke action'
// An EKS workshop page: curl from a pod with no signer, refused by the service network's auth
// policy (github-file:find_string#46433672786, text as printed).
const UNSIGNED =
  'AccessDeniedException: User: anonymous is not authorized to perform: vpc-lattice-svcs:Invoke on resource: arn:aws:vpc-lattice:us-east-1:ACCOUNT_ID:service/svc-0b1f56d26672bf677/parking because no network-based policy allows the vpc-lattice-svcs:Invoke action\nAccessDeniedException: User: anonymous is not authorized to perform: vpc-lattice-svcs:Invoke on resource: arn:aws:vpc-lattice:us-east-1:ACCOUNT_ID:service/svc-0b1f56d26672bf677/review because no network-based policy allows the vpc-lattice-svcs:Invoke action'

describe(TRAP, () => {
  it.each([
    [
      'heldout151 h151-012 (a Zenn article, masked account)',
      corpusText('heldout151.jsonl', 'h151-012')
    ],
    ['the EKS sample', SIGNED]
  ])("%s: the service's auth policy allows the caller, and the identity policy too", (_, text) => {
    const f = only(text)
    expect(f.traps).toContain(TRAP)
    expect(f.deny).toBe('implicit')
    expect(f.layer).toBeNull()
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.fixTarget.description).toMatch(/^the auth policy of VPC Lattice service `svc-/)
    expect(f.explanation).toMatch(/^VPC Lattice allows a call/)
    expect(f.explanation).toContain('aws vpc-lattice get-auth-policy --resource-identifier svc-')
    const findings = findingsOf(text)
    const remedies = buildRemedies(findings)
    expect(remedies).toHaveLength(1)
    const [remedy] = remedies
    expect(remedy!.statements).toEqual([
      expect.objectContaining({
        Principal: {
          AWS: expect.stringMatching(/:role\/(lattice-allowed-role|vpc-lattice-sigv4-client)$/)
        },
        Action: 'vpc-lattice-svcs:Invoke'
      })
    ])
    const notes = remedy!.notes.join('\n')
    expect(notes).toContain("the caller's identity policy must allow `vpc-lattice-svcs:Invoke` too")
    expect(notes).not.toContain('would also work instead of this statement')
    expect(notes).toContain('aws vpc-lattice put-auth-policy')
    expect(validateRemedies(remedies, findings)).toEqual([])
  })

  it("the workshop's unsigned curl: the service network's policy is named, and signing comes first", () => {
    const findings = findingsOf(UNSIGNED)
    expect(findings).toHaveLength(2)
    for (const f of findings) {
      expect(f.traps).toContain(TRAP)
      expect(f.deny).toBe('implicit')
      expect(f.explanation).toContain(
        'the auth policy of the service network VPC Lattice service `svc-0b1f56d26672bf677` is associated with'
      )
      expect(f.explanation).toContain(
        'list-service-network-service-associations --service-identifier svc-0b1f56d26672bf677'
      )
      expect(f.explanation).toContain('sign it with SigV4')
    }
    // No statement opens the service to everyone.
    expect(buildRemedies(findings).flatMap((r) => r.statements)).toEqual([])
  })

  it.each([
    // own: the caller's identity policy refused it: that is where the Allow goes
    'User: arn:aws:sts::111122223333:assumed-role/client/run is not authorized to perform: vpc-lattice-svcs:Invoke on resource: arn:aws:vpc-lattice:us-east-1:111122223333:service/svc-0123456789abcdef0/ because no identity-based policy allows the vpc-lattice-svcs:Invoke action',
    // own: an explicit deny is the deny's to lift
    'User: arn:aws:sts::111122223333:assumed-role/client/run is not authorized to perform: vpc-lattice-svcs:Invoke on resource: arn:aws:vpc-lattice:us-east-1:111122223333:service/svc-0123456789abcdef0/ with an explicit deny in a service-based policy',
    // own: managing Lattice itself is no call to a service
    'User: arn:aws:sts::111122223333:assumed-role/client/run is not authorized to perform: vpc-lattice:CreateService on resource: arn:aws:vpc-lattice:us-east-1:111122223333:service/* because no identity-based policy allows the vpc-lattice:CreateService action'
  ])('counter-case: %s', (text) => {
    expect(only(text).traps).not.toContain(TRAP)
  })
})
