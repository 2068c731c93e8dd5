import type { Trap } from '../Trap.js'

export const compromisedKeyQuarantine: Trap = {
  id: 'compromised-key-quarantine',
  applies: ({ d }) => /AWSCompromisedKeyQuarantine/i.test(d.policyArn ?? ''),
  advice: () =>
    'AWS attached its quarantine policy because it found this access key exposed (usually committed ' +
    'to a public repository). Do not detach the policy to make the job pass: rotate and delete the ' +
    'exposed key, check CloudTrail for unexpected use, and follow the AWS Support case that was opened.'
}
