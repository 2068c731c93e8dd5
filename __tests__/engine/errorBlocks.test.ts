// Issue 17 (heldout4 review, part 2 class 6): one credentials error that several layers print over
// a few lines (Terraform's box, then the SDK's chain) is one finding and one occurrence; the same
// error again later, or another cause next to it, stays its own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const kinds = (text: string) =>
  analyzeText(text).findings.map((f) => [f.kind, f.grammar, f.detail.cause ?? null, f.occurrences])

describe('one credentials error printed by several layers', () => {
  it.each<[string, string]>([
    [
      // github-file:find_string#800315030 (Jenkins, terraform init)
      'a Terraform backend box with the SDK chain inside',
      '+ terraform init\nInitializing the backend...\n╷\n│ Error: No valid credential sources found\n│ \n│ Please see https://www.terraform.io/docs/language/settings/backends/s3.html\n│ for more information about providing credentials.\n│ \n│ Error: failed to refresh cached credentials, no EC2 IMDS role found,\n│ operation error ec2imds: GetMetadata, http response error StatusCode: 404,\n│ request to EC2 IMDS failed\n│ \n╵\n'
    ],
    [
      // heldout4 h4-145 (github-file:find_string#62467280073)
      'two lines of one error in a note',
      '```\nError: No valid credential sources found\nfailed to refresh cached credentials, no EC2 IMDS role found,\noperation error ec2imds: GetMetadata, ... dial tcp 169.254.169.254:80: connect: host is down\n```\n'
    ],
    [
      // heldout4 h4-146 (github-file:find_string#71483945508): nine lines apart in one box
      'the provider box, the second error nine lines down',
      '╷\n│ Error: No valid credential sources found\n│ \n│   with provider["registry.terraform.io/hashicorp/aws"],\n│   on provider.tf line 23, in provider "aws":\n│   23: provider "aws" {\n│ \n│ Please see https://registry.terraform.io/providers/hashicorp/aws\n│ for more information about providing credentials.\n│ \n│ Error: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded\n│ \n'
    ]
  ])('%s: one finding, one occurrence', (_t, text) => {
    expect(kinds(text)).toEqual([['credentials', 'terraform-no-credentials', 'missing', 1]])
  })

  it('h7-105 (oneuptime.com terraform-s3-backend-error): the session error, then the backend sentence, is one missing-credentials finding', () => {
    // https://oneuptime.com/blog/post/2025-12-18-terraform-s3-backend-error/view
    const text =
      'Error: Error configuring Terraform S3 Backend: Error creating AWS session: NoCredentialProviders\nError: Error configuring the backend "s3": No valid credential sources for S3 Backend found.\n'
    expect(kinds(text)).toEqual([['credentials', 'bare-code', null, 1]])
    expect(analyzeText(text).findings[0]!.code).toBe('NoCredentialProviders')
  })

  it('devopshobbies/terraform-tutorial#28: the backend box, then the Go SDK v1 chain, is one finding', () => {
    const text =
      'Initializing the backend...\n╷\n│ Error: error configuring S3 Backend: no valid credential sources for S3 Backend found.\n│ \n│ Please see https://www.terraform.io/docs/language/settings/backends/s3.html\n│ for more information about providing credentials.\n│ \n│ Error: NoCredentialProviders: no valid providers in chain. Deprecated.\n│ \tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors\n│\n'
    expect(kinds(text).map((k) => k.slice(0, 3))).toEqual([
      ['credentials', 'terraform-no-credentials', 'missing']
    ])
  })

  it('own: an invalid key code next to the backend sentence is another cause, kept', () => {
    const text =
      'Error: error configuring S3 Backend: no valid credential sources for S3 Backend found.\nError: InvalidClientTokenId: The security token included in the request is invalid.\n'
    expect(analyzeText(text).findings).toHaveLength(2)
  })

  it('own: the same pair printed by two runs far apart counts two occurrences of one finding', () => {
    const pair =
      'Error: No valid credential sources found\nError: failed to refresh cached credentials, no EC2 IMDS role found\n'
    const text = pair + 'ok\n'.repeat(40) + pair
    expect(kinds(text)).toEqual([['credentials', 'terraform-no-credentials', 'missing', 2]])
  })

  it('own: the SDK line alone far from the box is a finding of its own', () => {
    const text =
      'Error: No valid credential sources found\n' +
      'ok\n'.repeat(40) +
      'get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found\n'
    expect(kinds(text).map((k) => k[1])).toEqual([
      'terraform-no-credentials',
      'refresh-cached-credentials'
    ])
  })

  it('own: an expired token right after a missing-credentials line is another cause, kept', () => {
    const text =
      'Error: No valid credential sources found\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n'
    const causes = analyzeText(text).findings.map((f) => f.detail.cause ?? f.code)
    expect(causes).toHaveLength(2)
  })

  // heldout16 review h16-017 (terrakube-io/terrakube#1425): the box's summary, the SDK's sentence
  // and the cause that sentence goes on to name are one error, and the cause is the finding.
  it("h16-017: the cause the SDK sentence names takes the summary's place, once", () => {
    const found = analyzeText(corpusText('heldout16.jsonl', 'h16-017')).findings
    expect(found.map((f) => [f.code, f.detail.cause, f.occurrences])).toEqual([
      ['InvalidIdentityToken', 'oidc-verification-key', 1]
    ])
  })

  // heldout16 review h16-098 (aws-samples/aws-nodejs-sample#10): the JS SDK v2's error printed
  // whole, its provider chain's error nested under its stack, is one error.
  it('h16-098: the nested originalError below the stack is the same error', () => {
    expect(kinds(corpusText('heldout16.jsonl', 'h16-098')).map((k) => k[1])).toEqual([
      'no-credentials-js'
    ])
  })
})
