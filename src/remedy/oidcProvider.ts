// Fixes that are not a policy statement, for the OIDC doctor: create the account's IAM OIDC
// provider, add an audience to it, or give the job its ID token. Every value is quoted for the
// language it lands in (the audience comes from an input, the account from an ARN).
import type { FixTarget } from '../model/FixTarget.js'
import type { Remedy } from '../model/Remedy.js'
import { GITHUB_OIDC_HOST } from './oidcSubject.js'
import { hclString, shellQuote, tsString } from './render/escape.js'

export interface ProviderFacts {
  account: string | null
  audience: string
  host?: string
  target: FixTarget
  findings: number[]
}

const who = (account: string | null) => (account ? `account ${account}` : "the role's account")

/** Creates `https://token.actions.githubusercontent.com` with the audience as its client id. */
export function createProviderRemedy(f: ProviderFacts): Remedy {
  const url = `https://${f.host ?? GITHUB_OIDC_HOST}`
  return {
    id: `identity-provider:${f.account ?? 'unknown'}`,
    target: f.target,
    findings: f.findings,
    statements: [],
    notes: [
      `Create the IAM OIDC provider in ${who(f.account)} (run the command with that account's credentials). Each account whose roles GitHub assumes needs its own provider.`,
      'IAM fetches the thumbprint itself when none is given; older tool versions insist on a thumbprint list.'
    ],
    renderings: {
      cli: [
        `aws iam create-open-id-connect-provider --url ${shellQuote(url)} --client-id-list ${shellQuote(f.audience)}`
      ].join('\n'),
      terraform: [
        'resource "aws_iam_openid_connect_provider" "github" {',
        `  url            = ${hclString(url)}`,
        `  client_id_list = [${hclString(f.audience)}]`,
        '}'
      ].join('\n'),
      cdk: [
        "import * as iam from 'aws-cdk-lib/aws-iam'",
        '',
        '// Inside your stack (one provider per account):',
        `new iam.OpenIdConnectProvider(this, 'GitHubOidc', {`,
        `  url: ${tsString(url)},`,
        `  clientIds: [${tsString(f.audience)}]`,
        '})'
      ].join('\n')
    }
  }
}

/** Adds the token's audience to an existing provider. */
export function addAudienceRemedy(f: ProviderFacts & { partition: string }): Remedy {
  const host = f.host ?? GITHUB_OIDC_HOST
  const arn = `arn:${f.partition}:iam::${f.account ?? '<ACCOUNT_ID>'}:oidc-provider/${host}`
  return {
    id: `identity-provider-audience:${f.account ?? 'unknown'}`,
    target: f.target,
    findings: f.findings,
    statements: [],
    notes: [
      `Either request the audience the provider already lists (configure-aws-credentials uses \`sts.amazonaws.com\` unless its \`audience\` input is set), or add this audience to the provider's client-id list.`
    ],
    renderings: {
      cli: `aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn ${shellQuote(arn)} --client-id ${shellQuote(f.audience)}`,
      terraform: [
        '# In the provider resource, keep the existing audiences and add this one:',
        'resource "aws_iam_openid_connect_provider" "github" {',
        `  url            = ${hclString(`https://${host}`)}`,
        `  client_id_list = ["sts.amazonaws.com", ${hclString(f.audience)}]`,
        '}'
      ].join('\n'),
      cdk: [
        "import * as iam from 'aws-cdk-lib/aws-iam'",
        '',
        `new iam.OpenIdConnectProvider(this, 'GitHubOidc', {`,
        `  url: ${tsString(`https://${host}`)},`,
        `  clientIds: ['sts.amazonaws.com', ${tsString(f.audience)}]`,
        '})'
      ].join('\n')
    }
  }
}

/** Guidance only: notes, no rendering. */
export function guidanceRemedy(
  id: string,
  target: FixTarget,
  findings: number[],
  notes: string[]
): Remedy {
  return { id, target, findings, statements: [], notes, renderings: {} }
}
