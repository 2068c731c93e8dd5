import type { Trap } from '../Trap.js'

// EC2 `AuthFailure: Not authorized for images: [ami-…]`: the caller's account may not launch the
// image. An image's launch permissions belong to its owner (private, not shared with this
// account), or the ID is wrong for this Region or was deregistered. Not credentials, not IAM.
export const amiLaunchPermission: Trap = {
  id: 'ami-launch-permission',
  applies: ({ d }) => Boolean(d.detail.images),
  // heldout136 review, h136-038: a template's hard-coded ID in another Region (or a retired image)
  // is far more common than a private image, so it is said first; `AuthFailure` only when printed.
  advice: ({ d }) => {
    const images = d.detail.images!.split(', ')
    const first = images[0]!
    const several = images.length > 1
    return (
      (several
        ? `EC2 will not launch from any of ${images.length} images (${d.detail.images}): this account cannot use them in the Region the call went to. `
        : `EC2 will not launch from ${d.detail.images}: this account cannot use the image in the Region the call went to. `) +
      'Most often the ID is wrong for the Region (AMI IDs differ per Region, so an ID hard-coded in a template or tutorial works only in the Region it was written for) or the image was retired (deregistered); otherwise it is a private image not shared with this account. ' +
      (d.code === 'AuthFailure'
        ? 'Despite the `AuthFailure` code the credentials are fine. '
        : '') +
      'No IAM statement changes this: launch permission is an attribute of the image, set by its owner. ' +
      `\`aws ec2 describe-images --image-ids ${images.join(' ')}\` in the same Region returns nothing for an image not visible to you. ` +
      'Deploy in the Region the template was written for, or look the image up when launching instead of hard-coding it (by name, or an SSM public parameter such as `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64`, which CloudFormation reads as an `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` parameter). ' +
      `If it is another account's private image, its owner shares it (\`aws ec2 modify-image-attribute --image-id ${first} --launch-permission "Add=[{UserId=ACCOUNT_ID}]"\`${several ? ', once per image' : ''}, ` +
      "run in the owner's account with `ec2:ModifyImageAttribute`; an encrypted image also needs its KMS key shared)."
    )
  }
}
