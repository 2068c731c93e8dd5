// The call a bare refusal concerns, from the tool's own words around it (src/infer/contextActions.ts).
// heldout8 review class 5 (issue 17): an uploader's "upload exception = Access Denied" names
// s3:PutObject as plainly as Terraform's "Error uploading object to S3 bucket".
import { contextAction } from '../../src/infer/contextActions.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'
import { logContext } from '../support/logContext.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { announcedIn } from '../../src/parse/requestTarget.js'

describe('uploads and downloads in the tool’s words', () => {
  it.each([
    // heldout8 h8-063 (sm55555/Cloud, aws/s3/error.md): a Java handler's debug line.
    ['heldout8 h8-063', corpusText('heldout8.jsonl', 'h8-063'), 's3:PutObject'],
    // heldout3 h3-179 (github-file:find_string#68832645160): a changelog quoting the old answer.
    [
      'a photo upload relayed to the caller',
      '  `Photo upload failed: Access Denied (Service: S3, Status Code: 403, Request ID: null)`. The\n',
      's3:PutObject'
    ],
    // deliciousbrains/wp-amazon-s3-and-cloudfront#40, as printed.
    [
      'the WordPress plugin',
      'Jan 20 17:14:33 dev apache2[4194]: [error] [client 192.168.33.1] Error uploading $IMAGE to S3: Access Denied, referer: $MYBLOG/wp-admin/post-new.php\n',
      's3:PutObject'
    ]
  ])('%s → %s', (_n, text, action) => {
    const [f] = analyzeText(text).findings.filter((x) => x.kind === 'denial')
    expect(f?.inferredAction).toBe(action)
    expect(f?.inferred?.action?.from).toBe('the upload the log names')
  })

  it('a download refused is s3:GetObject', () => {
    expect(
      contextAction(
        logContext(
          'download exception = Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)'
        ),
        's3',
        false
      )?.value
    ).toBe('s3:GetObject')
  })

  it.each([
    [
      'an upload said lines before the refusal',
      logContext(
        'Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)',
        'Uploading artifacts...\nUpload finished with errors'
      )
    ],
    [
      'an upload word far from the refusal on its line',
      logContext(
        'upload error handling was reworked in this release, see the changelog for the list of all the fixes we made; the bucket said Access Denied'
      )
    ]
  ])('counter-case: nothing for %s', (_n, ctx) => {
    expect(['s3:PutObject', 's3:GetObject']).not.toContain(contextAction(ctx, 's3', false)?.value)
  })

  it('counter-case: the words answer for S3 only, not for another service’s refusal', () => {
    expect(
      contextAction(logContext('upload failed: Access Denied'), 'ecr', false)?.value
    ).toBeUndefined()
  })
})

