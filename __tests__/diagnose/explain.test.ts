// Titles and explanations that matter to a reader, through the real pipeline.
// Corpus ids refer to corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with sources).
import { corpus, findingsOf, only } from './analyze.js'
import { corpusText } from '../support/corpusRecords.js'

/** The first finding of a heldout10 case. */
const corpus10 = (id: string) => findingsOf(corpusText('heldout10.jsonl', id))[0]!

// Wording that proposes granting something.
const PROPOSES_ALLOW =
  /\badd (?:an? )?allow|must (?:also )?allow|needs? `[a-z0-9-]+:|allow `[a-z0-9-]+:|"Resource": "\*"/i

describe('explicit denies', () => {
  it.each(['d141', 'd139', 'd021', 'd022', 'd016', 'd052', 'd010', 'd014', 'd035'])(
    '%s never proposes an Allow',
    (id) => {
      const f = corpus(id)
      expect(f.deny).toBe('explicit')
      expect(f.explanation).not.toMatch(PROPOSES_ALLOW)
    }
  )

  // Not d141 any more: its caller is AWS Academy's lab role, whose Deny nobody in the lab may
  // narrow (__tests__/diagnose/traps/awsAcademyLab.test.ts).
  it('says no Allow can override an identity-policy Deny and names the policy (corpus d139)', () => {
    const f = corpus('d139')
    expect(f.title).toBe(
      'bedrock:InvokeModelWithResponseStream denied for user brclient: explicit deny in an identity-based policy'
    )
    expect(f.explanation).toContain('No Allow anywhere can override it')
    expect(f.explanation).toContain(
      'The denying policy is arn:aws:iam::****:policy/DenyBedrockAccess.'
    )
  })

  it('names the policy with its name when the message prints both (aws-denials.md §1.3 form)', () => {
    const f = only(
      'User: arn:aws:iam::055677744286:user/student is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:055677744286:instance/* with an explicit deny in an identity-based policy: arn:aws:iam::055677744286:policy/Pvoclabs2 (Pvoclabs2).'
    )
    expect(f.explanation).toContain(
      'The denying policy is arn:aws:iam::055677744286:policy/Pvoclabs2 (Pvoclabs2).'
    )
  })
})

describe('organization policies', () => {
  it('an SCP denial is a request to the organization administrators (corpus d033)', () => {
    const f = corpus('d033')
    expect(f.title).toMatch(/explicit deny in a service control policy$/)
    expect(f.explanation).toContain('Nothing inside the account can change that')
    expect(f.explanation).toContain("owned by your AWS Organization's administrators")
  })

  it('an SSO caller denied by an SCP is not told to change its permission set (corpus d033)', () => {
    const f = corpus('d033')
    expect(f.traps).not.toContain('sso-permission-set')
    expect(f.explanation).not.toContain('change the permission set')
  })

  it('does not tell an SCP-denied cross-account caller that both sides must allow (corpus d017)', () => {
    const f = corpus('d017')
    expect(f.crossAccount).toBe(true)
    expect(f.explanation).not.toContain('both sides must allow')
  })
})

describe('assumed-role sessions', () => {
  it('say that the role path is unknown and how to find it (corpus d005)', () => {
    const f = corpus('d005')
    expect(f.explanation).toContain(
      "The session's role ARN is shown without its path (arn:aws:iam::123456789012:role/cm-hirai.yuji); use `aws iam get-role --role-name cm-hirai.yuji` for the exact ARN."
    )
  })

  it('an IAM user does not get the path note (corpus d007 shape)', () => {
    const f = only(
      'User: arn:aws:iam::123456789012:user/cm-hirai.yuji is not authorized to perform: rds:DescribeDBInstances on resource: arn:aws:rds:ap-northeast-1:123456789012:db:* because no identity-based policy allows the rds:DescribeDBInstances action'
    )
    expect(f.fixTarget.rolePathUnknown).toBe(false)
    expect(f.explanation).not.toContain('without its path')
  })
})

describe('cross-account', () => {
  it('says both sides must allow an implicit cross-account denial', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:444455556666:alerts because no resource-based policy allows the sns:Publish action'
    )
    expect(f.crossAccount).toBe(true)
    expect(f.explanation).toContain('both sides must allow the request')
  })
})

describe('the compromised-key quarantine (corpus d142)', () => {
  it('does not tell the user to remove the Deny, and says to rotate the key', () => {
    const f = corpus('d142')
    expect(f.title).toBe('Access key quarantined by AWS: ec2:RunInstances denied for user Anup')
    expect(f.explanation).not.toMatch(/Deny must be narrowed or removed/)
    expect(f.explanation).toMatch(/Do not detach the policy/)
    expect(f.explanation).toMatch(/rotate and delete the exposed key/)
  })
})

