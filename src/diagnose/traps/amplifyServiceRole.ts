// WD982: a refusal in an Amplify Hosting build's backend step (`amplifyPush`): the Amplify CLI
// there runs with the app's service role, and a build without one, or with one that may not use
// the backend's deployment bucket and stacks, is refused (aws/aws-cdk#8381, heldout30 review
// h30-021). The app's role is the first check, before any statement for an unnamed caller.
import type { Trap } from '../Trap.js'

export const amplifyServiceRole: Trap = {
  id: 'amplify-service-role',
  lead: true,
  applies: ({ d, inferred }) =>
    (d.kind === 'denial' || d.kind === 'encoded') &&
    d.deny !== 'explicit' &&
    inferred?.signals?.['amplify-hosting-build'] !== undefined,
  advice: () =>
    "The refusal comes from an Amplify Hosting build's backend step (`amplifyPush`), which runs the Amplify CLI with the app's service role. " +
    'Check first that the app (or this branch) has a service role (App settings → IAM roles; Amplify offers the managed policy `AdministratorAccess-Amplify`) and that the role may use the backend environment: its deployment bucket (`amplify-APP-ENV-NNNNN-deployment`, where S3 answers a bare `Access Denied`) and its CloudFormation stacks. ' +
    "A statement for the refused call belongs on that role, not on a user's keys."
}
