// The expert review of heldout161–164 (session 54, issue 17; docs/reviews/2026-12-07-heldout161.md):
// a path a List call names, a masked user, session tags outside GitHub, a stale Pod Identity token,
// IAM's answer to a session without MFA, AWS's own sample bucket and a masked KMS key; each with a
// counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { grantsOf as grants } from '../support/grants.js'
import { heldoutText as h } from '../support/recallCase.js'

const one = (text: string) => analyzeText(text).findings[0]!

describe('a path, not an unset name', () => {
  it.each([
    // `aws ssm get-parameters-by-path --path "/"`: the root path's ARN
    ['h161-016', 'ssm:GetParametersByPath', 'arn:aws:ssm:us-west-2:332173347248:parameter/*'],
    // iam:ListUsers on the root path prefix
    ['h162-066', 'iam:ListUsers', '*']
  ])('%s: %s is granted, no unset-name trap', (id, action, resource) => {
    expect(one(h(id)).traps).not.toContain('unset-name-in-arn')
    expect(grants(h(id))[action]).toEqual([resource])
  })

  it('counter-case: a Describe call on `stream/` is still an empty name', () => {
    const f = one(
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: kinesis:DescribeStream on resource: arn:aws:kinesis:us-east-1:111122223333:stream/'
    )
    expect(f.traps).toContain('unset-name-in-arn')
  })
})

describe("a writer's masks never pasted", () => {
  it('h161-075: a user masked as `---` is a placeholder in every rendering', () => {
    const md = renderMarkdown(
      withRemedies(analyzeText(h('h161-075') + '\n', 'x.log'), undefined, () => {})
    )
    expect(md).toContain('<CALLER_USER_NAME>')
    expect(md).not.toMatch(/user\s+=\s+"---"|--user-name '---'|fromUserName\([^)]*'---'/)
  })

  it('h162-022: a masked KMS key gets no key-policy block with `REDACTED` in it', () => {
    const md = renderMarkdown(
      withRemedies(analyzeText(h('h162-022') + '\n', 'x.log'), undefined, () => {})
    )
    expect(md).not.toMatch(/key_id = "arn:aws:kms:REDACTED"|--key-id 'arn:aws:kms:REDACTED'/)
  })
})

describe('credentials, where the log says more than the code', () => {
  it('h161-023 (Terraform under GitLab): session tags come from the token, no GitHub input', () => {
    const f = one(h('h161-023'))
    expect(f.explanation).not.toContain('role-skip-session-tagging')
    expect(f.explanation).toContain('https://aws.amazon.com/tags')
  })

  it("counter-case: on GitHub the Action's input stays the fix", () => {
    const f = one(
      'Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: Unable to validate tags'
    )
    expect(f.explanation).toContain('role-skip-session-tagging')
  })

  it("h161-033: STS's expiry through the Pod Identity agent is the pod's stale token", () => {
    const f = one(h('h161-033'))
    expect(f.detail.cause).toBe('pod-identity-token-expired')
    expect(f.explanation).toMatch(/AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE/)
  })

  it.each(['h161-051', 'h161-060'])(
    '%s: IAM refusing a key names the GetSessionToken session too',
    (id) => {
      expect(one(h(id)).explanation).toMatch(/session from GetSessionToken without MFA/)
    }
  )

  it('counter-case: an S3 call refused so names no IAM session', () => {
    const f = one(
      'An error occurred (InvalidClientTokenId) when calling the ListBuckets operation: The security token included in the request is invalid'
    )
    expect(f.explanation).not.toMatch(/GetSessionToken/)
  })
})

describe("AWS's own sample bucket", () => {
  it("h164-035: the Redshift Spectrum blog's datasets are AWS's, no Allow of the caller's", () => {
    const f = one(h('h164-035'))
    expect(f.traps).toContain('another-party-bucket')
  })
})

describe('the steps that come next', () => {
  it('h161-078: DescribeCluster for the kubeconfig, then an access entry inside the cluster', () => {
    const f = one(h('h161-078'))
    expect(f.traps).toContain('checked-next')
    expect(f.explanation).toMatch(/aws eks create-access-entry/)
  })
})

