import type { Trap } from '../Trap.js'

// EC2 `AuthFailure: Not authorized for images: [ami-…]`: the caller's account may not launch the
// image. An image's launch permissions belong to its owner (private, not shared with this
// account), or the ID is wrong for this Region or was deregistered. Not credentials, not IAM.
export const amiLaunchPermission: Trap = {
  id: 'ami-launch-permission',
  applies: ({ d }) => Boolean(d.detail.images),
  advice: ({ d }) => {
    const images = d.detail.images!.split(', ')
    const first = images[0]!
    const several = images.length > 1
    return (
      (several
        ? `EC2 will not launch from any of ${images.length} images (${d.detail.images}): none is shared with this account. `
        : `EC2 will not launch from ${d.detail.images}: the image is not shared with this account. `) +
      'Despite the `AuthFailure` code the credentials are fine, and no IAM statement changes this: ' +
      'launch permission is an attribute of the image, set by its owner. Check that the ID is right for the Region (`aws ec2 describe-images --image-ids ' +
      `${images.join(' ')}\` returns nothing for an image not visible to you; IDs differ per Region, and a retired image disappears, so look the ID up by name or an SSM public parameter rather than hard-coding it); then either have the owner share it ` +
      `(\`aws ec2 modify-image-attribute --image-id ${first} --launch-permission "Add=[{UserId=ACCOUNT_ID}]"\`${several ? ', once per image' : ''}, ` +
      "run in the owner's account with `ec2:ModifyImageAttribute`; an encrypted image also needs its KMS key shared) " +
      'or launch an image you own or a public one.'
    )
  }
}
