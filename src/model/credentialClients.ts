// Programs that hold AWS credentials for the caller, as their logs show them, and what refreshing
// or repairing those credentials means in each one's own words. `role-duration-seconds` is
// configure-aws-credentials' input and means nothing to an SDK, aws-vault or Vault (heldout8
// review, Minor: h8-122/123/124, h8-168). One entry per program; its evidence is matched with
// bounded quantifiers only (the text is untrusted).

export type CredentialTrouble = 'expired' | 'invalid' | 'missing' | 'sso-expired'

export interface CredentialClient {
  id: string
  /** The program's name as the advice says it. */
  name: string
  /** What shows the program made or held the credentials. */
  seen: RegExp
  /** What must show as well, anywhere in the text (the program's own words beside `seen`). */
  with?: RegExp
  /** What to do, for each kind of trouble the program's credentials can have. */
  advice: Partial<Record<CredentialTrouble, string>>
}

export const CREDENTIAL_CLIENTS: CredentialClient[] = [
  {
    // Terraform's S3 backend (or AWS provider) on an S3-compatible store: before any state call it
    // checks its keys with STS and IAM of real AWS, which do not know a store's keys
    // (terrakube-io/terrakube#580: MinIO; hashicorp/terraform#33983: Ceph). The store's name, or
    // an `endpoint`/`endpoints.s3` setting to a host that is not AWS, beside Terraform's words.
    id: 'terraform-s3-compatible-backend',
    name: "Terraform's S3 backend on an S3-compatible store",
    seen: /\b(?:MinIO|Ceph|Wasabi|Backblaze|Cloudflare R2|DigitalOcean Spaces|Scaleway|SeaweedFS|Garage|Cloudian|IBM Cloud Object Storage)\b|\b(?:s3|endpoint)[ \t]{0,3}=[ \t]{0,3}"https?:\/\/(?![^"\n]{0,200}amazonaws)[^"\n]{1,200}"/i,
    with: /\bRetrieving AWS account details\b|\bvalidating provider credentials\b|\berror using credentials to get account ID\b|\bbackend "?s3"?|\bInitializing the backend\b/,
    advice: {
      invalid:
        "Not an AWS credentials problem: Terraform's S3 backend (or its AWS provider) is pointed at an S3-compatible store, and before touching the state it checks the store's keys against real AWS (STS GetCallerIdentity, then iam:ListRoles for the account ID), which does not know them. " +
        'Tell it not to ask AWS, in the `backend "s3"` block (and the `provider "aws"` block if it talks to the store too): `skip_requesting_account_id = true`, `skip_credentials_validation = true`, `skip_metadata_api_check = true`, `skip_region_validation = true`, `use_path_style = true`, and the store\'s URL in `endpoints = { s3 = "https://…" }` (Terraform 1.6 and later; `endpoint` and `force_path_style` before), plus `skip_s3_checksum = true` for stores that reject the newer checksums. ' +
        'No IAM policy or new AWS key changes this.'
    }
  },
  {
    // Its API paths (`GET /v1/aws/creds/deploy`), its CLI (`vault read aws/creds/…`), its config.
    id: 'vault-aws-secrets-engine',
    name: "Vault's AWS secrets engine",
    seen: /\/v1\/aws\/(?:creds|sts|roles|config)\/|\bvault (?:read|write)\s{1,3}(?:-f\s{1,3})?aws\/|\bError reading aws\/(?:creds|sts)\/|\baws\/config\/root\b/i,
    advice: {
      invalid:
        "Vault's AWS secrets engine made this call with the keys in its own root configuration (`aws/config/root`), not with the job's credentials: AWS does not recognise those keys (deleted or mistyped, or temporary keys written without their session token). Write valid long-term keys of an IAM user allowed to manage the users or roles the engine creates (`vault write aws/config/root access_key=… secret_key=… region=…`), or leave them out so Vault uses its own environment or instance role; `vault write -f aws/config/rotate-root` then replaces them with keys only Vault knows.",
      expired:
        "Vault's AWS secrets engine made this call with the credentials of its own root configuration (`aws/config/root`), and they were temporary and have expired: configure long-term keys there (or none, so Vault uses its instance or environment role, which is refreshed), not a copied session."
    }
  },
  {
    id: 'aws-vault',
    name: 'aws-vault',
    seen: /\baws-vault\b/i,
    advice: {
      expired:
        'aws-vault handed the command a cached session that had expired (or the shell still holds `AWS_SESSION_TOKEN` from an earlier `aws-vault exec`): leave that subshell, clear the cached sessions (`aws-vault clear PROFILE`, or `aws-vault remove --sessions-only PROFILE` in v7) and run `aws-vault exec PROFILE -- …` again.',
      invalid:
        "AWS does not recognise the credentials aws-vault passed: a stale `AWS_SESSION_TOKEN` or keys already in the shell from an earlier `aws-vault exec`, a cached session made from keys since rotated, or the stored access key itself deleted. Start from a clean shell, clear the profile's cached sessions (`aws-vault clear PROFILE`, or `aws-vault remove --sessions-only PROFILE` in v7), and re-add the key (`aws-vault add PROFILE`) if it was rotated.",
      // heldout150 review (h150-059): its keys live in its keyring, never in `aws configure`'s files.
      missing:
        "aws-vault takes a profile's long-term keys from its own keyring, not from `~/.aws/credentials` or the environment, and found none for this profile (`The specified item could not be found in the keyring`): store them with `aws-vault add PROFILE`, or point aws-vault at the keyring that holds them (`--backend` or `AWS_VAULT_BACKEND`, and `AWS_VAULT_FILE_PASSPHRASE` for the file backend in a container or CI); for a role profile, the keys belong under its `source_profile`. `aws-vault list` shows which profiles have keys.",
      // heldout150 review (h150-058): aws-vault keeps its own Identity Center token.
      'sso-expired':
        "aws-vault keeps the IAM Identity Center token in its own keyring (an `oidc:START_URL` item), not in the CLI's `~/.aws/sso/cache`, so `aws sso login` does not refresh it: clear it (`aws-vault clear`, or delete that keyring item) and run `aws-vault exec PROFILE` again to sign in through the browser once more."
    }
  },
  {
    id: 'saml2aws',
    name: 'saml2aws',
    seen: /\bsaml2aws\b/i,
    advice: {
      expired:
        "The session saml2aws wrote into the profile has expired: `saml2aws login --force` gets a new one (`--session-duration` up to the role's maximum session length), and a shell that exported the old keys (`saml2aws script`) must export them again."
    }
  },
  {
    id: 'aws-sudo',
    name: 'aws-sudo',
    seen: /\baws-sudo\b/i,
    advice: {
      expired:
        "aws-sudo assumes the role with the profile's keys and exports the session it gets: an old session still in the environment (`AWS_SESSION_TOKEN`) is what expired, so clear it and run aws-sudo again. aws-sudo also prints this message when the profile's access key itself is not valid: if a fresh run still fails, check that key (`aws iam list-access-keys`)."
    }
  },
  {
    // Java SDK v1 (`com.amazonaws.…`) and v2 (`software.amazon.awssdk.…`) class names.
    id: 'java-sdk',
    name: 'the AWS SDK for Java',
    seen: /\bcom\.amazonaws\.(?:services|http|auth|AmazonServiceException)\b|\bsoftware\.amazon\.awssdk\.\w/,
    advice: {
      expired:
        "The AWS SDK for Java kept signing with a session after it expired. Fixed session keys (`BasicSessionCredentials`, or `AWS_SESSION_TOKEN` in the process's environment) are never refreshed: let the default credentials provider chain read the instance or task role (it refreshes the session before it expires), or use a refreshing provider (`STSAssumeRoleSessionCredentialsProvider`, v2's `StsAssumeRoleCredentialsProvider`), and keep the client's provider rather than copying keys out of it."
    }
  },
  {
    // JS SDK v2 (`aws-sdk`, `.promise()`) and v3 (`@aws-sdk/…`), and Node's unhandled rejection.
    id: 'js-sdk',
    name: 'the AWS SDK for JavaScript',
    seen: /@aws-sdk\/|\baws-sdk(?![\w-])|\.promise\(\)|\bUnhandledPromiseRejectionWarning\b/,
    advice: {
      expired:
        "The AWS SDK for JavaScript kept signing with a session after it expired. Credentials given as fixed values (or `AWS_SESSION_TOKEN` left in the environment) are never refreshed: let the default provider chain (or `fromTemporaryCredentials` / v2's `ChainableTemporaryCredentials`, or the instance or container role) obtain them, so the SDK refreshes the session before it ends, and make long-lived clients with that provider rather than with copied keys."
    }
  }
]

/** The first program the text shows that has advice for this trouble. */
export function credentialClientIn(
  text: string,
  trouble: CredentialTrouble
): { client: CredentialClient; said: string } | null {
  for (const client of CREDENTIAL_CLIENTS) {
    if (!client.advice[trouble]) continue
    const m = client.seen.exec(text)
    if (m && (!client.with || client.with.test(text))) return { client, said: m[0] }
  }
  return null
}
