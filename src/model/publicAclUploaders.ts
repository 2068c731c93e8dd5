// Upload tools that send a public canned ACL (`x-amz-acl: public-read`) with every object by
// default: their refused write is S3 Block Public Access (or a Deny on public ACLs) refusing the
// ACL, not a missing s3:PutObject (heldout63–66 reviews: electron-builder h63-001,
// django-s3-storage h64-006, the Ghost S3 adapters h64-012, Strapi's S3 provider h64-018, Sentry
// h66-015). One row per tool, with the setting that stops the ACL; bounded quantifiers: untrusted
// text.
export interface PublicAclUploader {
  id: string
  /** The tool, in words. */
  name: string
  /** The log shows this tool made the upload. */
  re: RegExp
  /** How to upload without the public ACL. */
  setting: string
}

export const PUBLIC_ACL_UPLOADERS: readonly PublicAclUploader[] = [
  {
    id: 'electron-builder',
    name: "electron-builder's S3 publisher",
    re: /\belectron-(?:builder|publish(?:er-s3)?)\b|\bapp-builder-lib\b|\bS3Publisher\b/,
    setting: '`acl: null` (or `private`) in the `s3` entry of `publish`'
  },
  {
    id: 'ghost-s3',
    name: "Ghost's S3 storage adapter",
    // Its package name, or Ghost's own stack (`@tryghost/errors`, `/var/lib/ghost/`) around an S3
    // refusal: Ghost stores on disk unless an S3 adapter is set, so AWS's code on its error page is
    // the adapter's (colinmeinke/ghost-storage-adapter-s3#82, heldout155 review h156-073).
    re: /\bghost-storage-adapter-s3\b|\bghost-s3\b|@tryghost\/|\/var\/lib\/ghost\//i,
    setting: 'its `acl` option set to `private`'
  },
  {
    id: 'strapi-aws-s3',
    name: "Strapi's aws-s3 upload provider",
    re: /\bprovider-upload-aws-s3\b/,
    setting:
      '`ACL: "private"` in its `providerOptions.params` (or its version that makes the ACL optional)'
  },
  {
    // Sentry's S3 filestore (its own copy of django-storages' old backend: `default_acl`
    // public-read), getsentry/sentry#11033 in heldout66 h66-015.
    id: 'sentry-filestore',
    name: "Sentry's S3 filestore",
    re: /\bSentry\b[^\n]{0,60}\b(?:s3|S3|filestore)\b|\bfilestore\.(?:backend|options)\b/,
    setting: '`default_acl: private` in its `filestore.options`'
  },
  {
    // Paperclip's S3 storage sends `s3_permissions` with every upload, `:public_read` by default
    // (heldout155 review, h156-101: `Aws::S3::Errors::AccessDenied` on a Paperclip upload).
    id: 'paperclip',
    name: "Paperclip's S3 storage",
    re: /\bPaperclip\b/,
    setting:
      '`s3_permissions: :private` in `has_attached_file` or `Paperclip::Attachment.default_options`'
  },
  {
    id: 'django-s3-storage',
    name: 'django-s3-storage',
    re: /\bdjango[-_]s3[-_]storage\b/,
    setting:
      '`AWS_S3_BUCKET_AUTH = True` (and `AWS_S3_BUCKET_AUTH_STATIC`), which serves signed URLs instead of public objects'
  },
  {
    id: 'django-storages',
    name: "django-storages' S3 backend before 1.10",
    re: /\bdjango-storages\b|\bS3Boto3Storage\b|\bstorages\.backends\.s3boto3\b/,
    setting: '`AWS_DEFAULT_ACL = None` (the default from django-storages 1.10)'
  }
]

/**
 * The writer's own words naming the public-ACL guard (`deselect "Block new public ACLs"`) or the
 * ACL the tool sends (`a custom ACL parameter`, `a hard-coded config parameter`;
 * alexmukho/strapi-provider-upload-aws-s3-enhanced#2).
 */
const GUARD_WORDS =
  /\bBlock (?:new )?public (?:ACLs|access)\b|\bBlockPublicAcls\b|\b(?:hard-?coded|custom)\b[^.\n]{0,40}\bACL\b|\bACL\b[^.\n]{0,40}\bhard-?coded\b/i

/** The uploader the text shows, or the guard named in words (`words`), or null. */
export function publicAclUploaderIn(text: string): { id: string; said: string } | null {
  for (const tool of PUBLIC_ACL_UPLOADERS) {
    const m = tool.re.exec(text)
    if (m) return { id: tool.id, said: m[0] }
  }
  const words = GUARD_WORDS.exec(text)
  return words ? { id: 'words', said: words[0] } : null
}
