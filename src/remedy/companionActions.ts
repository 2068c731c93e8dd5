// Operations that run as a sequence of authorised steps: allowing only the step that failed makes
// the next run fail one step later. Each set is allowed together, on every side that must allow it
// (the caller's identity policy and, across accounts or for repository policies, the resource's).
interface CompanionSet {
  /** What the sequence is, for the note. */
  operation: string
  /** Actions whose denial means the whole sequence is needed. */
  triggers: string[]
  actions: string[]
}

const SETS: CompanionSet[] = [
  {
    operation: 'docker push to ECR',
    triggers: [
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
      'ecr:PutImage'
    ],
    actions: [
      'ecr:BatchCheckLayerAvailability',
      'ecr:CompleteLayerUpload',
      'ecr:InitiateLayerUpload',
      'ecr:PutImage',
      'ecr:UploadLayerPart'
    ]
  },
  {
    // BatchCheckLayerAvailability is also push's first step; alone it reads as a pull.
    operation: 'docker pull from ECR',
    triggers: [
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:BatchCheckLayerAvailability'
    ],
    actions: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']
  }
]

export interface Companions {
  actions: string[]
  /** Null when the action is not one step of a known sequence. */
  operation: string | null
}

export function companionActions(action: string): Companions {
  const lower = action.toLowerCase()
  const set = SETS.find((s) => s.triggers.some((t) => t.toLowerCase() === lower))
  return set
    ? { actions: set.actions, operation: set.operation }
    : { actions: [action], operation: null }
}

export function companionNote(action: string, c: Companions): string {
  return `${action} is one step of ${c.operation ?? 'a sequence'}, which fails step by step, so the whole set is allowed: ${c.actions.join(', ')}.`
}
