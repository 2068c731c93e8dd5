// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'ecr-repository-may-not-exist'

function push(principalAccount: string, repoAccount: string, reason: string): string {
  return `denied: User: arn:aws:sts::${principalAccount}:assumed-role/ci/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:${repoAccount}:repository/team/app ${reason}`
}

describe(TRAP, () => {
  it('applies to a cross-account repository refused by "no resource-based policy", with the check to run', () => {
    const f = only(
      push(
        '111122223333',
        '444455556666',
        'because no resource-based policy allows the ecr:InitiateLayerUpload action'
      )
    )
    expect(f.crossAccount).toBe(true)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      '`aws ecr describe-repositories --registry-id 444455556666 --repository-names team/app --region eu-west-1`'
    )
    expect(f.explanation).toMatch(
      /Before editing any repository policy, confirm the repository exists/
    )
  })

  it('applies when an account is masked (cross-account unknown)', () => {
    const f = only(
      push(
        '***',
        '444455556666',
        'because no resource-based policy allows the ecr:InitiateLayerUpload action'
      )
    )
    expect(f.crossAccount).toBeNull()
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/masked or missing/)
  })

  it.each(['d001', 'd002'])(
    'applies to the seed example %s, where the log shows the same account on both sides, saying why',
    (id) => {
      // The DevelopersIO write-up's own text: a cross-account setup printed with one (masked) ID.
      const f = corpus(id)
      expect(f.crossAccount).toBe(false)
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).toContain('"no identity-based policy allows"')
      expect(f.explanation).toContain('`name unknown`')
      expect(f.explanation).toContain(
        '`aws ecr describe-repositories --registry-id 123456789012 --repository-names hato-repository --region ap-northeast-1`'
      )
    }
  )

  it('applies to a same-account refusal with no resource named', () => {
    const f = only(
      'denied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:BatchGetImage because no resource-based policy allows the ecr:BatchGetImage action'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('does not apply to an explicit deny or to an identity-policy refusal', () => {
    expect(
      only(push('111122223333', '444455556666', 'with an explicit deny in a resource-based policy'))
        .traps
    ).not.toContain(TRAP)
    expect(
      only(
        push(
          '111122223333',
          '444455556666',
          'because no identity-based policy allows the ecr:InitiateLayerUpload action'
        )
      ).traps
    ).not.toContain(TRAP)
  })

  it('the same-account "does not exist" message is kind not-found, not a denial (corpus d003)', () => {
    const f = corpus('d003')
    expect(f.kind).toBe('not-found')
    expect(f.traps).not.toContain(TRAP)
    expect(f.title).toBe('ECR repository hato-repository does not exist in registry 123456789012')
    expect(f.explanation).toMatch(/^This is not an authorization failure/)
  })
})
