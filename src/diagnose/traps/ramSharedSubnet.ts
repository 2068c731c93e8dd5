// A launch refused where the writer says the subnets are another account's, shared through AWS RAM
// (signal `shared-subnet`, src/infer/contextSignals.ts). A subnet's ARN holds its owner's account:
// an Allow naming `arn:aws:ec2:REGION:THIS_ACCOUNT:subnet/*` never matches a shared one (heldout72
// review h72-003, runs-on's service role).
import type { Trap, TrapInput } from '../Trap.js'
import { codeSpan } from '../../common/tick.js'

const signal = ({ inferred }: TrapInput) => inferred?.signals?.['shared-subnet']

export const ramSharedSubnet: Trap = {
  id: 'ram-shared-subnet',
  lead: true,
  applies: (input) => signal(input) !== undefined,
  advice: (input) =>
    `The log says the network is shared from another account (${codeSpan(signal(input)!.from)}). ` +
    "A shared subnet's ARN holds the account that owns it, not yours: name it as `arn:aws:ec2:REGION:OWNER_ACCOUNT_ID:subnet/SUBNET_ID` (the owner's 12-digit ID; `describe-subnets` shows it as `OwnerId`), and keep the instance, network interface, volume and your own security groups in your account. " +
    "The owner's account needs no policy change: the RAM share is what lets yours launch into the subnet, so check it is shared with your account (`aws ec2 describe-subnets --subnet-ids SUBNET_ID` answers only for a subnet your account can use)."
}