describe('messages without a sentence', () => {
  it('a bare S3 code is an s3 request, with no stray article', () => {
    const f = only(
      'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 21722BC29BCED4A8)'
    )
    expect(f.title).toBe('s3 request denied (AccessDenied)')
  })

  it('the KMS ciphertext message says what KMS means (corpus d051)', () => {
    const f = corpus('d051')
    expect(f.explanation).toMatch(
      /^KMS would not use the key: it does not exist, is in another Region/
    )
    expect(f.explanation).not.toContain('without saying who, what or why')
  })
})

describe('inferred actions', () => {
  it('infers the action behind an operation, marked inferred, without touching the stated field', () => {
    const f = only(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    )
    expect(f.action).toBeNull()
    expect(f.operation).toBe('ListObjectsV2')
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(f.confidence).toBe('inferred')
  })

  it('leaves inferredAction null when the message states the action', () => {
    const f = corpus('d005')
    expect(f.inferredAction).toBeNull()
    expect(f.confidence).toBe('stated')
  })

  it('does not guess from an operation no service owns', () => {
    expect(corpus('d051').inferredAction).toBeNull()
  })
})

describe('OIDC web identity refusals', () => {
  it('say the trust policy decides, not that the policy type is unknown', async () => {
    const { analyzeText } = await import('../../src/engine/Analysis.js')
    // corpus d025: https://github.com/aws-actions/configure-aws-credentials/issues/961
    const [f] = analyzeText(
      'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity\n'
    ).findings
    expect(f!.explanation).toMatch(/^STS refused to exchange the job's GitHub OIDC token/)
    expect(f!.explanation).not.toContain('does not say which kind of policy')
  })
})

describe('a refusal without its reason phrase, for a service with no resource policy', () => {
  it('h10-105 (aws/aws-cdk#9912): a stack has no resource policy to blame', () => {
    const f = corpus10('h10-105')
    expect(f.explanation).toContain('cloudformation resources have no resource-based policy')
    expect(f.explanation).not.toMatch(/its resource policy must allow/)
  })

  it('h10-088 (aws-solutions/aws-waf-security-automations#33): nor does iam:CreateRole', () => {
    const f = corpus10('h10-088')
    expect(f.explanation).toContain('iam resources have no resource-based policy')
    expect(f.explanation).not.toMatch(/its resource policy must allow/)
  })

  it('counter-case: an SNS topic still may be the other side', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:alerts'
    )
    expect(f.explanation).toMatch(/its resource policy must allow the caller too/)
  })
})

describe('refusals whose message says why (issue 17)', () => {
  // dstackai/dstack#1618 (botocore) and kubernetes/kops#16475 (Karpenter, Go), as printed.
  it.each([
    'Got botocore.exceptions.ClientError: An error occurred (AuthFailure.ServiceLinkedRoleCreationNotPermitted) when calling the RunInstances operation: The provided credentials do not have permission to create the service-linked role for EC2 Spot Instances. ',
    '"error": "launching machine, creating instance, with fleet error(s), AuthFailure.ServiceLinkedRoleCreationNotPermitted: The provided credentials do not have permission to create the service-linked role for EC2 Spot Instances."}'
  ])(
    'says EC2 could not create the service-linked role, never "without saying why": %s',
    (text) => {
      const f = only(text)
      expect(f.title).toContain('EC2 could not create the service-linked role')
      expect(f.explanation).toMatch(/^EC2 says why: .*iam:CreateServiceLinkedRole/)
      expect(f.explanation).not.toMatch(/without saying|names no action/)
    }
  )

  it('says the same for the karpenter.sh troubleshooting page (heldout14 h14-142)', () => {
    const f = findingsOf(corpusText('heldout14.jsonl', 'h14-142'))[0]!
    expect(f.explanation).toMatch(/^EC2 says why/)
  })

  it('names both StackSets roles and the fix (heldout14 h14-159, repost.aws)', () => {
    const f = findingsOf(corpusText('heldout14.jsonl', 'h14-159'))[0]!
    expect(f.title).toContain('StackSets could not assume the execution role')
    expect(f.explanation).toContain(
      'execution role AWSCloudFormationStackSetExecutionRole in the target account'
    )
    expect(f.explanation).toContain(
      "administrator account's role AWSCloudFormationStackSetAdministrationRole"
    )
    expect(f.explanation).toContain('service-managed permissions')
    expect(f.explanation).not.toMatch(/without saying/)
  })

  it("names Control Tower's own role pair, account masked (aws-solutions/aws-control-tower-customizations#109)", () => {
    const f = only(
      "Account *** should have 'AWSControlTowerExecution' role with trust relationship to Role 'service-role/AWSControlTowerStackSetRole'."
    )
    expect(f.explanation).toContain('execution role AWSControlTowerExecution')
    expect(f.explanation).toContain('role service-role/AWSControlTowerStackSetRole')
  })

  it('reads no refusal from look-alikes: a code in a list, a role sentence without the trust clause', () => {
    expect(
      findingsOf(
        "RETRYABLE = ['AuthFailure.ServiceLinkedRoleCreationNotPermitted', 'InsufficientInstanceCapacity']\nAccount 111111111111 should have 'AWSCloudFormationStackSetExecutionRole' role deployed first."
      )
    ).toEqual([])
  })
})
