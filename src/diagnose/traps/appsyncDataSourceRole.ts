// AppSync answers a resolver whose data source role it cannot assume with `Unable to assume role
// ARN` (errorType Unauthorized): the role's trust policy does not let appsync.amazonaws.com assume
// it, or the role is gone. No identity policy of the caller is involved: AppSync assumes the role
// as itself (pastebin ThhNbYzi, a Lambda data source's generated service role).
import type { Trap } from '../Trap.js'

export const appsyncDataSourceRole: Trap = {
  id: 'appsync-data-source-role',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.kind === 'denial' && d.grammar === 'appsync-unable-to-assume-role',
  advice: ({ d }) => {
    const role = d.detail.assumedRole
    return (
      `AppSync could not assume the data source's service role${role ? ` \`${role}\`` : ''}. AppSync assumes it as itself, so the role's trust policy must allow the service: \`{"Effect": "Allow", "Principal": {"Service": "appsync.amazonaws.com"}, "Action": "sts:AssumeRole"}\`, best limited to your API with \`aws:SourceArn\` (\`arn:aws:appsync:REGION:ACCOUNT:apis/API_ID\`). ` +
      'Check that the role still exists and that the data source names it (`aws appsync get-data-source`); no policy of the caller changes this.'
    )
  }
}