// heldout11 review2 (issue 17): a manifest read refused after the client authenticated.
describe('an ECR manifest request answered 403', () => {
  /** Every action the proposed statements grant, with its resources (validated). */
  function grants(text: string): Record<string, string[]> {
    const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
    expect(found).toHaveLength(1)
    const remedies = buildRemedies(found)
    expect(validateRemedies(remedies, found)).toEqual([])
    const out: Record<string, string[]> = {}
    for (const st of remedies.flatMap((r) => r.statements))
      for (const a of [st.Action].flat()) (out[a] ??= []).push(...[st.Resource ?? []].flat())
    return out
  }

  it.each([
    ['heldout11 h11-086 (fluxcd/source-controller#1011)', corpusText('heldout11.jsonl', 'h11-086')],
    // aws/aws-cdk#29876 (real-b b264): an ECS task's stopped reason.
    ['aws/aws-cdk#29876', corpusText('real-b.jsonl', 'b264')],
    // heldout14 h14-125: BuildKit's HEAD, its URL and status wrapped onto lines of their own.
    ['heldout14 h14-125 (wrapped HEAD)', corpusText('heldout14.jsonl', 'h14-125')],
    // Own variant: go-containerregistry's wording on a GET.
    [
      'own: crane GET',
      'Error: GET https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/team/app/manifests/1.2.0: unexpected status code 403 Forbidden\n'
    ]
  ])('%s: ecr:BatchGetImage, with the pull set and the token call on *', (_n, text) => {
    const g = grants(text)
    expect(g['ecr:BatchGetImage']).toBeDefined()
    expect(g['ecr:GetDownloadUrlForLayer']).toEqual(g['ecr:BatchGetImage'])
    expect(g['ecr:GetAuthorizationToken']).toEqual(['*'])
  })

  it('h14-125: an expired login token (12 hours) is named before any policy change', () => {
    const [f] = analyzeText(corpusText('heldout14.jsonl', 'h14-125')).findings
    expect(f?.inferred?.action?.from).toMatch(/older than 12 hours[^]*get-login-password/)
  })

  it('kubernetes-sigs/kro#153: a HEAD refused by ECR Public names no BatchGetImage', () => {
    const text =
      'Error: INSTALLATION FAILED: unexpected status from HEAD request to https://public.ecr.aws/v2/kro/kro/manifests/0.1.0: 403 Forbidden'
    const found = analyzeText(text).findings
    expect(found.map((f) => f.inferredAction)).not.toContain('ecr:BatchGetImage')
  })

  it('aws/aws-cdk#29876: the repository the ref names', () => {
    expect(grants(corpusText('real-b.jsonl', 'b264'))['ecr:BatchGetImage']).toEqual([
      'arn:aws:ecr:us-east-1:123456789123:repository/a2-ecr-app-repo'
    ])
  })

  it.each([
    // aws/karpenter-provider-aws#3441: ECR Public with a stale login is another service and cause.
    [
      'public.ecr.aws',
      'Error: pulling from host public.ecr.aws failed with status code [manifests v0.27.0]: 403 Forbidden\n'
    ],
    // Own: another registry's host, and a 401 (no token sent) on ECR.
    [
      'ghcr.io',
      'Error: pulling from host ghcr.io failed with status code [manifests v1]: 403 Forbidden\n'
    ],
    [
      'a 401 on ECR',
      'Error: unexpected status from HEAD request to https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/app/manifests/1.0: 401 Unauthorized\n'
    ]
  ])('counter-case %s: no BatchGetImage', (_n, text) => {
    for (const f of analyzeText(text).findings)
      expect(f.inferredAction).not.toBe('ecr:BatchGetImage')
  })
})

