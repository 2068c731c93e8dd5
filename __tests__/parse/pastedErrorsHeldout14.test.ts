// heldout14's pasted errors read where they are printed (issue 10, session 16): a quote after a
// run's lead-in, a placeholder role, a code before a writer's short sentence, and the service
// named by the text around a bare code. Sources in the titles; `own` cases are ours.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.code, f.action, f.service])
}

const OIDC = [['denial', null, 'sts:AssumeRoleWithWebIdentity', 'sts']]

describe('a quote after a lead-in telling of a failed run is that run’s error', () => {
  it('h14-038 (aws-actions/configure-aws-credentials#900): `started failing … with the following error:` above a code span', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-038'))).toEqual(OIDC)
  })

  it('own: `broke … with this error:` before a double-quoted message on the same line', () => {
    expect(
      fields(
        'Since the upgrade the deploy job broke with this error: "Not authorized to perform sts:AssumeRoleWithWebIdentity"'
      )
    ).toEqual(OIDC)
  })

  it.each([
    // A failure that did not happen.
    'A misconfigured trust policy would have failed with the following error: `Not authorized to perform sts:AssumeRoleWithWebIdentity`',
    // The failing verb far from the lead-in's colon: a sentence about the error, not one run's.
    'The build failed. Check the trust policy when you see the following error: `Not authorized to perform sts:AssumeRoleWithWebIdentity`'
  ])('own, silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('CloudFormation’s role it cannot assume, its ARN a writer’s placeholder', () => {
  it('h14-158 (repost.aws cloudformation-role-arn-error): `I receive the following error: "Role [role_arn] is invalid or cannot be assumed”`', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-158'))).toEqual([['denial', null, null, null]])
  })

  it('own: an angle-bracket placeholder after a lead-in', () => {
    expect(
      fields('The stack update fails with: Role <stack-role-arn> is invalid or cannot be assumed')
    ).toEqual([['denial', null, null, null]])
  })

  it.each([
    // A title asking about the error (h14-158's own first line, alone).
    'How do I resolve the "Role [role_arn] is invalid or cannot be assumed" error when I update or delete a CloudFormation stack?',
    // Not a placeholder: prose words in brackets run past the slot.
    'Role [the role you passed to the stack, or its ARN as printed] is invalid or cannot be assumed'
  ])('own, silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a refusal code before a short sentence is the message as relayed', () => {
  it('h14-137 (tech-reader.blog, Lambda): `AccessDeniedException: User is not authorized to perform lambda:InvokeFunction` takes its action', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-137'))).toEqual([
      ['denial', 'AccessDeniedException', 'lambda:InvokeFunction', 'lambda']
    ])
  })

  it('own, silent: the same sentence after `Error:` and defined by the next one stays a writer’s fragment', () => {
    expect(
      parseText(
        'Error: User is not authorized to perform lambda:InvokeFunction\nThis appears when something tries to invoke your function.'
      )
    ).toEqual([])
  })
})

describe('the service named by the text around a bare code', () => {
  it('h14-015 (mrrooijen/mongoid-paperclip#9): the aws-s3 gem’s `AWS::S3::AccessDenied`', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-015'))).toEqual([
      ['denial', 'AccessDenied', null, 's3']
    ])
  })

  it('own: a CloudFormation type under the same module names no service', () => {
    expect(
      fields('CREATE_FAILED: Bucket (AWS::S3::Bucket)\nError: AccessDenied: Access Denied').map(
        (f) => f[3]
      )
    ).toEqual([null])
  })

  it('own: the gem’s class is not the v2 SDK’s `AWS::S3::Errors::` nor another module', () => {
    expect(fields('MyApp::AWS::S3::Uploader failed: AccessDenied: Access Denied')).toEqual([
      ['denial', 'AccessDenied', null, null]
    ])
  })

  it('h14-045 (fluxcd/kustomize-controller#673): `operation` / `| error KMS: Decrypt` in sops’ gutter', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-045'))).toEqual([
      ['denial', 'AccessDeniedException', null, 'kms']
    ])
  })

  it('own: a line ending in `operation` above an error line that names no service', () => {
    const text = 'Retrying the operation\nerror handling: AccessDenied: Access Denied'
    expect(fields(text).map((f) => f[3])).toEqual([null])
  })

  it('h14-175 (tech-reader.blog, Lambda): `… permissions to call PutObject on S3` names s3', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-175')).map((f) => f[3])).toEqual(['s3'])
  })

  it('a158 (justinram11/serverless-aws-batch#16): `… on EC2` under Lambda’s own label stays Lambda’s', () => {
    expect(fields(corpusText('real-a.jsonl', 'a158')).map((f) => f[3])).toEqual(['lambda'])
  })
})

