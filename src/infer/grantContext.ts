// Who a role or a KMS grant is handed to, from the words around a refused iam:PassRole or
// kms:CreateGrant: the remedy narrows the Allow with iam:PassedToService or
// kms:GrantIsForAWSResource (aws-denials.md §5.3, §5.4) only on this evidence. One rule per
// service; evidence for two services, or none, answers nothing.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { passingCallNamed } from '../model/passingCalls.js'

interface PassedToRule {
  service: string
  re: RegExp
  from: string
}

export const PASSED_TO_RULES: readonly PassedToRule[] = [
  {
    service: 'lambda.amazonaws.com',
    // Lambda deploy tools (Apex, Serverless, SAM, Zappa, Chalice) and the role names they create.
    re: /\blambda\b|\bLambdaFunction|\bapex\b|\bzappa\b|\bchalice\b/i,
    from: 'a Lambda function in the log'
  },
  {
    service: 'ecs-tasks.amazonaws.com',
    re: /\bRunTask\b|\bStartTask\b|\btask[-_ ]?definitions?\b|\bECS task\b|\bEcsOperator\b|\bFargate\b/i,
    from: 'an ECS task in the log'
  },
  {
    // An EC2 Fleet launch handing over its instance profile's role (Karpenter's `with fleet
    // error(s)`, its node role; heldout105 review h105-006). RunInstances is read from the called
    // operation instead (src/model/passingCalls.ts), which knows when two calls disagree.
    service: 'ec2.amazonaws.com',
    re: /\bCreateFleet\b|\bfleet error\(s\)|\bKarpenterNodeRole\b/,
    from: 'an EC2 instance launch in the log'
  },
  {
    service: 'spotfleet.amazonaws.com',
    re: /\bspot ?fleet\b/i,
    from: 'a Spot Fleet request in the log'
  },
  {
    service: 'codebuild.amazonaws.com',
    re: /\bCodeBuild\b/i,
    from: 'a CodeBuild project in the log'
  },
  {
    service: 'states.amazonaws.com',
    re: /\bStep ?Functions\b|\bstate ?machine\b/i,
    from: 'a Step Functions state machine in the log'
  },
  {
    service: 'glue.amazonaws.com',
    re: /\bGlue\b/,
    from: 'an AWS Glue job in the log'
  },
  {
    service: 'sagemaker.amazonaws.com',
    re: /\bSageMaker\b/i,
    from: 'a SageMaker job in the log'
  },
  {
    // AWS IoT relaying the refusal of the role it is handed (an OTA update's `errorInfo`: `…
    // iam:PassRole on resource: …role/iot-ota (Service: AWSIot; …)`, awsdocs/aws-freertos-docs#2).
    service: 'iot.amazonaws.com',
    re: /\(Service: AWSIot[;)]|\bAWSIotException\b|\botaUpdateStatus\b/,
    from: 'AWS IoT answering for the call (`Service: AWSIot`)'
  }
]

const around = (ctx: LogContext): string =>
  `${ctx.before}\n${ctx.line}\n${ctx.after}\n${ctx.command ?? ''}`

// Role names that say which service assumes the role. They outrank the words around: a caller
// that is itself a Lambda function (its `/aws/lambda/` log group in the message) often passes a
// CloudFormation execution role (heldout7 review, h7-014: Copilot's environment controller).
export const PASSED_ROLE_NAME_RULES: readonly PassedToRule[] = [
  {
    service: 'cloudformation.amazonaws.com',
    re: /cfn[-_]?exec(?:ution)?[-_]?role|CloudFormation[-_]?(?:Exec|Execution)[-_]?Role/i,
    from: "the passed role's name (a CloudFormation execution role)"
  },
  {
    service: 'ecs-tasks.amazonaws.com',
    re: /ecs[-_]?Task[-_]?(?:Execution[-_]?)?Role/i,
    from: "the passed role's name (an ECS task role)"
  }
]

// The call the refusal came from, its name maybe on the next line where a terminal wrapped the
// message (`…when calling the\nRunInstances operation`, heldout11 review h11-179).
const CALLED = /\bwhen calling the\s{1,8}(\w+)\s{1,8}operation\b/g

/** The one service the log says a passed role goes to; null for none or several. */
export function passedToServiceOf(ctx: LogContext): InferredValue | null {
  const text = around(ctx)
  // The refused call is one that hands a role to a known service: the strongest evidence.
  const called = new Set(
    [...text.matchAll(CALLED)].flatMap((m) => {
      const call = passingCallNamed(m[1]!)
      return call ? [`${m[1]!} ${call.passedTo}`] : []
    })
  )
  if (called.size === 1) {
    const [operation, service] = [...called][0]!.split(' ')
    return { value: service!, from: `the ${operation} call the role is passed in` }
  }
  for (const rules of [PASSED_ROLE_NAME_RULES, PASSED_TO_RULES]) {
    const hits = rules.filter((r) => r.re.test(text))
    if (hits.length === 1) return { value: hits[0]!.service, from: hits[0]!.from }
    if (hits.length > 1) return null
  }
  return null
}

// A grant the caller makes itself, for a grantee it names: GrantIsForAWSResource would refuse it.
const DIRECT_GRANT =
  /\bkms create-grant\b|\baws_kms_grant\b|AWS::KMS::Grant\b|\bCreateGrantCommand\b|\bcreate_grant\(|\.createGrant\(|\baddToPrincipalPolicy\b|\bgrant(?:Decrypt|EncryptDecrypt)\(/

/** The log shows the caller creating a KMS grant itself, not an AWS service doing it for it. */
export function directGrantOf(ctx: LogContext): InferredValue | null {
  const m = DIRECT_GRANT.exec(around(ctx))
  return m ? { value: m[0], from: `\`${m[0]}\` in the log` } : null
}
