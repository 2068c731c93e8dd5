// heldout33's expert review (issue 17, session 33): classes the review found that this round fixed,
// from their real excerpts, with counter-cases of our own. The lab's owner (h33-023, h33-027) is in
// __tests__/diagnose/traps/awsAcademyLab.test.ts, the key ID that is a variable's name (h33-017)
// in __tests__/diagnose/variableNameKey.test.ts, the plain-HTTP command (h31-021) in
// guardrailsFitted.test.ts.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h33 = (id: string) => corpusText('heldout33.jsonl', id)
const push = (method: string, path: string) =>
  `ERROR: failed to solve: failed to push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1: unexpected status from ${method} request to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/${path}: 403 Forbidden`

describe("a registry request's path names ECR's call", () => {
  it("h33-003 (medic/cht-core#9685): BuildKit's HEAD of a layer blob is BatchCheckLayerAvailability, the push set on the repository", () => {
    const { f, statements } = analysedOne(h33('h33-003'))
    expect(f.inferredAction).toBe('ecr:BatchCheckLayerAvailability')
    expect(statements).toEqual([
      expect.objectContaining({
        Action: [
          'ecr:BatchCheckLayerAvailability',
          'ecr:BatchGetImage',
          'ecr:CompleteLayerUpload',
          'ecr:InitiateLayerUpload',
          'ecr:PutImage',
          'ecr:UploadLayerPart'
        ],
        Resource: 'arn:aws:ecr:eu-west-2:720541322708:repository/medic/cht-couchdb-nouveau'
      })
    ])
  })

  it.each([
    ['POST', 'blobs/uploads/', 'ecr:InitiateLayerUpload'],
    ['PUT', 'manifests/1', 'ecr:PutImage'],
    ['HEAD', 'manifests/1', 'ecr:BatchGetImage']
  ])('own: %s …/v2/app/%s is %s', (method, path, action) => {
    expect(analysedOne(push(method, path)).f.inferredAction).toBe(action)
  })

  it('own: the same path on another registry names no ECR call', () => {
    const { f } = analysedOne(
      push('HEAD', 'blobs/sha256:268db4a4b80f').replace(
        /123456789012\.dkr\.ecr\.us-east-1\.amazonaws\.com/g,
        'registry.example.com'
      ) + '\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.inferredAction).not.toMatch(/^ecr:/)
  })
})

describe("an IRSA token's refusal and what can cause it", () => {
  it('h33-015 (grafana/grafana#95577): the annotation names another role; without one STS is never asked', () => {
    const { f } = analysedOne(h33('h33-015'))
    expect(f.explanation).toContain(
      "the service account's `eks.amazonaws.com/role-arn` annotation names another role than the one meant"
    )
    expect(f.explanation).not.toMatch(/lacks the `eks\.amazonaws\.com\/role-arn` annotation/)
    // An RCP can refuse a role's assumption too (expert review of h33-030).
    expect(f.explanation).toContain("an organization's resource control policy may refuse it too")
  })
})

describe('an IAM key pair given to a registry login', () => {
  it('h33-008 (whoan/docker-build-with-cache-action#15): the secret key as the password leads', () => {
    const { f } = analysedOne(h33('h33-008'))
    expect(f.inferred?.signals?.['iam-keys-as-registry-login']?.value).toBe('secret-key')
    expect(f.explanation).toMatch(
      /^The registry login is given the IAM access key pair as user name and password/
    )
  })

  it('own: docker/login-action exchanges the keys for the token itself: no such lead', () => {
    const { f } = analysedOne(
      'Error response from daemon: login attempt to https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/ failed with status: 401 Unauthorized\n    - uses: docker/login-action@v3\n      with:\n        registry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com\n        username: ${{ secrets.AWS_ACCESS_KEY_ID }}\n        password: ${{ secrets.AWS_SECRET_ACCESS_KEY }}'
    )
    expect(f.inferred?.signals?.['iam-keys-as-registry-login']).toBeUndefined()
    expect(f.explanation).not.toMatch(/IAM access key pair as user name/)
  })
})

describe('a launch printed whole, passing no role', () => {
  const launch = (flags: string) =>
    `$ aws ec2 run-instances --image-id ami-0abcdef1234567890 --count 1 --instance-type t3.micro${flags}\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${'Ab1_-'.repeat(60)}`

  it('h33-023: a Learner Lab launch with no instance profile, tags or volumes: no PassRole, CreateTags or KMS', () => {
    const { f } = analysedOne(h33('h33-023'))
    expect(f.inferred?.signals?.['plain-launch']?.value).toBe('plain')
    expect(f.traps).not.toContain('iam-passrole')
    expect(f.explanation).not.toMatch(/iam:PassRole|CreateTags|kms:/)
  })

  it.each([
    [' --iam-instance-profile Name=app', true],
    [' --tag-specifications ResourceType=instance,Tags=[{Key=a,Value=b}]', true],
    ['', false]
  ])('own: run-instances%s → PassRole trap %s', (flags, passRole) => {
    const { f } = analysedOne(launch(flags))
    expect(f.traps.includes('iam-passrole')).toBe(passRole)
  })
})

describe('a task of the AWS Toolkit for Azure DevOps without credentials', () => {
  it.each([
    ['h33-001 (aws/aws-toolkit-azure-devops#248, a Windows agent)', h33('h33-001')],
    [
      'h20-044 (aws/aws-toolkit-azure-devops#591, a hosted Linux agent)',
      corpusText('heldout20.jsonl', 'h20-044')
    ]
  ])('%s: the task’s AWS service connection leads', (_title, text) => {
    const { f } = analysedOne(text)
    expect(f.inferred?.signals?.['azure-devops-aws-task']?.value).toBe(
      'CloudFormationCreateOrUpdateStack'
    )
    expect(f.explanation).toMatch(
      /^This ran in the Azure Pipelines task `CloudFormationCreateOrUpdateStack` of the AWS Toolkit for Azure DevOps/
    )
  })

  it('own: an agent folder of another task is no sign', () => {
    const { f } = analysedOne(
      "Error: 'Missing credentials in config'\n    at run (/home/vsts/work/_tasks/Bash_6c731c3c-3c68-459a-a5c9-bde6e6595b5b/3.227.0/bash.js:1:1)"
    )
    expect(f.inferred?.signals?.['azure-devops-aws-task']).toBeUndefined()
  })
})
