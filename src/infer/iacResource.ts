// The IaC resource a deployment tool was changing when it was refused: Terraform prints its
// address after the error (`with aws_lambda_function.api,`), CloudFormation (and CDK, SAM) the
// resource type and logical ID on the event line.
import type { InferredValue } from '../model/Inferred.js'
import type { LogContext } from '../model/Inferred.js'

const TERRAFORM =
  /(?:^|[\s│|])with ((?:module\.[\w-]+(?:\[[^\]\s]+\])?\.)*aws_[a-z0-9_]+\.[\w-]+(?:\[[^\]\s]+\])?),/m
// `CREATE_FAILED | AWS::Lambda::Function | Handler (Handler886CB40B)` (CDK) or
// `CREATE_FAILED  AWS::Lambda::Function  HelloWorldFunction` (SAM, describe-stack-events).
const CLOUDFORMATION =
  /\b(?:CREATE|UPDATE|DELETE|IMPORT)_FAILED\s*\|?\s*(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\s*\|?\s*([A-Za-z][\w-]*)(?:\s+\(([A-Za-z][A-Za-z0-9]*)\))?/

export function iacResourceOf(ctx: LogContext): InferredValue | null {
  const tf = TERRAFORM.exec(ctx.after) ?? TERRAFORM.exec(ctx.line)
  if (tf) return { value: tf[1]!, from: 'Terraform resource address in the log' }
  const cfn = CLOUDFORMATION.exec(ctx.line)
  if (cfn) {
    return {
      value: `${cfn[3] ?? cfn[2]} (${cfn[1]})`,
      from: 'CloudFormation logical ID and type in the log'
    }
  }
  return null
}
