// A CloudFormation custom resource's failure (`Received response status [FAILED] from custom
// resource`, `Failed to create resource. Failure reason: ...`): its handler is a Lambda function
// that calls AWS as its own execution role, not as the identity that deployed the stack, and its
// CloudWatch logs name the call (heldout14 review, h14-060, h14-063). A HeadBucket 403 there also
// means the bucket exists in another account: bucket names are global.
import type { Trap, TrapInput } from '../Trap.js'

/** The role src/infer/principalRules.ts names for a custom resource's handler (the same words). */
const CUSTOM_RESOURCE_ROLE = "the execution role of the custom resource's Lambda function"

const isCustomResource = ({ inferred }: TrapInput): boolean =>
  inferred?.roleSwitch?.value === CUSTOM_RESOURCE_ROLE

const HEAD_BUCKET =
  'HeadBucket answers 403, not 404, when the bucket exists in another account: bucket names are global. If this stack creates the bucket (the handler checks whether it exists first), the name is most likely taken by someone else: choose another (add the account ID or a random suffix) before any grant. If the bucket is yours, the handler role needs s3:ListBucket on it. '

export const customResourceHandler: Trap = {
  id: 'custom-resource-handler-role',
  lead: true,
  applies: (input) =>
    input.d.kind === 'denial' && input.d.deny !== 'explicit' && isCustomResource(input),
  advice: ({ d }) =>
    (d.operation === 'HeadBucket' ? HEAD_BUCKET : '') +
    "The refusal comes from a CloudFormation custom resource: its handler, a Lambda function, calls AWS as its own execution role, not as the identity that deployed the stack, so the deployer's policies do not matter here. The handler's CloudWatch logs (`/aws/lambda/FUNCTION`, the function the resource's ServiceToken names) show the call that was refused; the Allow goes into that role (in the template, the handler's role). A bare `Access Denied` there is usually S3's: a bucket the handler reads (a solution's source or distribution bucket, perhaps in another account or Region, or gone) or writes."
}
