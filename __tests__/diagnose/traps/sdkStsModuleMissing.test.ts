// The Java SDK found a profile that assumes a role (or a web identity token) but was built without
// its STS module: the module, no policy (WD989).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'sdk-sts-module-missing'

describe(TRAP, () => {
  it('gocd/docker-registry-artifact-plugin#144 (h40-005): the profile was found; the STS module is missing', () => {
    const { f, statements } = analysedOne(corpusText('heldout40.jsonl', 'h40-005'))
    expect(f.traps).toEqual([TRAP])
    expect(f.title).toMatch(
      /^AWS credentials found but not usable: the Java SDK's STS module is missing/
    )
    expect(f.explanation).toContain('`com.amazonaws:aws-java-sdk-sts`')
    expect(statements).toEqual([])
  })

  it('own: SDK v2’s web identity wording', () => {
    const { f } = analysedOne(
      "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[…]) : [WebIdentityTokenCredentialsProvider(): To use web identity tokens, the 'sts' service module must be on the class path.]"
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`software.amazon.awssdk:sts`')
  })

  it('counter-case: a chain with no module message keeps the missing-credentials advice', () => {
    const { f } = analysedOne(
      'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables]'
    )
    expect(f.traps).not.toContain(TRAP)
  })
  it('h161-030 (the heldout161 review): with no profile file and no web identity setting, the module line is boilerplate', () => {
    const { f, statements } = analysedOne(corpusText('heldout161.jsonl', 'h161-030'))
    expect(f.traps).not.toContain(TRAP)
    expect(f.title).not.toMatch(/STS module/)
    expect(f.explanation).not.toContain('`com.amazonaws:aws-java-sdk-sts`')
    expect(statements).toEqual([])
  })

  it('own: the same chain where the pod was given a web identity still names the module', () => {
    const { f } = analysedOne(
      'AWS_ROLE_ARN=arn:aws:iam::111122223333:role/app\ncom.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables, WebIdentityTokenCredentialsProvider: To use assume role profiles the aws-java-sdk-sts module must be on the class path., com.amazonaws.auth.profile.ProfileCredentialsProvider@1a760689: profile file cannot be null]'
    )
    expect(f.traps).toContain(TRAP)
  })
})
