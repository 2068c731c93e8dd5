// Blocks and attributes of an HCL file, with offsets, built from hclTokens. Unknown or broken
// syntax is skipped to the next line: a file we cannot follow just yields fewer definitions.
import { tokenizeHcl, type HclToken } from './hclTokens.js'

export interface HclAttribute {
  type: 'attribute'
  name: string
  /** The expression's tokens (no newlines at depth 0). */
  value: HclToken[]
  start: number
  end: number
}

export interface HclBlock {
  type: 'block'
  /** `resource`, `data`, `module`, `statement`... */
  name: string
  labels: string[]
  body: (HclAttribute | HclBlock)[]
  start: number
  /** Offsets of `{` and `}`. */
  open: number
  close: number
}

const OPEN = new Set(['(', '[', '{'])
const CLOSE = new Set([')', ']', '}'])

class Parser {
  private p = 0
  constructor(private readonly tokens: HclToken[]) {}

  private peek(): HclToken | undefined {
    return this.tokens[this.p]
  }

  body(nested: boolean): (HclAttribute | HclBlock)[] {
    const items: (HclAttribute | HclBlock)[] = []
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.type === 'newline' || (t.type === 'punct' && t.text === ',')) {
        this.p++
      } else if (t.type === 'punct' && t.text === '}') {
        if (nested) return items
        this.p++
      } else if (t.type === 'ident' || t.type === 'string') {
        const item = this.item()
        if (item) items.push(item)
      } else {
        this.skipLine()
      }
    }
    return items
  }

  private item(): HclAttribute | HclBlock | null {
    const first = this.tokens[this.p++]
    // body() calls item() only on a token it has just peeked.
    if (!first) return null
    const next = this.peek()
    if (
      first.type === 'ident' &&
      next?.type === 'punct' &&
      (next.text === '=' || next.text === ':')
    ) {
      this.p++
      const value = this.expression()
      const end = value.at(-1)?.end ?? next.end
      return { type: 'attribute', name: first.text, value, start: first.start, end }
    }
    const labels: string[] = []
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.type === 'string') labels.push(t.parts?.join('') ?? '')
      else if (t.type === 'ident') labels.push(t.text)
      else break
      this.p++
    }
    const open = this.peek()
    if (first.type !== 'ident' || open?.type !== 'punct' || open.text !== '{') {
      this.skipLine()
      return null
    }
    this.p++
    const body = this.body(true)
    const close = this.peek()
    if (close) this.p++
    return {
      type: 'block',
      name: first.text,
      labels,
      body,
      start: first.start,
      open: open.start,
      close: close ? close.start : open.start
    }
  }

  private expression(): HclToken[] {
    const value: HclToken[] = []
    let depth = 0
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.type === 'newline' && depth === 0) break
      if (t.type === 'punct' && CLOSE.has(t.text)) {
        if (depth === 0) break
        depth--
      } else if (t.type === 'punct' && OPEN.has(t.text)) depth++
      if (t.type !== 'newline') value.push(t)
      this.p++
    }
    return value
  }

  private skipLine(): void {
    for (let t = this.peek(); t && t.type !== 'newline'; t = this.peek()) this.p++
  }
}

export function parseHcl(text: string): HclBlock[] {
  const items = new Parser(tokenizeHcl(text)).body(false)
  return items.filter((i): i is HclBlock => i.type === 'block')
}

/** The attribute's value as written, or null. */
export function attribute(block: HclBlock, name: string): HclAttribute | undefined {
  return block.body.find((i): i is HclAttribute => i.type === 'attribute' && i.name === name)
}

export function blocks(block: HclBlock, name: string): HclBlock[] {
  return block.body.filter((i): i is HclBlock => i.type === 'block' && i.name === name)
}

/** Dotted references in an expression: `aws_iam_role.deploy.name` → `aws_iam_role.deploy.name`. */
export function references(value: HclToken[]): string[] {
  const refs: string[] = []
  for (let i = 0; i < value.length; i++) {
    const head = value[i]
    if (head?.type !== 'ident') continue
    let ref = head.text
    for (
      let part = value[i + 2];
      value[i + 1]?.text === '.' && part?.type === 'ident';
      part = value[i + 2]
    ) {
      ref += '.' + part.text
      i += 2
    }
    refs.push(ref)
  }
  return refs
}
