// Services that authorise a create's tags as their own tag action: a create that carries tags
// (Terraform sends the resource's `tags` and the provider's `default_tags` with the create call)
// needs both, or the create is refused for the tag action once the first is allowed (heldout27
// review, h27-016: FSx's CreateFileSystem from Terraform). Each row is a service's own words:
// "If tags are specified in the resource-creating action, AWS performs additional authorization
// on the … TagResource action" (FSx, EFS, ECS user guides), Lambda's "Permissions required for
// working with tags", the CloudWatch Logs, KMS, SNS, SQS and Secrets Manager API references.
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { terraformCreatedOf } from './terraformReadBack.js'

interface TaggedCreate {
  /** The creates, lower-cased `service:action`. */
  creates: readonly string[]
  tag: string
  /** The condition key that limits the tag action to creation, where the service has one. */
  createKey?: string
}

const TAGGED_CREATES: readonly TaggedCreate[] = [
  {
    creates: [
      'fsx:createfilesystem',
      'fsx:createfilesystemfrombackup',
      'fsx:createvolume',
      'fsx:createvolumefrombackup',
      'fsx:createbackup',
      'fsx:createstoragevirtualmachine',
      'fsx:createsnapshot',
      'fsx:createfilecache',
      'fsx:createdatarepositoryassociation'
    ],
    tag: 'fsx:TagResource'
  },
  {
    creates: ['elasticfilesystem:createfilesystem', 'elasticfilesystem:createaccesspoint'],
    tag: 'elasticfilesystem:TagResource',
    createKey: 'elasticfilesystem:CreateAction'
  },
  {
    creates: [
      'ecs:createcapacityprovider',
      'ecs:createcluster',
      'ecs:createservice',
      'ecs:createtaskset',
      'ecs:registercontainerinstance',
      'ecs:registertaskdefinition',
      'ecs:runtask',
      'ecs:starttask'
    ],
    tag: 'ecs:TagResource',
    createKey: 'ecs:CreateAction'
  },
  { creates: ['lambda:createfunction'], tag: 'lambda:TagResource' },
  { creates: ['logs:createloggroup'], tag: 'logs:TagResource' },
  { creates: ['kms:createkey'], tag: 'kms:TagResource' },
  { creates: ['sns:createtopic'], tag: 'sns:TagResource' },
  { creates: ['sqs:createqueue'], tag: 'sqs:TagQueue' },
  { creates: ['secretsmanager:createsecret'], tag: 'secretsmanager:TagResource' }
]

/** `--tags`/`--tag-specifications` on the command line: the create carries tags. */
const TAGS_FLAG = /\s--(?:tags|tag-specifications)\b/

export function taggedCreateOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action?.toLowerCase() ?? ''
  const row = TAGGED_CREATES.find((r) => r.creates.includes(action))
  if (!row) return []
  const created = terraformCreatedOf(x)
  const flagged = TAGS_FLAG.test(x.ctx.command ?? '')
  if (!created && !flagged) return []
  const by = created
    ? `Terraform creates the ${created} with its tags (the resource's \`tags\` and the provider's \`default_tags\`) in the create call`
    : 'the command passes tags to the create call'
  const only = row.createKey
    ? `; to allow tagging only while creating, add the condition \`${row.createKey}\` equal to the create's name`
    : ''
  return [
    {
      action: row.tag,
      resource,
      from: `${by}, and the service authorises those tags as ${row.tag} on the new resource: without it the create is refused again once it is allowed (not needed when the create carries no tags)${only}`
    }
  ]
}
