// GovCloud and China logs name their own partition: every ARN the fix writes must carry it.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

/** A cross-account bucket refusing an account root, in the shape AWS prints for S3. */
const rootDenial = (partition: string) =>
  `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:${partition}:iam::111122223333:root is not authorized to perform: s3:GetObject on resource: "arn:${partition}:s3:::shared-artifacts/build.zip" because no resource-based policy allows the s3:GetObject action`

function principals(log: string): unknown[] {
  return buildRemedies(analyzeText(log).findings).flatMap((r) =>
    r.statements.flatMap((s) => (s.Principal ? [s.Principal] : []))
  )
}

test.each(['aws-us-gov', 'aws-cn', 'aws'])(
  'a %s root principal keeps its partition',
  (partition) => {
    expect(principals(rootDenial(partition))).toEqual([
      { AWS: `arn:${partition}:iam::111122223333:root` }
    ])
  }
)

test('no ARN of another partition slips into a GovCloud fix', () => {
  const remedies = buildRemedies(analyzeText(rootDenial('aws-us-gov')).findings)
  const arns = JSON.stringify(remedies.map((r) => r.statements)).match(/arn:[\w-]+:/g) ?? []
  expect(arns.length).toBeGreaterThan(0)
  expect(new Set(arns)).toEqual(new Set(['arn:aws-us-gov:']))
})
