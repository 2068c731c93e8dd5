// heldout27's expert review and the unseen-logs check u29 (issue 17, session 28): each class the
// review found, from its real excerpt, with an own counter-case.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

const h27 = (id: string) => corpusText('heldout27.jsonl', id)

// terraform-aws-modules/terraform-aws-eks#336 (the unseen-logs check's u29-006), as printed.
const U29_006 = `I0405 08:52:03.797003       1 factory.go:33] Event(v1.ObjectReference{Kind:"ConfigMap", Namespace:"kube-system", Name:"cluster-autoscaler-status", UID:"804a1081-577c-11e9-9ebc-0a29a76a11fa", APIVersion:"v1", ResourceVersion:"131545", FieldPath:""}): type: 'Warning' reason: 'FailedToScaleUpGroup' Scale-up failed for group rtl-di-eks-cluster-xxxxxxxxxx: AccessDenied: User: arn:aws:sts::12345678912345:assumed-role/rtl-di-eks-cluster234567000000000001233/i-0d324j234h432423 is not authorized to perform: autoscaling:SetDesiredCapacity on resource: arn:aws:autoscaling:eu-west-1:12345678912345:autoScalingGroup:ed18a399-af83-4451-aa7d-cbd87525b536:autoScalingGroupName/rtl-di-eks-cluster-xxxxxxxxxx
\tstatus code: 403, request id: 15614fdc-5780-11e9-a067-1b91a3898bb6`

describe("Cluster Autoscaler's node groups", () => {
  it("u29-006: scale-up and scale-down together, the group by name with any ID, and the reads the pod's new role needs", () => {
    const { statements } = analysedOne(U29_006)
    // A pod on its node's role moves to a role of its own, which needs the documented reads too.
    expect(statements[0]!.Resource).toBe('*')
    expect(statements[0]!.Action).toEqual(
      expect.arrayContaining(['autoscaling:DescribeAutoScalingGroups', 'ec2:DescribeInstanceTypes'])
    )
    expect(statements.slice(1)).toEqual([
      expect.objectContaining({
        Action: [
          'autoscaling:SetDesiredCapacity',
          'autoscaling:TerminateInstanceInAutoScalingGroup'
        ],
        Resource:
          'arn:aws:autoscaling:eu-west-1:<ACCOUNT_ID>:autoScalingGroup:*:autoScalingGroupName/<AUTOSCALINGGROUPNAME_NAME>'
      })
    ])
  })

  it('counter-case: another caller of SetDesiredCapacity gets that action alone, and no reads', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the SetDesiredCapacity operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: autoscaling:SetDesiredCapacity on resource: arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:ed18a399-af83-4451-aa7d-cbd87525b536:autoScalingGroupName/web'
    )
    expect(statements.map((s) => s.Action)).toEqual(['autoscaling:SetDesiredCapacity'])
    expect(statements[0]!.Resource).toBe(
      'arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:*:autoScalingGroupName/web'
    )
  })
})

describe('a Region guardrail on a service served from us-east-1 only', () => {
  it('h27-002 (Cost Explorer under a Region SCP): exempt ce:*, never "run elsewhere"', () => {
    const { notes } = analysed(h27('h27-002'))
    const joined = notes.join('\n')
    expect(joined).toMatch(/Cost Explorer is served from us-east-1 only/)
    expect(joined).toMatch(/exempts `ce:\*`/)
  })

  it('counter-case: a Regional service keeps the "run in an allowed Region" advice', () => {
    const { notes } = analysed(
      'An error occurred (AccessDenied) when calling the RunInstances operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:ap-south-1:111122223333:instance/* with an explicit deny in a service control policy'
    )
    expect(notes.join('\n')).toMatch(/run in a Region the policy allows/)
  })
})

describe('a VPC endpoint policy that allows nothing for the call', () => {
  it("h27-030: the owner's statement written out, on the bucket's objects, and the command that applies it", () => {
    const { findings, notes } = analysed(h27('h27-030'))
    const joined = notes.join('\n')
    expect(joined).toContain('aws ec2 modify-vpc-endpoint --vpc-endpoint-id VPCE_ID')
    expect(joined).toContain('"Resource":"arn:aws:s3:::exercism-v3-attachments/*"')
    expect(joined).toContain('"AWS":"arn:aws:iam::681735686245:role/webserver-ecs"')
    expect(findings[0]!.deny).toBe('implicit')
  })
})

describe('a mask that ate one colon of a session ARN', () => {
  it("h27-024 (Crossplane): `arn:aws:sts:xxxxxxxx:assumed-role/NAME/…` keeps the caller's role name", () => {
    const { findings } = analyzeText(h27('h27-024'))
    const remedies = buildRemedies(findings)
    const text = JSON.stringify(remedies.map((r) => r.statements))
    expect(findings[0]!.fixTarget.description).toMatch(/role crossplane-source-account-role/)
    expect(text).toContain(':role/crossplane-source-account-role')
    expect(text).not.toContain('<PRINCIPAL_ARN>')
  })

  it('h27-024: two accounts masked unlike each other are two blanks, and the trusting role keeps its path in Terraform', () => {
    const { findings } = analyzeText(h27('h27-024'))
    const remedies = buildRemedies(findings)
    const trust = remedies.find((r) => r.target.kind === 'trust-policy')!
    const identity = remedies.find((r) => r.target.kind === 'identity-policy')!
    expect(JSON.stringify(trust.statements)).toContain(
      'arn:aws:iam::<CALLER_ACCOUNT_ID>:role/crossplane-source-account-role'
    )
    expect(identity.statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::<ACCOUNT_ID>:role/service-catalog/module/sqs-iam-role'
    ])
    expect(trust.renderings.terraform).toMatch(
      /name\s+= "sqs-iam-role"\n#\s+path\s+= "\/service-catalog\/module\/"/
    )
  })

  it('counter-case: one mask on both sides stays one blank, and a role without a path gets no path line', () => {
    const { findings } = analyzeText(
      'api error AccessDenied: User: arn:aws:sts::xxxxxxxx:assumed-role/source/s1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::xxxxxxxx:role/target'
    )
    const remedies = buildRemedies(findings)
    const all = JSON.stringify(remedies.map((r) => r.statements))
    expect(all).not.toContain('CALLER_ACCOUNT_ID')
    expect(all).toContain('arn:aws:iam::<ACCOUNT_ID>:role/source')
    const trust = remedies.find((r) => r.target.kind === 'trust-policy')!
    expect(trust.renderings.terraform).not.toMatch(/\bpath\s+=/)
  })
})

describe("a writer's word where the name goes", () => {
  it("h27-003 (QuickSight embedding): `user/default/username` is the user's placeholder, like the `region` beside it", () => {
    const { statements, notes } = analysedOne(h27('h27-003'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:quicksight:<REGION>:<ACCOUNT_ID>:user/default/<USER_NAME>'
    ])
    expect(notes).toMatch(/the log's `username` is a writer's stand-in/)
  })

  it('counter-case: a real name that holds the word keeps it', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/embed/fn is not authorized to perform: quicksight:GetAuthCode on resource: arn:aws:quicksight:us-east-1:111122223333:user/default/username-sync-bot'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:quicksight:us-east-1:111122223333:user/default/username-sync-bot'
    ])
  })
})
