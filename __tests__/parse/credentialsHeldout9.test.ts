// Credential failures heldout9 missed (issue 10): a Cognito identity pool that issues no guest
// credentials (WD829), aws-sdk-go-base's "no valid credential sources for <caller> found" (WD760),
// Hadoop S3A with no credentials (WD830) and a failed EKS token command (WD831). Sources in the
// titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause, f.code, f.service])
}

describe('Cognito identity pool without guest access: credentials, not a denial', () => {
  const cognito = (code: string | null, service: string | null) => [
    ['credentials', 'cognito-unauthenticated-disabled', 'cognito-unauthenticated', code, service]
  ]
  it.each<[string, string, string | null, string | null]>([
    [
      'heldout9 h9-060 (awslabs/aws-sdk-ios-samples#296, the iOS NSError dictionary)',
      corpusText('heldout9.jsonl', 'h9-060'),
      'NotAuthorizedException',
      null
    ],
    [
      'heldout9 h9-176 (aws/aws-sdk-js-v3#3113, the endpoint two lines above)',
      corpusText('heldout9.jsonl', 'h9-176'),
      'NotAuthorizedException',
      'cognito-identity'
    ],
    [
      'heldout9 h9-177 (aws-amplify/amplify-js#1566)',
      corpusText('heldout9.jsonl', 'h9-177'),
      'NotAuthorizedException',
      null
    ],
    [
      'heldout9 h9-178 (aws-amplify/aws-sdk-android#408, Java SDK v1 suffix)',
      corpusText('heldout9.jsonl', 'h9-178'),
      'NotAuthorizedException',
      'cognito-identity'
    ],
    [
      'heldout9 h9-179 (aws-amplify/amplify-js#1089, the message alone)',
      corpusText('heldout9.jsonl', 'h9-179'),
      null,
      null
    ],
    [
      'aws-amplify/aws-sdk-android#347 (the exception class with its package)',
      [
        '    com.amazonaws.services.cognitoidentity.model.NotAuthorizedException: Unauthenticated access is not supported for this identity pool. (Service: AmazonCognitoIdentity; Status Code: 400; Error Code: NotAuthorizedException; Request ID: 386fc4d9-9d46-11e7-a72f-59c0b4272704)',
        '        at com.amazonaws.http.AmazonHttpClient.handleErrorResponse(AmazonHttpClient.java:720)'
      ].join('\n'),
      'NotAuthorizedException',
      'cognito-identity'
    ]
  ])('%s', (_title, text, code, service) => {
    expect(fields(text)).toEqual(cognito(code, service))
  })

  it('advises signing in first and warns what guest access grants', () => {
    const [f] = parseText(corpusText('heldout9.jsonl', 'h9-178'))
    expect(f!.title).toMatch(/identity pool/i)
    expect(f!.explanation).toMatch(/sign in first/i)
    expect(f!.explanation).toMatch(/anyone who calls the pool/i)
  })
})

describe('aws-sdk-go-base: no valid credential sources for <caller> found', () => {
  it.each<[string, string]>([
    [
      'heldout9 h9-034 (udacity/devops-intro-project#100, Packer with the name left empty)',
      corpusText('heldout9.jsonl', 'h9-034')
    ],
    [
      'github-file:find_string#26119835826 (Terraform S3 backend)',
      '>  Error: error configuring S3 Backend: no valid credential sources for S3 Backend found.'
    ],
    [
      'github-file:find_string#18058491814 (Terraform AWS provider, in a gutter)',
      '│ Error: error configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider found.'
    ],
    [
      'hashicorp/packer#6060 (the older wording, still read)',
      "- Build 'amazon-ebs' errored: No valid credential sources found for AWS Builder"
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([
      ['credentials', 'terraform-no-credentials', 'missing', null, null]
    ])
  })
})

describe('Hadoop S3A found no credentials', () => {
  it.each<[string, string]>([
    ['heldout9 h9-093 (airbytehq/airbyte#10581)', corpusText('heldout9.jsonl', 'h9-093')],
    [
      'kubeflow/spark-operator#2491',
      [
        '        at java.base/java.lang.Thread.run(Unknown Source)',
        'Caused by: org.apache.hadoop.fs.s3a.auth.NoAwsCredentialsException: SimpleAWSCredentialsProvider: No AWS credentials in the Hadoop configuration',
        '        at org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider.getCredentials(SimpleAWSCredentialsProvider.java:83)'
      ].join('\n')
    ],
    [
      'apache/hadoop#4539 (the provider list)',
      'Caused by: org.apache.hadoop.fs.s3a.auth.NoAuthWithAWSException: No AWS Credentials provided by TemporaryAWSCredentialsProvider SimpleAWSCredentialsProvider EnvironmentVariableCredentialsProvider IAMInstanceCredentialsProvider : com.amazonaws.SdkClientException: Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY) and AWS_SECRET_KEY (or AWS_SECRET_ACCESS_KEY))'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text).map((f) => f.slice(0, 3))).toEqual([
      ['credentials', 'hadoop-s3a-no-credentials', 'missing']
    ])
  })

  it('takes no refusal code from the AccessDeniedException wrapping it (h9-093)', () => {
    expect(fields(corpusText('heldout9.jsonl', 'h9-093'))[0]![3]).toBeNull()
  })
})

