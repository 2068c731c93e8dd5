// What CloudWatch Logs needs from the resources that deliver to it, shared by the diagnosis that
// names the cause (src/diagnose/traps) and the remedy that drafts it (src/remedy/guidance.ts).

/** `logs.REGION.amazonaws.com`, REGION read from a log group ARN (a placeholder if masked). */
export function logsPrincipal(arn: string): string {
  const region = arn.split(':')[3] ?? ''
  return `logs.${/^[a-z]{2}(?:-[a-z]+)+-\d$/.test(region) ? region : 'REGION'}.amazonaws.com`
}

/** Step Functions' documented set for logging to CloudWatch Logs (none has a resource type). */
export const SFN_LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups'
]
