// Each CLI/Terraform fix gets its own inline policy name, so applying a second one keeps the first.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { inlinePolicyName } from '../../src/remedy/render/inlinePolicyName.js'
import { makeFinding, roleTarget } from './makeFinding.js'

const session = 'arn:aws:sts::444455556666:assumed-role/deploy/GitHubActions'
const fix = (action: string, resource: string) =>
  buildRemedies([
    makeFinding({
      action,
      principal: session,
      resource,
      fixTarget: { kind: 'identity-policy', ...roleTarget(session) }
    })
  ])[0]!

test('two fixes for the same role get different names; the same fix the same name', () => {
  const a = fix('s3:GetObject', 'arn:aws:s3:::artifacts/app.zip')
  const b = fix('sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:jobs')
  const nameIn = (cli: string | undefined) => /--policy-name (\S+)/.exec(cli ?? '')?.[1]
  expect(nameIn(a.renderings.cli)).toMatch(/^whydenied-s3-[0-9a-z]{7}$/)
  expect(nameIn(b.renderings.cli)).toMatch(/^whydenied-sqs-[0-9a-z]{7}$/)
  expect(nameIn(a.renderings.cli)).not.toBe(nameIn(b.renderings.cli))
  expect(nameIn(fix('s3:GetObject', 'arn:aws:s3:::artifacts/app.zip').renderings.cli)).toBe(
    nameIn(a.renderings.cli)
  )
  expect(a.renderings.terraform).toContain(`"${nameIn(a.renderings.cli)}"`)
})

test('names stay within IAM policy-name rules', () => {
  const name = inlinePolicyName([
    { Sid: 'X', Effect: 'Allow', Action: ['a'.repeat(200) + ':x', 'b:y'], Resource: '*' }
  ])
  expect(name.length).toBeLessThanOrEqual(128)
  expect(name).toMatch(/^[\w+=,.@-]+$/)
})