describe("docker push's layer lines above ECR's empty-body 403: the push set", () => {
  it("moby/moby#19010: old Docker's `Image push failed` to an ECR host → the push set and its token", () => {
    // As printed (the account masked by the reporter).
    const { f, statements } = analysedOne(
      'The push refers to a repository [xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/ubuntu] (len: 1)\n2bdece1db94a: Image push failed \nError parsing HTTP response: unexpected end of JSON input: ""\n'
    )
    expect(f.inferred?.action?.value).toBe('ecr:InitiateLayerUpload')
    const actions = statements.flatMap((s) => [s.Action].flat())
    for (const a of [
      'ecr:BatchCheckLayerAvailability',
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
      'ecr:PutImage',
      'ecr:GetAuthorizationToken'
    ])
      expect(actions).toContain(a)
    expect(
      statements.find((s) => [s.Action].flat().includes('ecr:GetAuthorizationToken'))?.Resource
    ).toBe('*')
  })

  it('heldout13 h13-084 (aws/aws-dotnet-deploy#474): the layers, and the push call named six lines up', () => {
    // The reporter's prose names BatchCheckLayerAvailability above the fence: the scanner
    // remembers it as ECR named (src/parse/requestTarget.ts), the record's context stops at `...`.
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-084') + '\n')
    expect(f.service).toBeNull()
    expect(f.inferred?.action?.value).toBe('ecr:InitiateLayerUpload')
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions).toEqual(
      expect.arrayContaining([
        'ecr:BatchCheckLayerAvailability',
        'ecr:InitiateLayerUpload',
        'ecr:UploadLayerPart',
        'ecr:CompleteLayerUpload',
        'ecr:PutImage',
        'ecr:GetAuthorizationToken'
      ])
    )
  })

  it('the same lines given as one context', () => {
    const ctx = logContext(
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""',
      'Added the write permissions for pushing, but missing `BatchCheckLayerAvailability`\n4832fdfc801b: Waiting\nbada36334461: Waiting\n4e7bd47e4668: Waiting',
      '```'
    )
    expect(contextAction(ctx, null, false)?.value).toBe('ecr:InitiateLayerUpload')
  })

  it.each([
    [
      // spotify/docker-maven-plugin#364: the same 403 from Azure's registry (ACR), as printed.
      'an Azure registry',
      'The push refers to repository [myregistry.azurecr.io/asadzoot/asp.netcoreimage]\nb370636613f1: Preparing\n6c77a46d2383: Preparing\n09fb0ecd67d7: Waiting\nd000633a5681: Waiting',
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ],
    [
      // Own: ECR named, but the 403 is no push (no layer lines above it).
      'no layer lines',
      'pushing to 123456789012.dkr.ecr.us-east-1.amazonaws.com/app\nsome other step',
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ],
    [
      // Own: layer lines and the 403 with no registry named at all.
      'no registry named',
      '4832fdfc801b: Waiting\nbada36334461: Waiting',
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ]
  ])('own counter-case: %s gives no ECR push', (_n, before, line) => {
    expect(contextAction(logContext(line, before, ''), null, false)?.value).not.toBe(
      'ecr:InitiateLayerUpload'
    )
  })
})

describe("ECR's push calls named in words are remembered as ECR, not as a call", () => {
  it('aws/aws-dotnet-deploy#474: the prose line names ECR only', () => {
    expect(
      announcedIn(
        'Added the write permissions for pushing, but missing `BatchCheckLayerAvailability`'
      )
    ).toEqual([{ service: 'ecr', operation: null, bucket: null, key: null, above: 0 }])
  })

  it('own counter-case: a longer word or another service’s call is not ECR’s', () => {
    expect(announcedIn('see BatchCheckLayerAvailabilityResponse in the SDK')).toEqual([])
    expect(announcedIn('Making api call: (s3, put_object)')[0]?.service).toBe('s3')
  })
})

