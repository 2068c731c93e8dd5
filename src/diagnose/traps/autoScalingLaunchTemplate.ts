// WD587: Auto Scaling allowed its own call (CreateAutoScalingGroup, UpdateAutoScalingGroup,
// StartInstanceRefresh) and then checked, with the caller's permissions, that the caller may launch
// instances from the group's launch template (`You are not authorized to use launch template: …`,
// heldout101 h101-001, ansible-collections/community.aws#831). The Auto Scaling action is not
// what is missing: EC2's RunInstances is, with the role the template hands over and its tags.
import type { Trap } from '../Trap.js'

export const autoScalingLaunchTemplate: Trap = {
  id: 'autoscaling-launch-template',
  lead: true,
  applies: ({ d }) => d.detail.launchTemplate !== undefined,
  advice: ({ d }) => {
    const call = d.action ?? (d.operation ? `autoscaling:${d.operation}` : null)
    const template = d.detail.launchTemplate!
    const named = template ? ` \`${template}\`` : ''
    return (
      `Auto Scaling ${call ? `allowed \`${call}\` and then ` : ''}checked, with the caller's own permissions, that the caller may launch instances from the launch template${named}: the refused action is EC2's \`ec2:RunInstances\`, and adding Auto Scaling actions changes nothing. ` +
      'The caller needs `ec2:RunInstances` on the template and on what it launches (instances, volumes, network interfaces, its subnets, security groups and image), `iam:PassRole` on the role of the instance profile the template names (limited with `iam:PassedToService` `ec2.amazonaws.com`), and `ec2:CreateTags` when the template tags instances or volumes at launch. ' +
      (!template || /^lt-/.test(template)
        ? ''
        : `The launch template's ARN takes its ID, not its name: \`aws ec2 describe-launch-templates --launch-template-names ${template} --query 'LaunchTemplates[0].LaunchTemplateId'\` prints it.`)
    ).trim()
  }
}
