// Optional resource types a call is checked against only when it uses them (RunInstances: a key
// pair, a launch template), read from the words around the denial; and whether the call hands a
// role over (an instance profile). A type whose name is two words or more is found by those words
// (`launch template`, `placement_group`); one-word names need an entry here, since a bare word
// (`group`, `snapshot`) says nothing.
import { lookupAction } from '../catalog/Catalog.js'
import type { InferredValue } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'

const TYPE_WORDS: Record<string, { re: RegExp; from: string }> = {
  // Packer's amazon builders launch with a temporary key pair unless told otherwise.
  'key-pair': {
    re: /\bkey[-_ ]?pairs?\b|\bkey_?name\b|\bpacker\b/i,
    from: 'a key pair (KeyName, or Packer, which creates a temporary one)'
  }
}

function wordsOf(type: string): RegExp | null {
  const parts = type.split('-')
  if (parts.length < 2) return null
  return new RegExp(`\\b${parts.join('[-_ ]?')}s?\\b`, 'i')
}

const around = (x: InferInput) => `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`

export function namedTypesOf(x: InferInput): InferredValue | null {
  const entry = x.action ? lookupAction(x.action) : null
  if (!entry) return null
  const text = around(x)
  const found: string[] = []
  const why: string[] = []
  for (const t of entry.resourceTypes) {
    if (t.required || t.arnFormats.length === 0) continue
    const words = TYPE_WORDS[t.name]
    const re = words?.re ?? wordsOf(t.name)
    if (!re?.test(text)) continue
    found.push(t.name)
    why.push(words?.from ?? `${t.name.replace(/-/g, ' ')} named in the log`)
  }
  return found.length ? { value: found.join(','), from: why.join('; ') } : null
}

/** An instance profile in the log: the launch hands its role to EC2. */
const PROFILE = /\bIamInstanceProfile\b|\binstance[-_ ]profiles?\b|\biam_instance_profile\b/i

export function passedRoleOf(x: InferInput): InferredValue | null {
  const m = PROFILE.exec(around(x))
  return m ? { value: m[0], from: `\`${m[0]}\` in the log` } : null
}
