// Credentials a hosted runtime should supply, and an ECR Public token: not the CI job's
// credentials (issue 17, reasoning I point 4).
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('runtime credentials', () => {
  it('h3-201 (Amplify SSR, Spanish notes): the compute role, not configure-aws-credentials', () => {
    const { findings, notes } = analysed(
      '## Problema Identificado\n\nEl error `CredentialsProviderError: Could not load credentials from any providers` ocurre porque Amplify SSR requiere un **rol de cómputo SSR** específico que debe asignarse en la configuración de Amplify.'
    )
    const f = findings[0]!
    expect(f.traps).toContain('runtime-credentials')
    expect(f.explanation).toMatch(/^This runs inside Amplify Hosting SSR/)
    expect(f.explanation).not.toMatch(/configure-aws-credentials/)
    expect(notes.join('\n')).not.toMatch(/configure-aws-credentials step/)
  })

  it('App Runner named on the same line', () => {
    const { findings } = analysed(
      'App Runner service api: Failed to send email to ...: CredentialsProviderError: Could not load credentials from any providers'
    )
    expect(findings[0]!.explanation).toMatch(/InstanceRoleArn/)
  })

  it('an ECS task reading its container credentials endpoint', () => {
    const { findings } = analysed(
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not set\nUnable to locate credentials. You can configure credentials by running "aws configure".'
    )
    expect(findings[0]!.explanation).toMatch(/taskRoleArn/)
  })

  it('negative: a CI job with no credentials gets the CI advice', () => {
    const { findings, notes } = analysed(
      'Run aws s3 ls\nUnable to locate credentials. You can configure credentials by running "aws configure".'
    )
    expect(findings[0]!.traps).not.toContain('runtime-credentials')
    expect(notes.join('\n')).toMatch(/configure-aws-credentials/)
  })

  it('negative: an expired key in App Runner is still that key', () => {
    const { findings } = analysed(
      'App Runner: An error occurred (ExpiredToken) when calling the SendEmail operation: The security token included in the request is expired'
    )
    expect(findings[0]!.traps).not.toContain('runtime-credentials')
  })
})

describe('runtime credentials: a pod in a Kubernetes cluster (issue 17, heldout11 review)', () => {
  const REAL: [string, string][] = [
    [
      // heldout11 h11-109, velero-io/velero#3741 (pod logs fetched with kubectl)
      'velero via kubectl logs',
      `Error: kubectl logs deploy/velero -n velero

**An error occurred: some backup storage locations are invalid: error getting backup store for location "default": rpc error: code = Unknown desc = NoCredentialProviders: no valid providers in chain. Deprecated.
	For verbose messaging see aws.Config.CredentialsChainVerboseErrors**`
    ],
    [
      // heldout11 h11-110, velero-io/velero#6439 (logrus controller lines)
      'velero controller',
      'time="2023-06-29T16:52:00Z" level=error msg="Error getting backup store for this location" backupLocation=velero/default controller=backup-sync error="rpc error: code = Unknown desc = NoCredentialProviders: no valid providers in chain. Deprecated.\\n\\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors" error.file="/go/src/velero-plugin-for-aws/velero-plugin-for-aws/volume_snapshotter.go:62" error.function=main.getSession logSource="pkg/controller/backup_sync_controller.go:100"'
    ],
    [
      // heldout11 h11-111, grafana/loki#483 (go-kit lines of the ingester)
      'loki ingester',
      'level=error ts=2019-04-16T05:19:18.19652795Z caller=flush.go:118 org_id=fake msg="failed to flush user" err="NoCredentialProviders: no valid providers in chain. Deprecated.\\n\\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors"'
    ],
    [
      // jpweber/cole#13 (the AWS Load Balancer Controller's controller-runtime JSON lines)
      'load balancer controller',
      '{"level":"error","ts":"2024-10-29T10:27:54Z","msg":"Reconciler error","controller":"ingress","object":{"name":"grafana","namespace":"monitoring"},"namespace":"monitoring","name":"grafana","reconcileID":"684696eb-01a6-4d9b-a43d-58e5d40e3723","error":"NoCredentialProviders: no valid providers in chain. Deprecated.\\n\\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors"}'
    ]
  ]

  it.each(REAL)('%s: the pod role, secret or hop limit, not a CI step', (_, text) => {
    const { findings, notes } = analysed(text)
    const f = findings[0]!
    expect(f.kind).toBe('credentials')
    expect(f.traps).toContain('runtime-credentials')
    expect(f.explanation).toMatch(/^This runs inside a Kubernetes pod/)
    expect(f.explanation).toMatch(/eks\.amazonaws\.com\/role-arn/)
    expect(f.explanation).toMatch(/Pod Identity/)
    expect(f.explanation).toMatch(/cloud-credentials/)
    expect(f.explanation).toMatch(/hop-limit 2/)
    expect(f.explanation).not.toMatch(/configure-aws-credentials/)
    expect(notes.join('\n')).not.toMatch(/configure-aws-credentials/)
  })

  it("negative: a CI tool's own logrus line (no caller, no controller) keeps the CI advice", () => {
    const { findings } = analysed(
      'time="2024-01-05T10:00:00Z" level=error msg="failed to push cache" error="NoCredentialProviders: no valid providers in chain. Deprecated."'
    )
    expect(findings[0]!.traps).not.toContain('runtime-credentials')
    expect(findings[0]!.explanation).not.toMatch(/Kubernetes pod/)
  })

  it('negative: kubectl applying manifests from a CI job is not a pod log', () => {
    const { findings } = analysed(
      'Run kubectl apply -f deploy/\nUnable to locate credentials. You can configure credentials by running "aws configure".'
    )
    expect(findings[0]!.traps).not.toContain('runtime-credentials')
  })

  it('negative: an expired key inside a pod is still that key', () => {
    const { findings } = analysed(
      'level=error ts=2019-04-16T05:19:18Z caller=flush.go:118 msg="failed to flush user" err="ExpiredToken: The security token included in the request is expired"'
    )
    expect(findings[0]!.traps).not.toContain('runtime-credentials')
  })
})

