import type { Trap } from '../Trap.js'

// A container-image function whose image Lambda may not pull: Lambda reads the image from ECR
// itself, with the permissions the repository's policy gives the Lambda service (and, for a
// repository in another account, that account's policy for the function's account) (Lambda
// developer guide, "Amazon ECR permissions" for container images; aws/aws-cdk#27007).

/** WD995: Lambda may not pull a container-image function's image from ECR. */
export const lambdaImagePermission: Trap = {
  id: 'lambda-image-permission',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'lambda-image-permission',
  advice: () =>
    'Lambda pulls a container-image function\'s image from ECR itself, and the repository did not let it. The repository\'s policy must allow the Lambda service (`"Principal": {"Service": "lambda.amazonaws.com"}`) `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` (the console and `aws lambda create-function` add this when the caller may `ecr:SetRepositoryPolicy`; CDK\'s and some pipelines\' repositories lack it), with an `aws:sourceArn` condition naming the function; for a repository in another account, that policy must also allow the function\'s account (`arn:aws:iam::ACCOUNT_ID:root`) and the function\'s account needs the same two actions. Check also that the image still exists (a lifecycle rule may have expired the tag or digest the function names): a function whose image is gone fails the same way until it is updated with an existing one.'
}
