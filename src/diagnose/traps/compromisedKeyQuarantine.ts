import type { Trap } from '../Trap.js'

export const compromisedKeyQuarantine: Trap = {
  id: 'compromised-key-quarantine',
  applies: ({ d }) => /AWSCompromisedKeyQuarantine/i.test(d.policyArn ?? ''),
  advice: () =>
    'AWS attached its quarantine policy because it found this access key exposed (usually committed ' +
    'to a public repository). Do not detach the policy to make the job pass: rotate and delete the ' +
    'exposed key, check CloudTrail for unexpected use, and follow the AWS Support case that was opened.'
}

// The message names no policy, but the text speaks of an exposed key or a quarantine notice
// (heldout6 review: h6-045): AWS's quarantine policy is an explicit Deny that no Allow overrides,
// AdministratorAccess included.
export const exposedKeyQuarantine: Trap = {
  id: 'exposed-key-quarantine',
  lead: true,
  applies: ({ d, inferred }) =>
    (d.kind === 'denial' || d.kind === 'encoded') &&
    !/AWSCompromisedKeyQuarantine/i.test(d.policyArn ?? '') &&
    inferred?.signals?.['exposed-key'] !== undefined,
  advice: ({ inferred }) =>
    `The log speaks of an exposed or quarantined key (${inferred!.signals!['exposed-key']!.from.replace(/`/g, "'")}). ` +
    "When AWS finds an access key in public (a public repository, a paste) it attaches its managed policy `AWSCompromisedKeyQuarantineV3` (earlier `V2`) to the key's IAM user: an explicit Deny of many actions (`ec2:RunInstances`, `iam:*` user and key changes, `lambda:CreateFunction`...) that no Allow overrides, AdministratorAccess included. " +
    'Check `aws iam list-attached-user-policies --user-name USER`; if it is there, rotate and delete the exposed key, review CloudTrail for use you did not make, answer the AWS Support case, and only then detach the policy. Do not add an Allow.'
}
