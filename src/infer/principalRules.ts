// Who was refused when the message does not say: the identity the log printed, else the role the
// job assumed. A tool that switches identity itself is refused as that identity, not the job's:
// such a switch is named (roleSwitch) and the job's identity is not offered in its place.
import type { InferredValue } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { LAMBDA_RUNTIME } from './lambdaRuntime.js'
import { entityArnOf } from './roleArn.js'

/** The role a CDK deploy assumes (bootstrap roles are named `cdk-<qualifier>-deploy-role-...`). */
const CDK_ROLE =
  /\barn:aws[\w-]*:iam::\d{12}:role\/cdk-[a-z0-9]+-(?:deploy|cfn-exec|file-publishing|image-publishing|lookup)-role-\d{12}-[a-z0-9-]+/

/**
 * The role a Redshift COPY or UNLOAD hands the cluster (`iam_role 'arn:…'`, or `credentials
 * 'aws_iam_role=arn:…'`): Redshift reads and writes S3 as that role, so S3's refusal it relays
 * (`S3ServiceException:Access Denied`) is the role's.
 */
const REDSHIFT_ROLE =
  /\b(?:iam_role\s+'|aws_iam_role=)(arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+)/i

interface SwitchRule {
  /** A switch the log names: the principal it gives, if printed, and where it was seen. */
  find(x: InferInput): { principal: InferredValue | null; roleSwitch: InferredValue } | null
}

const SWITCHES: SwitchRule[] = [
  {
    find(x) {
      if (!x.ctx.line.includes('S3ServiceException:')) return null
      const m = REDSHIFT_ROLE.exec(x.ctx.before)
      if (!m) return null
      const value = { value: m[1]!, from: 'the iam_role of the Redshift COPY or UNLOAD above' }
      return { principal: value, roleSwitch: value }
    }
  },
  {
    find(x) {
      const m = CDK_ROLE.exec(`${x.ctx.line}\n${x.ctx.after}`)
      if (!m) return null
      const value = { value: m[0], from: 'the CDK role named in the log' }
      return { principal: value, roleSwitch: value }
    }
  },
  {
    // A Lambda function calls AWS as its execution role: a CloudFormation custom resource's
    // handler (`Received response status [FAILED] from custom resource`, `Failed to create resource.
    // Failure reason:`, h14-060), or the function's own
    // error as its runtime logs it (`Runtime.exports.handler`, `/var/task/`). The job's identity is
    // not the one refused (heldout14 review, h14-063, h14-064).
    find(x) {
      const text = `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`
      const m =
        /\bReceived response status \[FAILED\] from custom resource\b|\bFailed to (?:create|update|delete) resource\. Failure reason:/.exec(
          text
        ) ?? LAMBDA_RUNTIME.exec(text)
      if (!m) return null
      const custom = /^(?:Received|Failed)/.test(m[0])
      return {
        principal: null,
        roleSwitch: {
          value: custom
            ? "the execution role of the custom resource's Lambda function"
            : "the Lambda function's execution role",
          from: custom
            ? `CloudFormation's \`${m[0]}\` (its handler's CloudWatch logs name the call)`
            : "the function's runtime error in its logs"
        }
      }
    }
  },
  {
    find(x) {
      const m = /--profile[= ]([\w.-]+)/.exec(x.ctx.command ?? '')
      return m
        ? {
            principal: null,
            roleSwitch: { value: `profile ${m[1]}`, from: '--profile in the command' }
          }
        : null
    }
  },
  {
    find(x) {
      return /\bcdk\s+deploy\b/.test(x.ctx.command ?? '')
        ? {
            principal: null,
            roleSwitch: { value: 'the CDK deploy role', from: 'cdk deploy in the command' }
          }
        : null
    }
  }
]

export interface PrincipalInference {
  principal: InferredValue | null
  roleSwitch: InferredValue | null
}

/**
 * IAM's short refusal names the caller but no action: `User: arn:aws:iam::1:user/main is not
 * authorized to access this resource`, the ARN sometimes wrapped onto the line above.
 */
const ACCESS_THIS_RESOURCE =
  /\bUser:\s+(arn:aws[\w-]*:(?:iam|sts)::[^\s:]+:[\w+=,.@/-]+)\s+is not authorized to access this resource/

/**
 * CDK saying it could not assume its role and `Proceeding anyway`: the switch failed, so what
 * follows was refused as the job's own credentials, not as the role the line names.
 */
const SWITCH_FAILED = /could not be used to assume '[^'\n]{1,2048}'/

/**
 * The caller the prose beside a principal-less refusal names (h12-123: `Main Lambda execution role
 * (arn:aws:sts::1:assumed-role/lambda-execution-role/api) lacks sqs:sendmessage permission`): a
 * role session's ARN, which only a caller has, or a role named as lacking the permission.
 */
const SESSION_ARN =
  /\barn:aws[\w-]*:sts::\d{12}:assumed-role\/[\w+=,.@-]{1,64}(?:\/[\w+=,.@-]{1,64})?/g
const ROLE_LACKS =
  /\brole\s+[`'"]?([\w+=,.@-]{2,64})[`'"]?\s+(?:lacks|does(?:n't| not) have|is missing|has no)\b/i

function namedCaller(x: InferInput): InferredValue | null {
  // The refusal's own line, and the paragraph above it (after the last blank line).
  const paragraph = x.ctx.before.slice(x.ctx.before.search(/\n\s*\n(?![\s\S]*\n\s*\n)/) + 1)
  for (const text of [x.ctx.line, paragraph]) {
    const sessions = new Set(text.match(SESSION_ARN) ?? [])
    if (sessions.size === 1) {
      return {
        value: [...sessions][0]!,
        from: 'the role session the text names beside the refusal'
      }
    }
    if (sessions.size > 1) return null
    const lacks = ROLE_LACKS.exec(text)
    if (lacks && !/^(?:arn|that|this|which|it)$/i.test(lacks[1]!)) {
      return { value: `role/${lacks[1]!}`, from: `"${lacks[0]}" in the text` }
    }
  }
  return null
}

export function inferPrincipal(x: InferInput): PrincipalInference {
  const around = `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`
  const said = ACCESS_THIS_RESOURCE.exec(around)
  if (said) {
    return {
      principal: { value: said[1]!, from: "IAM's `is not authorized to access this resource`" },
      roleSwitch: null
    }
  }
  if (!SWITCH_FAILED.test(around)) {
    for (const rule of SWITCHES) {
      const hit = rule.find(x)
      if (hit) return hit
    }
  }
  const named = namedCaller(x)
  if (named) return { principal: named, roleSwitch: null }
  if (x.ctx.callerArn) {
    return {
      principal: {
        value: entityArnOf(x.ctx.callerArn),
        from: 'get-caller-identity output in the log'
      },
      roleSwitch: null
    }
  }
  if (x.ctx.roleToAssume) {
    return {
      principal: { value: x.ctx.roleToAssume, from: 'role-to-assume in the log' },
      roleSwitch: null
    }
  }
  return { principal: null, roleSwitch: null }
}
