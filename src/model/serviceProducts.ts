// A service named by its product name where a refusal's principal stands (`AWS CodeBuild is not
// authorized to perform: ecr:BatchGetImage`, awslabs/aws-codebuild-jenkins-plugin#18; `AWS Firehose
// is not authorized to perform: kafka:CreateVpcConnection`): the service itself acts, as its service
// principal, and only a resource policy (or a trust policy) can allow it. One row per product name
// as services print it; a name not listed stays as printed.

const PRODUCT_PRINCIPALS: Record<string, string> = {
  CodeBuild: 'codebuild.amazonaws.com',
  CodePipeline: 'codepipeline.amazonaws.com',
  Firehose: 'firehose.amazonaws.com',
  'Kinesis Firehose': 'firehose.amazonaws.com',
  'Kinesis Data Firehose': 'firehose.amazonaws.com',
  SageMaker: 'sagemaker.amazonaws.com',
  'Step Functions': 'states.amazonaws.com'
}

/** The service principal of `AWS X` / `Amazon X`, or null when X is not a listed product. */
export function productPrincipal(printed: string): string | null {
  if (!/^(?:AWS|Amazon)[ \t]/.test(printed)) return null
  const name = printed.replace(/^(?:AWS|Amazon)[ \t]+/, '').replace(/[ \t]+/g, ' ')
  return Object.hasOwn(PRODUCT_PRINCIPALS, name) ? PRODUCT_PRINCIPALS[name]! : null
}
