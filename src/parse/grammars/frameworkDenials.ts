// Refusals that reach the log without their code: the Serverless Framework relaying S3's bare
// `Access Denied` (its error frame, or `ServerlessError: Access Denied` over its stack), and the
// CLI's message whose `An error occurred (Code)` a title or a tool cut off, and Docker Cloud's own
// words for an EC2 refusal.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

export const frameworkDenialRules: PhraseRule[] = [
  {
    // serverless/serverless#4981: `Serverless Error -----` / (blank) / `  Access Denied`, and with
    // SLS_DEBUG `ServerlessError: Access Denied` over `lib/plugins/aws/provider/awsProvider.js`.
    // `Access Denied` and nothing more is S3's message: a deploy's S3 calls are its bucket's.
    id: 'serverless-access-denied',
    rule: 'WD799',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['ServerlessError: Access Denied', 'Serverless Error '],
    re: /\bServerlessError: Access Denied\b|\bServerless Error -{3,}[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*Access Denied[ \t.]*$/gm,
    facts: (_m, d) => {
      d.service = 's3'
      d.detail.cause = 'serverless-deployment-bucket'
    }
  },
  {
    // The Serverless Framework's check of `provider.deploymentBucket` (its existsDeploymentBucket
    // step asks S3 for the bucket's Region) answered S3's bare 403 (serverless/serverless#4883,
    // heldout30 review h30-022): the call is GetBucketLocation on the bucket serverless.yml names.
    id: 'serverless-deployment-bucket-location',
    rule: 'WD813',
    kind: 'denial',
    priority: PRIORITY.message + 1,
    needs: ['Could not locate deployment bucket'],
    re: /\bCould not locate deployment bucket\.?[ \t]{0,4}Error: Access Denied\b/g,
    facts: (_m, d) => {
      d.service = 's3'
      d.operation = 'GetBucketLocation'
      d.detail.cause = 'serverless-deployment-bucket'
    }
  },
  {
    // Snowflake's own words when its IAM user could not assume the role a storage integration
    // names (an external stage, a pipe, a COPY): STS refused the AssumeRole, and Snowflake keeps
    // only that (dk521123.hatenablog.com, heldout30 h30-001).
    id: 'snowflake-assume-role',
    rule: 'WD814',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Error assuming AWS_ROLE'],
    // STS's own reason after it is a refusal of its own (sts-region-disabled), not the trust policy's.
    re: /\bError assuming AWS_ROLE\b\.?(?![:\s>]{0,12}STS is not activated in this region)/g,
    facts: (_m, d) => {
      d.service = 'sts'
      d.operation = 'AssumeRole'
    }
  },
  {
    // cdklabs/cdk-stacksets#428: `when calling the PutObject operation: Access Denied`, the CLI's
    // message with its head cut. The whole message is the code slot's (`(AccessDenied) when …`, the
    // old CLI's `A client error (AccessDenied) occurred when …`).
    id: 'operation-access-denied-cut',
    rule: 'WD800',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: [' operation: Access Denied'],
    re: /(?<!\)[ \t]{0,4}(?:occurred[ \t]{1,4})?)\bwhen calling the (\w+) operation: Access Denied\b/g,
    facts: (m, d) => {
      d.operation = m[1]!
    }
  },
  {
    // Docker Cloud deploying node clusters into the user's AWS account (its timeline, and Docker
    // for AWS's setup, docker/docs#3529): `AWS returned an error: unauthorized operation. Please
    // check that the AWS credentials you have provided have enough permissions`. EC2 refused a
    // call (its UnauthorizedOperation) and the service kept only that: no code, action or
    // principal. Docs quoting it as a heading (`## "AWS returned an error: unauthorized
    // operation" using instance profiles`) end it otherwise than with the message's full stop.
    id: 'docker-cloud-unauthorized-operation',
    rule: 'WD844',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['AWS returned an error: unauthorized operation'],
    re: /\bAWS returned an error: unauthorized operation\.(?:[ \t]*Please check that the AWS credentials you have provided have enough permissions\b)?/g
  }
]
