import type { Trap, TrapInput } from '../Trap.js'

// The Java SDK found the credentials it was to use, a profile that assumes a role or a web identity
// token, but can use them only with its STS module, which the program was built without (heldout40
// review, h40-005: GoCD's registry plugin). The chain's other providers then report "no credentials".

const moduleOf = ({ inferred }: TrapInput) => inferred?.signals?.['sdk-sts-module-missing']?.value

/** WD989: the Java SDK's STS module is missing for the credentials it found. */
export const sdkStsModuleMissing: Trap = {
  id: 'sdk-sts-module-missing',
  lead: true,
  noPolicy: true,
  applies: (x) => x.d.kind === 'credentials' && moduleOf(x) !== undefined,
  advice: (x) =>
    moduleOf(x) === 'assume-role'
      ? "The credentials were found: the profile assumes a role (`role_arn`), and the Java SDK does that only with its STS module, which the program or plugin was built without. Add it to the class path (`com.amazonaws:aws-java-sdk-sts`, the version of its `aws-java-sdk-core`; `software.amazon.awssdk:sts` for SDK v2), or give the program a profile with keys of its own. The other providers' lines only say they had nothing; no policy change helps."
      : "The web identity token was found, and the Java SDK exchanges it only with its STS module, which the program or plugin was built without: add `software.amazon.awssdk:sts` (SDK v2) or `com.amazonaws:aws-java-sdk-sts` (v1) to its class path. The other providers' lines only say they had nothing; no policy change helps."
}
