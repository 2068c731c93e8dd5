// The IaC resource a deployment tool was changing when it was refused: Terraform prints its
// address after the error (`with aws_lambda_function.api,`), CloudFormation (and CDK, SAM) the
// resource type and logical ID on the event line.
import type { InferredValue } from '../model/Inferred.js'
import type { LogContext } from '../model/Inferred.js'

const TERRAFORM =
  /(?:^|[\s│|])with ((?:module\.[\w-]+(?:\[[^\]\s]+\])?\.)*aws_[a-z0-9_]+\.[\w-]+(?:\[[^\]\s]+\])?),/m
// Terraform before 0.12 puts the address first, in its error list (`* aws_iam_role.ci: Error creating
// IAM Role ci: AccessDenied: …`, `* module.x.aws_s3_bucket.b: …`; heldout22 h22-044).
const TERRAFORM_LIST =
  /^[ \t|]*\*[ \t]+((?:module\.[\w-]+(?:\[[^\]\s]+\])?\.)*aws_[a-z0-9_]+\.[\w-]+(?:\[[^\]\s]+\])?): /m
// Terraform 0.12 to 0.14 name the file and the block instead (`on .terraform/modules/flow_logs.kms_key/main.tf
// line 12, in resource "aws_kms_key" "default":`, cloudposse/terraform-aws-vpc-flow-logs-s3-bucket#6): a module's
// directory under .terraform/modules is its key, the module names joined by dots. A file elsewhere
// (a local module's path) gives no address.
const TERRAFORM_ON =
  /(?:^|[\s│|])on (?:\.terraform\/modules\/([\w-]+(?:\.[\w-]+)*)\/)?([\w-]+\.tf) line \d+, in resource "(aws_[a-z0-9_]+)" "([\w-]+)":/m
// `CREATE_FAILED | AWS::Lambda::Function | Handler (Handler886CB40B)` (CDK) or
// `CREATE_FAILED  AWS::Lambda::Function  HelloWorldFunction` (SAM, describe-stack-events).
const CLOUDFORMATION =
  /\b(?:CREATE|UPDATE|DELETE|IMPORT)_FAILED\s*\|?\s*(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\s*\|?\s*([A-Za-z][\w/.-]*)(?:\s+\(([A-Za-z][A-Za-z0-9]*)\))?/

// The Serverless Framework prints its stack's failure as `An error occurred: LogicalId - ...`:
// its own resources' logical IDs have known types.
const SERVERLESS = /\bAn error occurred: (Serverless[A-Za-z0-9]+) - /
const SERVERLESS_TYPES: Record<string, string> = {
  ServerlessDeploymentBucket: 'AWS::S3::Bucket',
  ServerlessDeploymentBucketPolicy: 'AWS::S3::BucketPolicy'
}

export function iacResourceOf(ctx: LogContext): InferredValue | null {
  const tf = TERRAFORM.exec(ctx.after) ?? TERRAFORM.exec(ctx.line) ?? TERRAFORM_LIST.exec(ctx.line)
  if (tf) return { value: tf[1]!, from: 'Terraform resource address in the log' }
  const on = TERRAFORM_ON.exec(ctx.after) ?? TERRAFORM_ON.exec(ctx.line)
  if (on) {
    const modules = on[1]
      ? on[1]
          .split('.')
          .map((m) => `module.${m}.`)
          .join('')
      : ''
    return {
      value: `${modules}${on[3]}.${on[4]}`,
      from: "Terraform's file and block of the resource in the log"
    }
  }
  // CDK prints the event line, then the message on the next one.
  const cfn =
    CLOUDFORMATION.exec(ctx.line) ?? CLOUDFORMATION.exec(ctx.before.split('\n').at(-1) ?? '')
  if (cfn) {
    return {
      value: `${cfn[3] ?? cfn[2]} (${cfn[1]})`,
      from: 'CloudFormation logical ID and type in the log'
    }
  }
  const sls = SERVERLESS.exec(ctx.line)
  const type = sls ? SERVERLESS_TYPES[sls[1]!] : undefined
  if (type) {
    return { value: `${sls![1]} (${type})`, from: 'Serverless Framework logical ID in the log' }
  }
  return null
}
