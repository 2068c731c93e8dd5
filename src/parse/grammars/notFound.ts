// "It does not exist" answers that are easily mistaken for denials (kind `not-found`).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const notFoundRules: PhraseRule[] = [
  {
    id: 'docker-ecr-name-unknown',
    rule: 'WD765',
    needs: ["' does not exist in the registry with id '"],
    kind: 'not-found',
    priority: PRIORITY.notFound,
    re: /(?:name unknown: )?The repository with name '([^'\n]*)' does not exist in the registry with id '([^'\n]*)'/g,
    facts: (m, d) => {
      d.service = 'ecr'
      d.detail.repository = m[1]!
      d.detail.registryId = m[2]!
    }
  },
  {
    id: 's3-no-such-bucket',
    rule: 'WD766',
    needs: ['The specified bucket does not exist'],
    kind: 'not-found',
    priority: PRIORITY.notFound,
    re: /The specified bucket does not exist/g
  }
]
