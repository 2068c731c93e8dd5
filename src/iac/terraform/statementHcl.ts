// A policy statement written the way Terraform files write it: a `statement` block of an
// aws_iam_policy_document, or an object inside `jsonencode({...})`.
import type { PolicyStatement } from '../../model/Remedy.js'
import { hclString } from '../../remedy/render/escape.js'

const list = (v: string | string[]) => `[${(Array.isArray(v) ? v : [v]).map(hclString).join(', ')}]`

/** Lines of a `statement { ... }` block, indented by `unit` steps below its own line. */
export function statementBlock(s: PolicyStatement, unit: string): string[] {
  const attrs: [string, string][] = [
    ['sid', hclString(s.Sid)],
    ['effect', hclString(s.Effect)],
    ['actions', list(s.Action)]
  ]
  if (s.Resource !== undefined) attrs.push(['resources', list(s.Resource)])
  const width = Math.max(...attrs.map(([k]) => k.length))
  const lines = ['statement {', ...attrs.map(([k, v]) => `${unit}${k.padEnd(width)} = ${v}`)]
  for (const [type, ids] of Object.entries(s.Principal ?? {})) {
    lines.push(
      `${unit}principals {`,
      `${unit}${unit}type        = ${hclString(type)}`,
      `${unit}${unit}identifiers = ${list(ids)}`,
      `${unit}}`
    )
  }
  for (const [test, entries] of Object.entries(s.Condition ?? {})) {
    for (const [variable, values] of Object.entries(entries)) {
      lines.push(
        `${unit}condition {`,
        `${unit}${unit}test     = ${hclString(test)}`,
        `${unit}${unit}variable = ${hclString(variable)}`,
        `${unit}${unit}values   = ${list(values)}`,
        `${unit}}`
      )
    }
  }
  lines.push('}')
  return lines
}

function value(v: unknown, unit: string): string[] {
  if (typeof v === 'string') return [hclString(v)]
  if (Array.isArray(v)) return [list(v as string[])]
  const entries = Object.entries(v as Record<string, unknown>)
  const width = Math.max(...entries.map(([k]) => hclString(k).length))
  const lines = ['{']
  for (const [k, inner] of entries) {
    const [first, ...rest] = value(inner, unit)
    lines.push(`${unit}${hclString(k).padEnd(width)} = ${first}`, ...rest.map((l) => unit + l))
  }
  lines.push('}')
  return lines
}

/** Lines of the statement as an HCL object, the form `jsonencode({ Statement = [...] })` takes. */
export function statementObject(s: PolicyStatement, unit: string): string[] {
  const entries = Object.entries(s).filter(([, v]) => v !== undefined)
  const width = Math.max(...entries.map(([k]) => k.length))
  const lines = ['{']
  for (const [k, v] of entries) {
    const [first, ...rest] = value(v, unit)
    lines.push(`${unit}${k.padEnd(width)} = ${first}`, ...rest.map((l) => unit + l))
  }
  lines.push('}')
  return lines
}