describe('the steps that come next, counter-case', () => {
  it('an explicit deny on DescribeCluster says nothing of access entries', () => {
    const f = one(
      'AccessDeniedException: User: arn:aws:iam::111122223333:user/u is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-east-1:111122223333:cluster/c with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain('checked-next')
  })
})

describe('the RDS Data API reads the secret it is given', () => {
  it('h165-021: ExecuteStatement refused says the secret is read next', () => {
    const f = analyzeText(h('h165-021')).findings.find(
      (x) => x.action === 'rds-data:ExecuteStatement'
    )!
    expect(f.traps).toContain('checked-next')
    expect(f.explanation).toMatch(/secretsmanager:GetSecretValue` on that secret/)
  })

  it('counter-case: a Data API call refused by an explicit deny names no next step', () => {
    const f = one(
      'AccessDeniedException: User: arn:aws:iam::111122223333:user/u is not authorized to perform: rds-data:ExecuteStatement on resource: arn:aws:rds:us-east-1:111122223333:cluster:db with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain('checked-next')
  })
})

// Session 55: the reviews' "wrong" findings still open after session 54.
describe('what the client was, before any policy', () => {
  it('h163-025: an expired token behind a pre-signed URL is the signer’s session, not the job’s', () => {
    const f = one(h('h163-025'))
    expect(f.inferred?.signals?.['presigned-signer-session']).toBeDefined()
    expect(f.explanation).toMatch(/^The refused request used a pre-signed URL/)
    expect(f.explanation).toContain('caps `Expires` at 7 days')
  })

  it('counter-case: an expired token with no pre-signed URL in sight says nothing of one', () => {
    const f = one(
      'An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.'
    )
    expect(f.inferred?.signals?.['presigned-signer-session']).toBeUndefined()
  })

  it("h165-045: Logstash's plain output cannot sign: the domain saw an anonymous caller", () => {
    const f = one(h('h165-045'))
    expect(f.traps).toContain('opensearch-anonymous')
    expect(f.explanation).toMatch(/^The request came from Logstash's `elasticsearch` output/)
    const md = renderMarkdown(
      withRemedies(analyzeText(h('h165-045') + '\n', 'x.log'), undefined, () => {})
    )
    expect(md).toContain("Logstash's `elasticsearch` output")
    expect(md).not.toContain('Start with the identity policy')
  })

  it('counter-case: Logstash against a self-hosted cluster is no AWS domain', () => {
    const text =
      '[2019-10-11T00:24:20,914][WARN ][logstash.outputs.elasticsearch] Attempted to resurrect connection to dead ES instance, but got an error. {:url=>"https://es.internal:9200/", :error=>"Got response code \'403\' contacting Elasticsearch at URL \'https://es.internal:9200/\'"}'
    for (const f of analyzeText(text).findings)
      expect(f.traps).not.toContain('opensearch-anonymous')
  })
})

describe('a refusal CloudFormation worked around', () => {
  it('h165-061: a tagging refusal retried without tags is a warning, the grant scoped to the stacks', () => {
    const f = one(h('h165-061'))
    expect(f.action).toBe('iam:TagRole')
    expect(f.inferred?.signals?.['tags-retried']).toBeDefined()
    expect(f.explanation).toMatch(/^CloudFormation retried the call without its tags/)
    expect(f.explanation).toContain('If the tags do not matter, nothing has to change.')
  })

  it('counter-case: a refused TagRole with no retry is the stack failing', () => {
    const f = one(
      'Resource handler returned message: "User: arn:aws:sts::111122223333:assumed-role/cfn/s is not authorized to perform: iam:TagRole on resource: arn:aws:iam::111122223333:role/app because no identity-based policy allows the iam:TagRole action (Service: Iam, Status Code: 403, Request ID: 1)"'
    )
    expect(f.inferred?.signals?.['tags-retried']).toBeUndefined()
  })
})

describe('a secret the log does not name', () => {
  it('h165-036: the placeholder keeps the six characters Secrets Manager adds', () => {
    expect(grants(h('h165-036'))).toEqual({
      'secretsmanager:GetSecretValue': [
        'arn:aws:secretsmanager:<REGION>:<ACCOUNT_ID>:secret:<SECRET_NAME>-??????'
      ]
    })
  })
})

describe("a desktop tool's own sign-in", () => {
  it('h161-066 (Noovolari/leapp#275): Leapp keeps its own Identity Center sign-in', () => {
    const f = one(h('h161-066'))
    expect(f.inferred?.signals?.['leapp-session']).toBeDefined()
    expect(f.explanation).toMatch(/^This ran in Leapp/)
    const md = renderMarkdown(
      withRemedies(analyzeText(h('h161-066') + '\n', 'x.log'), undefined, () => {})
    )
    expect(md).not.toContain('Run `aws sso login --profile PROFILE`')
  })

  it('counter-case: the CLI’s own expired SSO session names no Leapp', () => {
    const f = one('Error when retrieving token from sso: Token has expired and refresh failed')
    expect(f.inferred?.signals?.['leapp-session']).toBeUndefined()
  })
})

describe('the steps that come next, session 55', () => {
  it.each([
    // the registry token before a CodeBuild push
    [
      'h167-022',
      'ecr:GetAuthorizationToken',
      /each pull or push after it is authorized on its repository/
    ],
    // a SAM deploy's first call
    [
      'h167-024',
      'cloudformation:CreateStack',
      /`CreateChangeSet`, `DescribeChangeSet`, `ExecuteChangeSet`/
    ],
    // the .NET high-level API's preflight
    ['h162-053', 'dynamodb:DescribeTable', /the reads and writes the code makes next/]
  ])('%s: %s says what is checked next', (id, action, words) => {
    const f = one(h(id))
    expect(f.action ?? f.inferredAction).toBe(action)
    expect(f.traps).toContain('checked-next')
    expect(f.explanation).toMatch(words)
  })

  it("h166-044: an agent's memory is written and read back on the same memory", () => {
    const g = grants(h('h166-044'))
    expect(Object.keys(g).sort()).toEqual([
      'bedrock-agentcore:CreateEvent',
      'bedrock-agentcore:GetEvent',
      'bedrock-agentcore:ListEvents'
    ])
  })

  it('counter-case: an explicit deny on GetAuthorizationToken names no next step', () => {
    const f = one(
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: ecr:GetAuthorizationToken on resource: * with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain('checked-next')
  })
})

// The heldout168–170 review (session 55, docs/reviews/2026-12-07-heldout168.md).
describe('the heldout168–170 review', () => {
  it("h169-036 (boto/botocore#3353): Greengrass's token exchange service, not ECS", () => {
    const f = one(h('h169-036'))
    expect(f.detail.cause).toBe('greengrass-token-exchange')
    expect(f.title).toBe("Greengrass's token exchange service gave the component no credentials")
    expect(f.explanation).toContain('aws.greengrass.TokenExchangeService')
    expect(f.explanation).not.toContain('taskRoleArn')
  })

  it('h169-037 (aws/aws-for-fluent-bit#948): fluent-bit refusing the token exchange URI', () => {
    expect(one(h('h169-037')).detail.cause).toBe('greengrass-token-exchange')
  })

  it('counter-case: the ECS agent’s endpoint is still the task role', () => {
    const f = one(
      'botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response (404) from container metadata: Credentials not found'
    )
    expect(f.detail.cause).toBe('container-credentials')
  })

  it('h170-074: the writer names a stray space before the access key', () => {
    const f = one(h('h170-074'))
    expect(f.inferred?.signals?.['key-whitespace']).toBeDefined()
    expect(f.explanation).toMatch(/^The text says the key or secret held stray whitespace/)
  })

  it('counter-case: a space elsewhere in the text says nothing of the key', () => {
    const f = one(
      'Removed a space from the README.\nAn error occurred (IncompleteSignature) when calling the CreateInvalidation operation'
    )
    expect(f.inferred?.signals?.['key-whitespace']).toBeUndefined()
  })
})

describe("another account's requester-pays bucket", () => {
  it('h169-007 (nwestfall/lambda-github-runner#1): the printed command pays as requester: no grant of ours', () => {
    const f = one(h('h169-007'))
    expect(f.traps).toContain('another-party-bucket')
    expect(grants(h('h169-007'))).toEqual({})
  })

  it('counter-case: `--request-payer requester` pays: the caller’s own policy decides', () => {
    const f = one(
      'aws s3api get-object --bucket their-dataset --key a.csv --request-payer requester a.csv\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(f.traps).not.toContain('another-party-bucket')
  })

  it('counter-case: a plain get-object from a bucket of the job’s own keeps the caller’s grant', () => {
    const f = one(
      "Error running command 'aws s3api get-object --bucket my-artifacts --key app.zip app.zip': exit status 254. Output:\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied"
    )
    expect(f.traps).not.toContain('another-party-bucket')
  })
})
