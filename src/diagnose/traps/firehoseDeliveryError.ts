import type { Trap, TrapInput } from '../Trap.js'

// Firehose's delivery errors (`"errorCode": "Lambda.InvokeAccessDenied"` in a record Firehose wrote
// to its failed-delivery prefix, or in its error log): Firehose reached the destination with the
// stream's delivery role (its RoleARN), so neither the job nor CloudTrail's caller is the one to
// fix, and the code says what that role lacks (the Firehose developer guide's data delivery errors;
// session 52 review, h156-065, h156-066). One row per code.

interface DeliveryError {
  code: RegExp
  advice: string
  /** What changes: the delivery role's identity policy, or its trust of Firehose. */
  target: { kind: 'identity-policy' | 'trust-policy'; description: string }
}

const ROLE_POLICY = {
  kind: 'identity-policy',
  description: "the identity policy of the Firehose stream's delivery role (its RoleARN)"
} as const

const ROLE =
  "Firehose made this call with the stream's delivery role (its `RoleARN`, `aws firehose describe-delivery-stream --delivery-stream-name NAME` shows it), not with the job's identity"

const ERRORS: readonly DeliveryError[] = [
  {
    code: /^Lambda\.InvokeAccessDenied$/,
    advice: `${ROLE}: to transform records it needs \`lambda:InvokeFunction\` and \`lambda:GetFunctionConfiguration\` on the function (its ARN, and \`FUNCTION_ARN:*\` for a version or alias) in that role's policy.`,
    target: ROLE_POLICY
  },
  {
    code: /^[A-Za-z0-9]+\.AssumeRoleAccessDenied$/,
    advice:
      "Firehose could not assume the stream's delivery role (its `RoleARN`): the role's trust policy must allow `firehose.amazonaws.com` to call `sts:AssumeRole` (with `aws:SourceAccount` set to the stream's account). A role made moments before the stream can also be refused until IAM has propagated it: retry after a minute.",
    target: {
      kind: 'trust-policy',
      description:
        "the trust policy of the Firehose stream's delivery role (its RoleARN): it must trust firehose.amazonaws.com"
    }
  },
  {
    code: /^S3\.AccessDenied$/,
    advice: `${ROLE}: to deliver to S3 it needs \`s3:PutObject\`, \`s3:AbortMultipartUpload\`, \`s3:GetBucketLocation\`, \`s3:GetObject\`, \`s3:ListBucket\` and \`s3:ListBucketMultipartUploads\` on the destination bucket and its objects, and the bucket's policy (another account's, or one with a Deny) must allow that role too.`,
    target: ROLE_POLICY
  }
]

/** The delivery error a Firehose code names, or undefined. */
export function firehoseDeliveryErrorOf(code: string | null): DeliveryError | undefined {
  return code ? ERRORS.find((e) => e.code.test(code)) : undefined
}

const firehoseDeliveryError = ({ d }: TrapInput) => firehoseDeliveryErrorOf(d.code)

export const firehoseDeliveryErrorTrap: Trap = {
  id: 'firehose-delivery-error',
  lead: true,
  noPolicy: true,
  applies: (input) => input.d.kind === 'denial' && firehoseDeliveryError(input) !== undefined,
  advice: (input) => firehoseDeliveryError(input)!.advice
}