describe('the EKS token command of the kubeconfig failed', () => {
  it.each<[string, string]>([
    [
      'heldout9 h9-111 (polyseam/cndi#731, Terraform helm provider)',
      corpusText('heldout9.jsonl', 'h9-111')
    ],
    [
      'kodermax/kubectl-aws-eks#11',
      [
        'Unable to parse config file: /github/home/.aws/credentials',
        'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255'
      ].join('\n')
    ],
    [
      'runatlantis/atlantis#3590',
      'Error: Get "https://A53D6A256B9575F546D95970F650EFF5.gr7.eu-central-1.eks.amazonaws.com/api/v1/namespaces/kube-system/configmaps/aws-auth": getting credentials: exec: executable aws failed with exit code 255'
    ],
    [
      'namespacelabs/foundation#321 (aws-iam-authenticator)',
      'Failed:\n    getting credentials: exec: executable aws-iam-authenticator failed with exit code 1'
    ]
  ])('%s', (_title, text) => {
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.grammar, f.detail.cause])).toEqual([
      ['credentials', 'eks-token-exec-failed', 'eks-token-exec']
    ])
    expect(found[0]!.explanation).toMatch(/aws eks get-token/)
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      'own: another cloud’s exec plugin (GKE)',
      'Unable to connect to the server: getting credentials: exec: executable gke-gcloud-auth-plugin failed with exit code 1'
    ],
    [
      'own: Azure kubelogin',
      'Error: Kubernetes cluster unreachable: getting credentials: exec: executable kubelogin failed with exit code 1'
    ],
    [
      'own: a Cognito user pool refusing a password (not the identity pool)',
      'NotAuthorizedException: Incorrect username or password.'
    ],
    [
      'own: prose about guest access, no error',
      'Unauthenticated access is supported for this identity pool, so guests get the unauth role.'
    ],
    [
      'own: a Hadoop setting named in a how-to, no exception',
      'Set fs.s3a.aws.credentials.provider to SimpleAWSCredentialsProvider when keys are in the Hadoop configuration.'
    ],
    [
      'own: a different "sources" sentence',
      'Build finished: valid credential sources found for 3 profiles.'
    ]
  ])('%s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('kubectl Unauthorized where the writer says kubectl runs with AWS credentials', () => {
  it.each<[string, string]>([
    [
      'heldout9 h9-109 (vscode-kubernetes-tools/vscode-kubernetes-tools#402, "multiple AWS profiles")',
      corpusText('heldout9.jsonl', 'h9-109')
    ],
    [
      'kubernetes/kubectl#759 ("the same `aws configure` credentials")',
      'Hi, team,  I am using the same `aws configure` credentials for both my PC Win 10 and the AWS cloud 9.\nWhen i ran `kubectl get svc`, it is working in win 10 but in cloud 9 it is getting the "error: You must be logged in to the server (Unauthorized)".'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text).map((f) => f.slice(0, 3))).toEqual([
      ['credentials', 'eks-unauthorized', 'eks-not-mapped']
    ])
  })

  it.each<[string, string]>([
    [
      'own: a GKE user with gcloud credentials',
      'I switched gcloud configurations and now kubectl says: error: You must be logged in to the server (Unauthorized)'
    ],
    [
      'own: "profiles" of another tool',
      'I have multiple kubectl profiles on my machine. error: You must be logged in to the server (Unauthorized)'
    ]
  ])('no finding: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
