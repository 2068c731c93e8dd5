// Secrets Manager's `Access to KMS is not allowed`: the caller may not use the secret's KMS key.
// Reading needs kms:Decrypt, storing kms:GenerateDataKey, through Secrets Manager only
// (kms:ViaService, as AWS's own AWSSecretsManagerClientReadOnlyAccess policy scopes it); issue 17,
// heldout11 review: h11-127, h11-128.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const VIA = { StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' } }

describe('Secrets Manager refused the KMS key', () => {
  it.each([
    [
      // heldout11 h11-128, external-secrets/kubernetes-external-secrets#838 (ExternalSecret status)
      'external-secrets',
      `      message: "could not get secret data from provider: key \\"XXX\\"
        from ExternalSecret \\"XXX\\": AccessDeniedException:
        Access to KMS is not allowed\\n\\tstatus code: 400, "
      reason: SecretSyncedError`
    ],
    [
      // andresriancho/aws-backup#5 (Terraform reading the secret version)
      'terraform read',
      `Error: error reading Secrets Manager Secret Version: AccessDeniedException: Access to KMS is not allowed
	status code: 400, request id: 4ff6091e-fc13-4e0c-8805-24820cb106f6

  on ses.tf line 41, in resource "aws_secretsmanager_secret_version" "ses_smtp_user":`
    ]
  ])('%s: kms:Decrypt on the secret key, through Secrets Manager', (_, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.inferred?.action?.value).toBe('kms:Decrypt')
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatchObject({
      Action: 'kms:Decrypt',
      Resource: 'arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>',
      Condition: VIA
    })
    expect(notes).toMatch(/key's own policy must allow the caller/)
  })

  it.each([
    [
      // heldout11 h11-127, aws-samples/aws-secrets-manager-rotation-lambdas#53 (MySQL rotation)
      'the rotation step create_secret',
      corpusText('heldout11.jsonl', 'h11-127')
    ],
    [
      // aws-samples/aws-secrets-manager-rotation-lambdas#53, its first report, as printed (the
      // PostgreSQL multi-user rotation template).
      'the rotation template named above',
      'Hey, I\'m trying to execute the lambda [function](https://github.com/aws-samples/aws-secrets-manager-rotation-lambdas/blob/master/SecretsManagerRDSPostgreSQLRotationMultiUser/lambda_function.py), but it shows me an error. \n\nClientError: An error occurred (AccessDeniedException) when calling the GetSecretValue operation: Access to KMS is not allowed\n\nFIle "/../lambda_function.py"\nsecret = service_client.get_secret_value(SecretId=arn, VersionStage=stage)'
    ]
  ])(
    '%s: a rotation function decrypts and generates data keys, both through Secrets Manager',
    (_, text) => {
      // Secrets Manager User Guide, "Lambda rotation function execution role permissions".
      const { f, statements } = analysedOne(text)
      expect(f.inferred?.action?.value).toBe('kms:Decrypt')
      const granted = statements.flatMap((s) => [s.Action ?? []].flat()).sort()
      expect(granted).toEqual(['kms:Decrypt', 'kms:GenerateDataKey'])
      for (const s of statements) {
        expect(s.Resource).toBe('arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>')
        expect(s.Condition).toEqual(VIA)
      }
    }
  )

  it('storing a secret (CloudFormation creating it) needs a data key, and Decrypt to read it back, both through Secrets Manager', () => {
    // aws/aws-cdk#7677, as printed.
    const { f, statements } = analysedOne(
      ' 3/4 | 2:40:06 PM | CREATE_FAILED        | AWS::SecretsManager::Secret | Secret (SecretA720EF05) Access to KMS is not allowed (Service: AWSSecretsManager; Status Code: 400; Error Code: AccessDeniedException; Request ID: <an id>)'
    )
    expect(f.inferred?.action?.value).toBe('kms:GenerateDataKey')
    expect(statements[0]).toMatchObject({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Condition: VIA
    })
  })

  it('negative: KMS key rotation named beside a plain read is no rotation function', () => {
    // Constructed: the key's own automatic rotation, not a secret's.
    const { statements } = analysedOne(
      'Automatic key rotation is enabled on the CMK.\nAn error occurred (AccessDeniedException) when calling the GetSecretValue operation: Access to KMS is not allowed'
    )
    expect(statements.flatMap((s) => [s.Action ?? []].flat())).toEqual(['kms:Decrypt'])
  })

  it('negative: a KMS refusal in IAM words keeps its action and gets no Secrets Manager condition', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9 because no identity-based policy allows the kms:Decrypt action'
    )
    expect(statements[0]).toMatchObject({ Action: 'kms:Decrypt' })
    expect(statements[0]!.Condition).toBeUndefined()
  })

  it("negative: Lambda's environment-variable KMS refusal is not Secrets Manager's", () => {
    const { statements } = analysedOne(
      "Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function's KMS key settings."
    )
    expect(JSON.stringify(statements)).not.toMatch(/secretsmanager/)
  })
})