describe('EC2’s own refusals without the usual code', () => {
  it('h14-139 (Packer docs): `==> amazon-ebs: Error launching …` is a run’s line under a general lead-in', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-139'))).toEqual([['denial', null, null, null]])
  })

  it('own lead-in over hashicorp/packer-plugin-amazon#177’s Packer lines', () => {
    const text = [
      'With a limited policy you might see an error like this:',
      '==> amazon-ebs: Prevalidating AMI Name: test_tableau_ami',
      '==> amazon-ebs: Error querying AMI: UnauthorizedOperation: You are not authorized to perform this operation.'
    ].join('\n')
    expect(fields(text)).toEqual([['denial', 'UnauthorizedOperation', null, null]])
  })

  it('own, silent: the same lead-in over the bare sentence (a sample)', () => {
    const text = [
      'With a limited policy you might see an error like this:',
      'Error querying AMI: UnauthorizedOperation: You are not authorized to perform this operation.'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('h14-142 (karpenter.sh troubleshooting): `AuthFailure.ServiceLinkedRoleCreationNotPermitted:` is a denial with its own code', () => {
    const [f] = parseText(corpusText('heldout14.jsonl', 'h14-142'))
    expect([f?.kind, f?.code, f?.service]).toEqual([
      'denial',
      'AuthFailure.ServiceLinkedRoleCreationNotPermitted',
      'ec2'
    ])
    expect(f?.traps).toContain('service-linked-role')
    expect(f?.explanation).toContain('`spot.amazonaws.com`')
  })

  it('github-file:find_string#52602813979: a Karpenter JSON log line carrying the same error', () => {
    const text = [
      '```json',
      '{',
      '  "level": "ERROR",',
      '  "message": "failed launching nodeclaim",',
      '  "error": "creating instance, insufficient capacity, with fleet error(s), AuthFailure.ServiceLinkedRoleCreationNotPermitted: The provided credentials do not have permission to create the service-linked role for EC2 Spot Instances."',
      '}',
      '```'
    ].join('\n')
    expect(fields(text)).toEqual([
      ['denial', 'AuthFailure.ServiceLinkedRoleCreationNotPermitted', null, 'ec2']
    ])
  })

  it.each([
    // github-file:find_string#67188842360: a program's tuple of codes it falls back on.
    '        if code in (\n            "Unsupported",\n            "AuthFailure.ServiceLinkedRoleCreationNotPermitted",\n        ):',
    // h14-142's own prose line: the name without its prefix or message.
    'Unless your AWS account has already onboarded to EC2 Spot, you will need to create the service linked role to avoid ServiceLinkedRoleCreationNotPermitted.'
  ])('silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a role the deployment could not assume, then its failure', () => {
  it('h14-030 (aws/aws-cdk#21172): CDK could not assume its bootstrap roles, then cdk-assets’ `[100%] fail:`', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-030'))).toEqual([['denial', null, null, null]])
  })

  it('aws/aws-cdk#1299 (a comment): the same warnings, then `[50%] fail: No bucket named …`', () => {
    const text = [
      "current credentials could not be used to assume 'arn:aws:iam::id:role/cdk-hnb659fds-deploy-role-id-eu-west-3', but are for the right account. Proceeding anyway.",
      '[0%] start: Publishing 2c53ef6888e9dfdbd68f018e34cf72270027b07ea80bfe"id"f0:current_account-current_region',
      "current credentials could not be used to assume 'arn:aws:iam::id:role/cdk-hnb659fds-file-publishing-role-id-eu-west-3', but are for the right account. Proceeding anyway.",
      "[50%] fail: No bucket named 'cdk-hnb659fds-assets-id-eu-west-3'. Is account id bootstrapped?"
    ].join('\n')
    expect(fields(text).map((f) => f[0])).toContain('denial')
  })

  it('silent: aws-samples/sagemaker-ssh-helper#66, the warning then `success: Published`', () => {
    const text = [
      'SSM-Advanced-Tier-Stack:  start: Publishing b85574a7447679f637c62d77740251e33d86b9232ec1ad17abcbae3abea2e21b:current_account-current_region',
      "current credentials could not be used to assume 'arn:aws:iam::768431326802:role/cdk-hnb659fds-file-publishing-role-768431326802-us-west-2', but are for the right account. Proceeding anyway.",
      'SSM-Advanced-Tier-Stack:  success: Published b85574a7447679f637c62d77740251e33d86b9232ec1ad17abcbae3abea2e21b:current_account-current_region'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('h14-159 (repost.aws StackSets): the execution role a target account should have, trusting the administration role', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-159'))).toEqual([
      ['denial', null, null, 'cloudformation']
    ])
  })

  it('github-file:find_string#28914074409: Pulumi relaying the StackSet instance’s status reason', () => {
    const text =
      " +  aws:cloudformation:StackSetInstance stackset-instance-123456789012-us-east-1 creating (13s) error:   sdk-v2/provider2.go:572: sdk.helper_schema: creating CloudFormation StackSet (multi-region-web-app-stackset) Instance: waiting for completion: unexpected state 'FAILED', wanted target 'SUCCEEDED'. last error: Account (123456789012), Region (us-east-1), FAILED: Account 123456789012 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.: provider=aws@7.5.0"
    const [f] = parseText(text)
    expect([f?.kind, f?.service, f?.detail.role]).toEqual([
      'denial',
      'cloudformation',
      'AWSCloudFormationStackSetExecutionRole'
    ])
  })

  it.each([
    // A provider's retry list (github-file:find_string#1364984270): placeholders, no quotes.
    '\t\t\t// Account XXX should have YYY role with trust relationship to Role ZZZ',
    // A module's failure-mode table (github-file:find_string#71425231712): placeholders in brackets.
    "| `Account <id> should have '<execution role>' role with trust relationship to Role '<administration role>'` | Execution role missing in that account |"
  ])('silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a whole coded message quoted after a CJK colon lead-in', () => {
  it('h14-154 (blog.gitcode.com, Go SDK v2): `…认证错误:"MissingAuthenticationToken: Request is missing Authentication Token"`', () => {
    expect(fields(corpusText('heldout14.jsonl', 'h14-154'))).toEqual([
      ['credentials', 'MissingAuthenticationToken', null, null]
    ])
  })

  it('silent: h7-107 (blog.gitcode.com), the same lead-in quoting a phrase with no code', () => {
    expect(parseText(corpusText('heldout7.jsonl', 'h7-107'))).toEqual([])
  })

  it('silent: docs.amazonaws.cn (RAM troubleshooting), a heading quoting the code alone', () => {
    const text =
      '错误:“AccessDeniedException”\n情况\n尝试共享资源或查看资源共享时,会出现 “访问被拒绝\n” 异常。'
    expect(parseText(text)).toEqual([])
  })
})
