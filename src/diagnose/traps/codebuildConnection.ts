// CodeBuild refusing a project's source connection (aws/aws-cdk#31726: `Failed to call
// CreateWebhook, reason: Access denied to connection arn:aws:codeconnections:…`). CodeBuild uses
// the connection as the project's service role, so that role needs UseConnection on it (the
// console adds it; CloudFormation, CDK and Terraform do not), and the connection must be
// AVAILABLE: one left PENDING after creation refuses the same way.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const codebuildConnection: Trap = {
  id: 'codebuild-connection',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'codebuild-connection-denied' && d.resource !== null,
  advice: ({ d }) => {
    const arn = d.resource!
    // IAM's prefix must match the ARN's (the service was renamed; both spellings live on).
    const prefix = arn.split(':')[2]!
    return (
      `CodeBuild refused the project's source connection \`${tick(arn)}\`. It uses the connection as the project's service role, which needs \`${prefix}:UseConnection\` on that connection ARN (and \`${prefix}:GetConnectionToken\` and \`${prefix}:GetConnection\` for its builds), in the role's identity policy: the console adds these, CloudFormation, CDK and Terraform do not. ` +
      `Check first that the connection is \`AVAILABLE\` (\`aws ${prefix} get-connection --connection-arn ARN\`): a connection created by a template stays \`PENDING\` until someone completes the handshake in the console, and is refused the same way. ` +
      "The connection must also be in the project's Region and, for a GitHub App, installed on the repository or organization the project names."
    )
  }
}
