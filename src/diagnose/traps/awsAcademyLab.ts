import {
  isAcademyLabRole,
  LAB_SESSION_ENDED,
  labBucketRead,
  labSessionEnded
} from '../../model/managedRoles.js'
import type { Trap, TrapInput } from '../Trap.js'

/** The lab's own role: src/model/managedRoles.ts words its advice (managed-role). */
const asLabRole = ({ principal }: Pick<TrapInput, 'principal'>): boolean =>
  principal?.type === 'role' && isAcademyLabRole(principal.name)

/** The call ran in an AWS Academy lab: as its role, or where the log shows the lab's marks. */
export function inAcademyLab(input: Pick<TrapInput, 'principal' | 'inferred'>): boolean {
  return asLabRole(input) || input.inferred?.signals?.['aws-academy-lab'] !== undefined
}

// WD984: the log shows an AWS Academy lab (a Learner Lab's `vockey` key pair, Vocareum's shell
// prompt) where the caller's role is not printed. The lab's policies are AWS Academy's and cannot
// be changed from inside the lab, so no statement is drafted (expert review of heldout33, h33-023:
// "you can change it" sent a student to a policy nobody in the lab may edit).
export const awsAcademyLab: Trap = {
  id: 'aws-academy-lab',
  lead: true,
  noPolicy: true,
  applies: (input) =>
    (input.d.kind === 'denial' || input.d.kind === 'encoded') &&
    inAcademyLab(input) &&
    !asLabRole(input),
  advice: ({ d, inferred }) =>
    labSessionEnded(d)
      ? `The log shows an AWS Academy lab (${inferred!.signals!['aws-academy-lab']!.from}), and ${LAB_SESSION_ENDED}`
      : `The log shows an AWS Academy lab (${inferred!.signals!['aws-academy-lab']!.from}): AWS Academy sets the lab account's policies, and IAM there cannot be changed from inside the lab, so no statement is proposed. ${labBucketRead(d) ?? "The refusal is one of the lab's own limits: stay within the services, Regions and instance types the lab's readme lists, and where a service needs a role or an instance profile pass the lab's LabRole / LabInstanceProfile instead of creating one."}`
}