describe('tool phrases that name the call (heldout14 review, issue 17 class 2)', () => {
  const one = (text: string) => {
    const findings = analyzeText(text).findings.filter((f) => f.kind === 'denial')
    const remedies = buildRemedies(findings)
    expect(validateRemedies(remedies, findings)).toEqual([])
    return {
      f: findings[findings.length - 1]!,
      statements: remedies.flatMap((r) => r.statements.map((s) => [s.Action, s.Resource]))
    }
  }

  it.each([
    // heldout14 h14-082 (aws-samples/aws-deploy-spinnaker-halyard#2), kubectl's exec plugin.
    ['h14-082', corpusText('heldout14.jsonl', 'h14-082')],
    // terraform-aws-modules/terraform-aws-eks#145: kubectl run by Terraform, as printed.
    [
      'terraform-aws-eks#145',
      "module.test_eks_module.module.eks.null_resource.update_config_map_aws_auth: Error running command 'kubectl apply -f ./config-map-aws-auth_clusterName.yaml --kubeconfig ./kubeconfig_clusterName': exit status 1. Output: could not get token: AccessDenied: Access denied\n\nTestEKS 2018-09-28T20:47:32Z command.go:100: \tstatus code: 403, request id: 95b55acf-c35f-11e8-a8cf-ffb857db2354\n"
    ]
  ])('%s: EKS `could not get token` is the plugin’s sts:AssumeRole', (_n, text) => {
    expect(one(text).f.inferredAction).toBe('sts:AssumeRole')
  })

  it('the kubeconfig’s --role-arn printed just above is the role assumed', () => {
    // Our own variant of heldout14 h14-083 with the command and the error in one block.
    const { statements } = one(
      'aws --region us-east-2 eks update-kubeconfig --name eksdemo --role-arn arn:aws:iam::620154271401:role/AmazonEKSAdminRole\nkubectl get no\ncould not get token: AccessDenied: Access denied\n        status code: 403, request id: cb2eac65-454e-11e9-94f9-37274ff97c3e'
    )
    expect(statements).toContainEqual([
      'sts:AssumeRole',
      'arn:aws:iam::620154271401:role/AmazonEKSAdminRole'
    ])
  })

  it('h14-068: Karpenter’s launch template cache is ec2:DescribeLaunchTemplates', () => {
    // heldout14 h14-068 (aws/karpenter-provider-aws#1377), the controller's panic.
    const { f } = one(corpusText('heldout14.jsonl', 'h14-068'))
    expect(f.inferredAction).toBe('ec2:DescribeLaunchTemplates')
  })

  // heldout15 review h15-055 (aws-quickstart/quickstart-clickhouse-cluster#39): ClickHouse's S3
  // source reading rows is an object GET; its table function's INSERT is an upload (own case).
  it('h15-055: ClickHouse reading through S3 is s3:GetObject, writing s3:PutObject', () => {
    const inferred = (text: string) => analyzeText(text).findings[0]!.inferredAction
    expect(inferred(corpusText('heldout15.jsonl', 'h15-055'))).toBe('s3:GetObject')
    expect(
      inferred(
        "INSERT INTO FUNCTION s3('https://reports-7.s3.eu-west-1.amazonaws.com/out/day.csv', 'CSV') SELECT * FROM t\nCode: 499. DB::Exception: Access Denied. (S3_ERROR)"
      )
    ).toBe('s3:PutObject')
  })

  // heldout15 review h15-096 (pet2cattle.com, a Karpenter controller's encoded refusal):
  // `with fleet error(s)` is CreateFleet's answer listing refused launches, RunInstances' checks.
  it('h15-096: Karpenter’s fleet errors are the launch, not the CreateFleet call', () => {
    const inferred = (text: string) => analyzeText(text).findings[0]!.inferredAction
    expect(inferred(corpusText('heldout15.jsonl', 'h15-096'))).toBe('ec2:RunInstances')
    expect(
      inferred(
        'ERROR controller.provisioning Provisioning failed, creating fleet, UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: QWxsb3dlZA'
      )
    ).toBe('ec2:CreateFleet')
  })

  it('h14-095: `Error saving state to "s3://…"` is s3:PutObject on that key', () => {
    // heldout14 h14-095 (an answer quoting both of Terraform's S3 backend errors).
    const { f, statements } = one(corpusText('heldout14.jsonl', 'h14-095'))
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(statements).toContainEqual([
      's3:PutObject',
      'arn:aws:s3:::my-terraform-state/terraform.tfstate'
    ])
  })

  it('h14-010: `terraform_remote_state … error loading the remote state` is s3:GetObject', () => {
    // heldout14 h14-010 (hashicorp/terraform#17366), Terraform 0.11's refresh.
    expect(one(corpusText('heldout14.jsonl', 'h14-010')).f.inferredAction).toBe('s3:GetObject')
  })

  it('h14-009: the state bucket Terragrunt names is the Resource', () => {
    // heldout14 h14-009: terragrunt init with its bucket check.
    const { statements } = one(corpusText('heldout14.jsonl', 'h14-009'))
    expect(statements.map((s) => s[1])).toEqual(['arn:aws:s3:::domain-terraform-dev'])
  })

  it.each([
    [
      // aws/karpenter-provider-aws#1614: the same phrase on a cancelled request, not a refusal.
      'Karpenter’s cache on a cancelled request',
      'Unable to hydrate the AWS launch template cache, RequestCanceled: request context canceled'
    ],
    [
      // Our own counter-case: a token error that is not AWS's refusal.
      'a token error without AccessDenied',
      'could not get token: NoCredentialProviders: no valid providers in chain'
    ]
  ])('counter-case: no denial for %s', (_n, text) => {
    expect(analyzeText(text).findings.filter((f) => f.kind === 'denial')).toEqual([])
  })

  it('counter-case: `Failed to save state` with no S3 in sight names no S3 action', () => {
    // Our own counter-case: another backend's save error (the words alone name no service).
    expect(
      contextAction(logContext('Error: Failed to save state', ''), null, false)?.value
    ).not.toBe('s3:PutObject')
  })
})

