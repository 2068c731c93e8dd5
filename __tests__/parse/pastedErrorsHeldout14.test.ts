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
