// The OIDC doctor's provider fixes are code a user pastes: each rendering must parse in its
// language, whatever the audience holds (it comes from a workflow input).
import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { parse as parseTs } from '@babel/parser'
import type { FixTarget } from '../../src/model/FixTarget.js'
import { addAudienceRemedy, createProviderRemedy } from '../../src/remedy/oidcProvider.js'

const require = createRequire(import.meta.url)
const hcl = require('hcl2-parser') as { parseToObject(text: string): unknown[] }

const target = { kind: 'oidc-provider', description: 'the OIDC provider' } as unknown as FixTarget
const facts = (audience: string) => ({ account: '111122223333', audience, target, findings: [0] })
const remedies = (audience: string) =>
  [
    ['create', createProviderRemedy(facts(audience))],
    ['add audience', addAudienceRemedy({ ...facts(audience), partition: 'aws' })]
  ] as [string, ReturnType<typeof createProviderRemedy>][]

/** Every string literal's value in a syntax tree. */
const stringsIn = (node: unknown): string[] => {
  if (!node || typeof node !== 'object') return []
  const own =
    (node as { type?: string }).type === 'StringLiteral' ? [(node as { value: string }).value] : []
  return [...own, ...Object.values(node).flatMap(stringsIn)]
}
const parsesAsTs = (code: string) =>
  parseTs(code, { sourceType: 'module', plugins: ['typescript'] })

describe.each(['sts.amazonaws.com', 'it\'s "odd" ${x} `y`'])('audience %s', (audience) => {
  it.each(remedies(audience))('%s: the CDK snippet is one whole TypeScript statement', (_, r) => {
    const cdk = r.renderings.cdk!
    const body = parsesAsTs(cdk).program.body
    expect(body.map((s) => s.type)).toEqual(['ImportDeclaration', 'ExpressionStatement'])
    expect(stringsIn(body)).toContain(audience)
  })

  it.each(remedies(audience))('%s: the Terraform snippet is one provider resource', (_, r) => {
    const [doc] = hcl.parseToObject(r.renderings.terraform!) as {
      resource?: { aws_iam_openid_connect_provider?: { github?: { client_id_list: string[] }[] } }
    }[]
    const provider = doc?.resource?.aws_iam_openid_connect_provider?.github?.[0]
    expect(provider?.client_id_list).toContain(audience)
  })
})