describe('Steampipe’s `aws_<service>_<resource>` tables name the listing (heldout14 review, h14-020)', () => {
  it.each([
    // heldout14 h14-020 (turbot/steampipe-plugin-aws#1123), as printed.
    ['h14-020', corpusText('heldout14.jsonl', 'h14-020'), 'backup:ListFrameworks'],
    [
      // turbot/steampipe-plugin-aws#1156: the vault table's list calls refused (first two kept).
      'steampipe-plugin-aws#1156',
      "> select * from aws_backup_vault where name = 'aws/efs/automatic-backup-vault'\nError: 16 list calls returned errors:\n AccessDeniedException: \n\tstatus code: 403, request id: 9749bc01-35a5-48da-8267-1fa052455433\nAccessDeniedException: \n\tstatus code: 403, request id: c28d33a5-8023-4f16-9a6a-b15020eea5ce",
      'backup:ListBackupVaults'
    ]
  ])('%s → %s', (_n, text, action) => {
    const [f] = analyzeText(text).findings.filter((x) => x.kind === 'denial')
    expect(f?.inferredAction).toBe(action)
    expect(f?.explanation).not.toMatch(/does not name the service/)
  })

  it.each([
    // Our own counter-cases: a table word the service's API does not have, a non-AWS table.
    [
      'a table that maps to no action',
      '> select * from aws_backup_gizmo\nError: AccessDeniedException: \n\tstatus code: 403, request id: d7c11398-def0-4e7c-9e1a-d09b7175fe43 (SQLSTATE HV000)'
    ],
    [
      'a GCP table',
      '> select * from gcp_storage_bucket\nError: AccessDeniedException: \n\tstatus code: 403, request id: d7c11398-def0-4e7c-9e1a-d09b7175fe43 (SQLSTATE HV000)'
    ]
  ])('counter-case: no action from %s', (_n, text) => {
    const [f] = analyzeText(text).findings.filter((x) => x.kind === 'denial')
    expect(f?.inferredAction ?? null).toBeNull()
  })
})

describe("DuckDB's httpfs read of an s3:// URL (heldout15 review h15-057)", () => {
  it('h15-057 (duckdb/dbt-duckdb#14): s3:GetObject on the object the URL names', () => {
    const { f, statements } = analysedOne(corpusText('heldout15.jsonl', 'h15-057'))
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::test-dbt-duckdb/example.parquet']
    ])
  })

  it("own case: DuckDB's newer wording, a HEAD of the object", () => {
    expect(
      contextAction(
        logContext(
          "HTTP Error: HTTP HEAD error on 's3://lake/raw/events.parquet' (HTTP 403)",
          '',
          ''
        ),
        's3',
        false
      )?.value
    ).toBe('s3:GetObject')
  })

  it('own counter-case: a 404 is no refused read', () => {
    expect(
      contextAction(
        logContext(
          'Unable to connect to URL "s3://lake/raw/events.parquet": 404 (Not Found)',
          '',
          ''
        ),
        's3',
        false
      )?.value
    ).not.toBe('s3:GetObject')
  })
})
