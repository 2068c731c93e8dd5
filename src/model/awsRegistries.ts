// ECR registries that AWS owns and publishes images from. A job that pulls from one needs a Docker
// login to THAT registry (its account ID in the host), not to the job's own account: the token
// of `aws ecr get-login-password` is per registry, and amazon-ecr-login logs in to the caller's
// account unless told otherwise (`registries:`). Data with its source; add registries here.

export interface AwsRegistry {
  account: string
  name: string
  /** Where AWS documents the account. */
  source: string
}

export const AWS_REGISTRIES: readonly AwsRegistry[] = [
  {
    account: '763104351884',
    name: 'AWS Deep Learning Containers',
    source: 'https://aws.github.io/deep-learning-containers/reference/available_images/'
  },
  {
    account: '520713654638',
    name: 'the legacy SageMaker framework images (TensorFlow, MXNet, PyTorch)',
    source:
      'https://docs.aws.amazon.com/sagemaker/latest/dg-ecr-paths/sagemaker-algo-docker-registry-paths.html'
  },
  {
    account: '602401143452',
    name: 'the Amazon EKS add-on images (most Regions)',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/add-ons-images.html'
  }
]

export function awsRegistryOf(account: string): AwsRegistry | undefined {
  return AWS_REGISTRIES.find((r) => r.account === account)
}