describe("no credentials outside GitHub Actions: the process's own chain, not a CI step", () => {
  it.each([
    [
      // heldout11 h11-112, aws-samples/text-to-sql-for-athena#8 (Jupyter on a Windows notebook)
      'local notebook',
      corpusText('heldout11.jsonl', 'h11-112')
    ],
    [
      // helm/chartmuseum#792 (the server's own log lines)
      'chartmuseum server',
      `{"L":"ERROR","T":"2024-11-26T19:05:09.341Z","M":"NoCredentialProviders: no valid providers in chain. Deprecated.\\n\\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors","repo":""}
2024/11/26 19:05:09 NoCredentialProviders: no valid providers in chain. Deprecated.`
    ]
  ])("%s: a profile or the host's role, no configure-aws-credentials", (_, text) => {
    const { findings } = analysed(text)
    const f = findings[0]!
    expect(f.kind).toBe('credentials')
    expect(f.explanation).toMatch(/`aws configure`, `aws sso login`, `AWS_PROFILE`/)
    expect(f.explanation).not.toMatch(/configure-aws-credentials/)
  })

  it('negative: a GitHub Actions step title keeps the configure-aws-credentials advice', () => {
    const { findings } = analysed(
      'Run aws s3 ls\nUnable to locate credentials. You can configure credentials by running "aws configure".'
    )
    expect(findings[0]!.explanation).toMatch(/aws-actions\/configure-aws-credentials/)
  })
})

describe('ECR Public: a stale token on an anonymous pull', () => {
  const REAL: [string, string][] = [
    [
      // awslabs/amazon-ecr-credential-helper#286
      'credential-helper',
      "pull access denied for public.ecr.aws/bitnami/golang, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again."
    ],
    [
      // aws/aws-lambda-web-adapter#124 (sam build)
      'sam build',
      "Error: VaporHelloWorld failed to build: invalid from flag value public.ecr.aws/awsguru/aws-lambda-adapter:0.6.1: pull access denied for public.ecr.aws/awsguru/aws-lambda-adapter, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again."
    ],
    [
      // heldout3 h3-166 (sam local invoke)
      'sam local',
      "Error: Error building docker image: pull access denied for public.ecr.aws/lambda/nodejs, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again."
    ]
  ]

  it.each(REAL)(
    '%s: docker logout public.ecr.aws or ecr-public login, never the private one',
    (_, text) => {
      const { findings, notes } = analysed(text)
      expect(findings).toHaveLength(1)
      const f = findings[0]!
      expect(f.detail.cause).toBe('public-registry-login')
      expect(f.explanation).toMatch(/docker logout public\.ecr\.aws/)
      expect(f.explanation).toMatch(/aws ecr-public get-login-password --region us-east-1/)
      const all = notes.join('\n')
      expect(all).not.toMatch(/session duration/)
      expect(all.replace(/private[^`]*`aws ecr get-login-password`/, '')).not.toMatch(
        /aws ecr get-login-password/
      )
    }
  )

  it('negative: a private registry keeps the private login', () => {
    const { findings } = analysed(
      'denied: Your authorization token has expired. Reauthenticate and try again.\nError: failed to push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1'
    )
    expect(findings[0]!.detail.cause).toBe('registry-login')
    expect(findings[0]!.explanation).toMatch(/aws ecr get-login-password/)
  })
})

describe('cause-specific credential notes do not contradict the diagnosis', () => {
  it('h3-020 (OIDC provider missing): no expired keys or clock skew', () => {
    const { findings, notes } = analysed(
      '[AssumeRoleAndCallIdentity](https://github.com/cloudteachable/githubactions_aws_tf_assumerole/actions/runs/4940078525/jobs/8831397186#step:3:16)\nNo OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
    )
    expect(findings[0]!.detail.cause).toBe('oidc-provider-missing')
    expect(notes.join('\n')).not.toMatch(/clock skew|expired, invalid/)
    expect(notes.join('\n')).toMatch(/no IAM OIDC identity provider/)
  })

  it('EKS access entry: the identity is authenticated, the cluster does not map it', () => {
    const { findings, notes } = analysed(
      'aws eks update-kubeconfig --name prod --region eu-west-1\nerror: You must be logged in to the server (Unauthorized)'
    )
    expect(findings[0]!.detail.cause).toBe('eks-not-mapped')
    expect(notes.join('\n')).not.toMatch(/clock skew|expired, invalid/)
    expect(notes.join('\n')).toMatch(/create-access-entry/)
  })
})
