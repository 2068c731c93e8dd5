// Snowflake's `Error assuming AWS_ROLE` (WD814): its IAM user could not assume the role a storage
// integration names. The fix is that role's trust policy in the customer's account, with the
// user ARN and external ID Snowflake shows in `DESC INTEGRATION`; the usual cause is an
// integration re-created (a new external ID) or a trust policy written before it existed
// (heldout30 h30-001). No Allow on the caller's side exists to give: the caller is Snowflake's.
import type { Trap } from '../Trap.js'

export const snowflakeStorageIntegration: Trap = {
  id: 'snowflake-storage-integration',
  lead: true,
  applies: ({ d }) => d.grammar === 'snowflake-assume-role',
  advice: () =>
    "Snowflake could not assume the IAM role its storage integration names: Snowflake's IAM user (in Snowflake's own AWS account) calls `sts:AssumeRole` on your role with the integration's external ID, and the role's trust policy refused it. " +
    'Run `DESC INTEGRATION <INTEGRATION_NAME>;` in Snowflake and compare STORAGE_AWS_IAM_USER_ARN and STORAGE_AWS_EXTERNAL_ID with the trust policy of the role in STORAGE_AWS_ROLE_ARN: its Principal must be that user ARN and its `sts:ExternalId` condition that ID. ' +
    'Re-creating the integration (`CREATE OR REPLACE`) issues a new external ID, the most common cause; a role ARN mistyped in the integration, or a role in another account, fails the same way. No permission of the caller is missing.'
}
