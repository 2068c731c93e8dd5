import type { Trap } from '../Trap.js'
import { actionIs, operationIs } from '../Trap.js'

// Lake Formation's credential vending for third-party engines is off by default: the IAM Allow
// is needed, but the application-integration setting and the table grants decide the call.
export const lakeFormationCredentialVending: Trap = {
  id: 'lake-formation-credential-vending',
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    (actionIs(
      d,
      'lakeformation:GetTemporaryGlueTableCredentials',
      'lakeformation:GetTemporaryGluePartitionCredentials'
    ) ||
      operationIs(
        d,
        'lakeformation:GetTemporaryGlueTableCredentials',
        'lakeformation:GetTemporaryGluePartitionCredentials'
      )),
  advice: () =>
    'Lake Formation vends table credentials only to engines it trusts, and that is off by default: in Lake Formation → Application integration settings, allow external engines with full table access, or list the session tag values your engine sends; ' +
    'the caller also needs Lake Formation grants (SELECT, and DESCRIBE) on the table and the `lakeformation:GetTemporaryGlueTableCredentials` IAM permission. The IAM statement alone is the smallest part.'
}
