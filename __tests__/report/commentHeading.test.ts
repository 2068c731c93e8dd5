// The comment's heading says "denied access" only when something was denied: a log whose findings
// are all a missing resource or unaccepted credentials is headed by what AWS did say (heldout10
// review h10-146: s3cmd's plain `404 (NoSuchBucket)` was headed "AWS denied access").
import { renderComment } from '../../src/report/renderComment.js'
import type { FindingKind } from '../../src/model/Denial.js'
import { makeFinding, makeReport } from './makeReport.js'

const opts = { key: 'ci.yml/deploy', title: 'CI / deploy' }

const headingOf = (...kinds: FindingKind[]): string => {
  const findings = kinds.map((kind, i) => makeFinding({ kind, line: i + 1, traps: [] }))
  return renderComment(makeReport({ findings, remedies: [] }), opts).split('\n')[2]!
}

describe('comment heading by the kinds of the findings', () => {
  it.each<[FindingKind[], string]>([
    [['not-found'], '### AWS could not find a resource the job named in CI / deploy'],
    [['credentials', 'credentials'], "### AWS did not accept the job's credentials in CI / deploy"],
    [['credentials', 'not-found'], "### AWS refused the job's requests in CI / deploy"],
    [['oidc'], '### Why configure-aws-credentials could not assume the role in CI / deploy'],
    // counter-cases: one denial among them keeps the denial heading
    [['not-found', 'denial'], '### AWS denied access in CI / deploy'],
    [['credentials', 'encoded'], '### AWS denied access in CI / deploy'],
    [['oidc', 'denial'], '### AWS denied access in CI / deploy']
  ])('%j → %s', (kinds, heading) => {
    expect(headingOf(...kinds)).toBe(heading)
  })
})
