// EC2 `AuthFailure: Not authorized for images`: the image's launch permission, never credentials.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { findingsOf, only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'ami-launch-permission'

// Source: StreisandEffect/streisand#82 (Ansible's ec2 module), text as printed.
const STREISAND_82 =
  'TASK: [genesis-amazon | Create the EC2 instance] *****************************\n' +
  'failed: [127.0.0.1 -> 127.0.0.1] => {"failed": true}\n' +
  'msg: Instance creation failed => AuthFailure: Not authorized for images: [ami-5287d500]'
// Source: gtaws/ProtectWithWAF#4 (a CloudFormation stack event), text as printed.
const PROTECT_WITH_WAF_4 =
  'CFN template (aws-waf-security-automations-template.yaml) fails to deploy with the following error message: \n\n' +
  '"API: ec2:RunInstances Not authorized for images: [ami-0dbbd6f952e12feba]"'

describe(TRAP, () => {
  it.each([
    ['StreisandEffect/streisand#82', STREISAND_82, 'ami-5287d500'],
    ['gtaws/ProtectWithWAF#4', PROTECT_WITH_WAF_4, 'ami-0dbbd6f952e12feba']
  ])('%s: a launch permission, not bad credentials, and no statement', (_src, text, image) => {
    const f = only(text)
    expect(f.kind).toBe('denial')
    expect(f.traps).toContain(TRAP)
    expect(f.detail.images).toBe(image)
    expect(f.title).toContain(`EC2 may not launch ${image}`)
    expect(f.fixTarget.owner).toBe('resource-owner')
    // The image's launch permission, not a policy; no passed role is involved (review h8-131).
    expect(f.fixTarget.kind).toBe('resource-attribute')
    expect(f.traps).not.toContain('iam-passrole')
    expect(f.explanation).not.toContain('iam:PassRole')
    expect(f.explanation).toContain(`aws ec2 modify-image-attribute --image-id ${image}`)
    expect(f.explanation).toContain(`aws ec2 describe-images --image-ids ${image}`)
    expect(f.explanation).not.toMatch(/access key|HEAD request/)
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).toMatch(/No statement is proposed: .*launch permission/)
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('keeps the code and lists every image of a multi-image answer once', () => {
    const f = only(
      'An error occurred (AuthFailure) when calling the RunInstances operation: Not authorized for images: [ami-0abc1234def567890, ami-11112222, ami-0abc1234def567890]'
    )
    expect(f.code).toBe('AuthFailure')
    expect(f.detail.images).toBe('ami-0abc1234def567890, ami-11112222')
    expect(f.traps).toContain(TRAP)
  })

  it('Terraform launches from retired images: no PassRole paragraph, the target is the launch permission (review h8-131)', () => {
    const [f, ...rest] = findingsOf(corpusText('heldout8.jsonl', 'h8-131'))
    expect(rest).toEqual([])
    expect(f!.traps).toEqual([TRAP])
    expect(f!.fixTarget.kind).toBe('resource-attribute')
    expect(f!.explanation).not.toMatch(/PassRole|instance profile/)
    expect(f!.explanation).toContain('aws ec2 modify-image-attribute --image-id ami-d8a6c9b0')
  })

  it('two refused images of one apply are both named in the one finding (review h8-132)', () => {
    const [f, ...rest] = findingsOf(corpusText('heldout8.jsonl', 'h8-132'))
    expect(rest).toEqual([])
    expect(f!.occurrences).toBe(2)
    expect(f!.detail.images).toBe('ami-03a5b89a2fbe7dd3d, ami-018ebfbd6b0a4c605')
    expect(f!.explanation).toContain(
      'aws ec2 describe-images --image-ids ami-03a5b89a2fbe7dd3d ami-018ebfbd6b0a4c605'
    )
    expect(f!.explanation).toContain('once per image')
    expect(f!.traps).not.toContain('iam-passrole')
    expect(f!.fixTarget.description).toMatch(
      /^the launch permissions of images .*their owners share them/
    )
    const notes = buildRemedies([f!])
      .flatMap((r) => r.notes)
      .join('\n')
    expect(notes).toContain('`ami-03a5b89a2fbe7dd3d`, `ami-018ebfbd6b0a4c605`')
  })

  it('the same image refused twice stays one image (own case)', () => {
    const line =
      'Error: creating EC2 Instance: AuthFailure: Not authorized for images: [ami-0123456789abcdef0]'
    const [f] = findingsOf(`${line}\n  with aws_instance.a\n${line}\n  with aws_instance.b`)
    expect(f!.detail.images).toBe('ami-0123456789abcdef0')
    expect(f!.explanation).not.toContain('once per image')
  })

  it("a lab template's hard-coded image: the Region or a retired image first, no AuthFailure the log never printed (review h136-038)", () => {
    const f = only(corpusText('heldout136.jsonl', 'h136-038'))
    expect(f.traps).toEqual([TRAP])
    expect(f.title).toContain('not available to this account in this Region')
    expect(f.explanation).toContain(
      'EC2 will not launch from ami-077f1edd46ddb3129: this account cannot use the image in the Region'
    )
    expect(f.explanation.indexOf('wrong for the Region')).toBeLessThan(
      f.explanation.indexOf('modify-image-attribute')
    )
    expect(f.explanation).toContain('AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>')
    expect(f.explanation).not.toContain('AuthFailure')
  })

  it('says the AuthFailure code is no credentials problem only when it is printed (own case)', () => {
    const f = only(
      'An error occurred (AuthFailure) when calling the RunInstances operation: Not authorized for images: [ami-0abc1234def567890]'
    )
    expect(f.explanation).toContain('Despite the `AuthFailure` code the credentials are fine')
  })

  it('leaves the credentials AuthFailure alone', () => {
    const [f] = findingsOf(
      '<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors></Response>'
    )
    expect(f!.kind).toBe('credentials')
    expect(f!.traps).not.toContain(TRAP)
  })

  it('survives a truncated or empty image list', () => {
    expect(() => findingsOf('AuthFailure: Not authorized for images: []')).not.toThrow()
    expect(() => findingsOf('AuthFailure: Not authorized for images: [ami-')).not.toThrow()
  })
})
