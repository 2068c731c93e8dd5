// Registry and credentials failures heldout13 missed (issue 10): ECR's 401 without a URL a grammar
// could read (WD759), ECR's 403 with an empty body (WD845), tools' own words for having no AWS
// credentials (Go SDK v2 WD745, cdk-assets WD761, Vector WD846, Java SDK v2 WD758), CDK's
// `Could not assume role in target account` (WD703); ECS's 404 pull (WD803) and LocalStack's
// unnamed IAM enforcement give no finding. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.service])
}

describe('ECR answering 401 with no URL a grammar reads (WD759)', () => {
  it.each<[string, string]>([
    [
      'heldout13 h13-012 (kaniko push check, body `Not Authorized`)',
      corpusText('heldout13.jsonl', 'h13-012')
    ],
    [
      'heldout13 h13-013 (Tekton, the ECR image in the Task below)',
      corpusText('heldout13.jsonl', 'h13-013')
    ],
    [
      'heldout13 h13-031 (kubelet event, masked ***.dkr.ecr host)',
      corpusText('heldout13.jsonl', 'h13-031')
    ],
    [
      'aws/deep-learning-containers#1130 (BuildKit resolving the base image)',
      [
        ' > [internal] load metadata for 763104351884.dkr.ecr.eu-central-1.amazonaws.com/pytorch-training:1.6.0-gpu-py36-cu101-ubuntu16.04:',
        'failed to solve with frontend dockerfile.v0: failed to create LLB definition: unexpected status code [manifests 1.6.0-gpu-py36-cu101-ubuntu16.04]: 401 Unauthorized '
      ].join('\n')
    ],
    [
      'canonical/microk8s#3541 (containerd 1.5+ `pulling from host … failed with status code`)',
      '  Warning  Failed             18s (x2 over 31s)  kubelet            Failed to pull image "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": rpc error: code = Unknown desc = failed to pull and unpack image "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": failed to resolve reference "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": pulling from host 782534010321.dkr.ecr.eu-west-2.amazonaws.com failed with status code [manifests v1.1]: 401 Unauthorized'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([['credentials', 'ecr-head-401', 'ecr']])
  })

  it.each<[string, string]>([
    [
      'own: the same kaniko words against GHCR, an ECR base image above',
      [
        'FROM 123456789012.dkr.ecr.us-east-1.amazonaws.com/base:1',
        'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "ghcr.io/octo/app:1.0": unsupported status code 401; body: Not Authorized'
      ].join('\n')
    ],
    [
      'own: the kubelet event against Harbor, an ECR image elsewhere in the log',
      [
        'image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/sidecar:2',
        'Failed to pull image "harbor.example.com/team/app:latest": rpc error: code = Unknown desc = failed to resolve reference "harbor.example.com/team/app:latest": unexpected status code [manifests latest]: 401 Unauthorized'
      ].join('\n')
    ],
    [
      'own: Quay, nothing of ECR in the log',
      'failed to resolve reference "quay.io/org/app:latest": unexpected status code [manifests latest]: 401 Unauthorized'
    ],
    [
      'own: a host-less body from a log that names Docker Hub',
      [
        'Pushing to docker.io/octo/app:1.0 (123456789012.dkr.ecr.us-east-1.amazonaws.com is the mirror)',
        'error getting image manifest: unsupported status code 401; body: Not Authorized'
      ].join('\n')
    ],
    [
      'own: the body with no registry named at all',
      'error getting image manifest: unsupported status code 401; body: Not Authorized'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("a registry's 403 with an empty body (WD845)", () => {
  it('heldout13 h13-084 (docker push, no host shown): a bare refusal', () => {
    expect(fields(corpusText('heldout13.jsonl', 'h13-084'))).toEqual([
      ['denial', 'registry-403-empty-body', null]
    ])
  })

  it.each<[string, string]>([
    [
      'moby/moby#19010 (docker before 1.10, no status in the message)',
      [
        'docker push xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/ubuntu:xenial',
        '',
        'The push refers to a repository [xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/ubuntu] (len: 1)',
        '2bdece1db94a: Image push failed ',
        'Error parsing HTTP response: unexpected end of JSON input: ""'
      ].join('\n')
    ],
    [
      'own: the 403 after an ECR push line',
      [
        'The push refers to repository [123456789012.dkr.ecr.eu-west-1.amazonaws.com/api]',
        'b370636613f1: Preparing',
        'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
      ].join('\n')
    ]
  ])('%s: ECR', (_title, text) => {
    expect(fields(text)).toEqual([['denial', 'registry-403-empty-body', 'ecr']])
  })

  it.each<[string, string]>([
    [
      'spotify/docker-maven-plugin#364 (the same 403 from Azure Container Registry)',
      [
        'asad@linux:~/docker/asp.net/ASP-.NET-Core-Template$ docker push myregistry.azurecr.io/asadzoot/asp.netcoreimage',
        'Using default tag: latest',
        '',
        'The push refers to repository [myregistry.azurecr.io/asadzoot/asp.netcoreimage]',
        'b370636613f1: Preparing',
        '09fb0ecd67d7: Waiting',
        'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
      ].join('\n')
    ],
    [
      'own: Harbor',
      [
        'The push refers to repository [harbor.example.com/team/app]',
        'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
      ].join('\n')
    ],
    [
      'own: GHCR on the line',
      'failed to push ghcr.io/octo/app:1.0: error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ],
    [
      'own: the old wording with no ECR host (any registry, any status)',
      'Error parsing HTTP response: unexpected end of JSON input: ""'
    ],
    ['own: a 404', 'error parsing HTTP 404 response body: unexpected end of JSON input: ""']
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('no AWS credentials at all, in tools’ own words', () => {
  it.each<[string, string, string, string | null]>([
    [
      'aws/aws-sdk-go-v2#2544 (guard: the new prefix before `failed to refresh cached credentials` is read once)',
      '`\nsmithy.OperationError operation error SQS: ReceiveMessage, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: 28f9ea25-8179-45a4-a569-1b25baf9607e, api error Throttling: Rate exceeded\n`',
      'refresh-cached-credentials',
      'sqs'
    ],
    [
      'heldout13 h13-083 (cdk-assets)',
      corpusText('heldout13.jsonl', 'h13-083'),
      'cdk-no-credentials',
      null
    ],
    [
      'heldout13 h13-096 (Vector aws_s3 sink)',
      corpusText('heldout13.jsonl', 'h13-096'),
      'vector-aws-sink-credentials',
      null
    ],
    [
      'vectordotdev/vector#18591 (Vector aws_s3 sink on IRSA)',
      'ERROR vector::topology::builder: msg="Healthcheck failed." error=Invalid credentials component_kind="sink" component_type="aws_s3" component_id=my-sink',
      'vector-aws-sink-credentials',
      null
    ],
    [
      'vectordotdev/vector#14166 (Vector 0.20 wording; the sink type in the config below)',
      [
        '`ERROR vector::topology::builder: msg="Healthcheck: Failed Reason." error=Invalid credentials` ',
        '',
        'Not sure why is it happening...',
        '',
        '[sinks.output]',
        'type = "aws_s3"'
      ].join('\n'),
      'vector-aws-sink-credentials',
      null
    ],
    [
      'heldout13 h13-121 (Trino, Java SDK v2 chain, cut)',
      corpusText('heldout13.jsonl', 'h13-121'),
      'no-credentials-java',
      's3'
    ],
    [
      'hazelcast/hazelcast#22616 (Jet S3 sink, Java SDK v2 chain)',
      'com.hazelcast.jet.JetException: Exception in ProcessorTasklet{08d8-5b5b-be00-0001/s3Sink#1}: software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(profiles=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [',
      'no-credentials-java',
      null
    ]
  ])('%s', (_title, text, grammar, service) => {
    expect(parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause, f.service])).toEqual([
      [
        'credentials',
        grammar,
        grammar === 'vector-aws-sink-credentials' ? 'probe-forbidden' : 'missing',
        service
      ]
    ])
  })

  it.each<[string, string]>([
    [
      'own: Vector’s elasticsearch sink',
      'ERROR vector::topology::builder: msg="Healthcheck failed." error=Invalid credentials component_kind="sink" component_type="elasticsearch" component_id=es'
    ],
    [
      'vectordotdev/vector#19636 (an aws_s3 sink’s healthcheck failing on the network)',
      '2024-01-16T10:20:10.700740Z ERROR vector::topology::builder: msg="Healthcheck failed." error=dispatch failure component_kind="sink" component_type="aws_s3" component_id=aws_s3'
    ],
    ['own: a database’s invalid credentials', 'FATAL: Invalid credentials for user "postgres"'],
    [
      'own: Docker Hub’s invalid credentials',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: Invalid credentials'
    ],
    [
      'own: the Go words with no AWS operation, a Vault client',
      'vault: get identity: get credentials from approle: permission denied by policy'
    ],
    [
      'own: cdk-assets’ sentence quoted as a requirement in a README',
      'Note that credentials are required to upload assets to the staging bucket.'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a credential source that did not answer in time (WD745, cause credential-timeout)', () => {
  it.each<[string, string, string | null]>([
    [
      'heldout13 h13-027 (EBS CSI driver, Go SDK v2 `get credentials: request canceled, context canceled`)',
      corpusText('heldout13.jsonl', 'h13-027'),
      'ec2'
    ],
    [
      'ElementTech/kube-arch-scheduler#5 (IMDS lookup from a pod, `context deadline exceeded`)',
      'time="2024-05-04T08:04:25Z" level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded"',
      'ecr'
    ]
  ])('%s', (_title, text, service) => {
    expect(parseText(text).map((f) => [f.kind, f.detail.cause, f.service])).toEqual([
      ['credentials', 'credential-timeout', service]
    ])
  })

  it.each<[string, string, string]>([
    [
      'own: the same Go words ending in a 404 from IMDS (no role on the instance)',
      'operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, http response error StatusCode: 404, request to EC2 IMDS failed',
      'missing'
    ],
    [
      'own: the call itself timed out long after the credentials were found',
      'operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, static credentials are empty\n' +
        ' '.repeat(200) +
        '\ncontext deadline exceeded',
      'missing'
    ]
  ])('%s: cause %s', (_title, text, cause) => {
    expect(parseText(text).map((f) => f.detail.cause)).toEqual([cause])
  })
})

describe('CDK could not assume its bootstrap role in another account (WD703)', () => {
  it('heldout13 h13-049 (CDK Pipelines self-mutation): a denial', () => {
    expect(fields(corpusText('heldout13.jsonl', 'h13-049'))).toEqual([
      ['denial', 'cdk-could-not-assume', null]
    ])
  })

  it('aws/aws-cdk#15119 (guard: with the IAM sentence after it, one sts:AssumeRole refusal)', () => {
    const text =
      "Could not assume role in target account using current credentials (which are for account <pipeline account>) User: arn:aws:sts::_pipeline_account_:assumed-role/MyPipeline-PipelineBuildSynthCdkBuildProjec-GZQLAFL0MUF7/AWSCodeBuild-3755ba61-9da9-498b-8282-307bc9a94fcb is not authorized to perform: sts:AssumeRole on resource: arn:${AWS::Partition}:iam::1234:role/cdk-xyz789abc-lookup-role-1234-us-east-1 . Please make sure that this role exists in the account. If it doesn't exist, (re)-bootstrap the environment with the right '--trust', using the latest version of the CDK CLI."
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.action])).toEqual([['denial', 'sts:AssumeRole']])
  })

  it.each<[string, string]>([
    [
      'own: another tool’s own wording',
      'Could not assume role arn:aws:iam::123456789012:role/deploy: retrying with the instance profile'
    ],
    [
      'own: the words without CDK’s continuation',
      'Could not assume role in target account 123456789012.'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('an ECS pull answered 404 is not-found, not a refusal (WD803)', () => {
  it.each<[string, string]>([
    ['heldout13 h13-085 (ECS `API error (404)`)', corpusText('heldout13.jsonl', 'h13-085')],
    [
      'RafalWilinski/deploy-with-serverless#11 (ECS 404, repository not found)',
      'Status reason: Essential container in task exited\nContainer message: CannotPullContainerError: API error (404): repository serverless-batch not found: does not exist or no pull access'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('own: a docker pull refused without the 404 stays a refusal', () => {
    expect(
      fields(
        "Error response from daemon: pull access denied for 123456789012.dkr.ecr.us-east-1.amazonaws.com/api, repository does not exist or may require 'docker login'"
      )
    ).toEqual([['denial', 'docker-ecr-pull-denied', 'ecr']])
  })
})

describe('LocalStack shown only by ENFORCE_IAM and its 000000000000 account', () => {
  it('heldout13 h13-086 (LocalStack ENFORCE_IAM refusing an ECS task): no finding', () => {
    expect(parseText(corpusText('heldout13.jsonl', 'h13-086'))).toEqual([])
  })

  it.each<[string, string]>([
    [
      'own: a real refusal quoting the docs’ 000000000000 placeholder, no ENFORCE_IAM',
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::000000000000:role/deploy'
    ],
    [
      'own: ENFORCE_IAM mentioned beside a real account',
      'We do not set ENFORCE_IAM here.\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/deploy'
    ]
  ])('%s: still a refusal', (_title, text) => {
    expect(parseText(text).map((f) => [f.kind, f.action])).toEqual([['denial', 'sts:AssumeRole']])
  })
})
