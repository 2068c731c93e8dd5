// "Defined in `infra/iam.tf` line 42" for a remedy's located definitions, and the patch to it.
import type { IacLocation } from '../model/Remedy.js'
import { codeBlock, codeSpan, details, escapeText } from './markdown.js'

/** At most this many definitions per remedy are shown; the JSON has them all. */
export const SHOWN_LOCATIONS = 3

const KIND_LABEL: Record<string, string> = {
  terraform: 'Terraform',
  cloudformation: 'CloudFormation',
  cdk: 'CDK',
  serverless: 'Serverless Framework'
}

/** Only http(s) links, with characters that would end a Markdown link target escaped. */
function safeUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return null
  return url.replace(/[()<>[\]`"']/g, (c) => encodeURIComponent(c))
}

export function where(l: IacLocation): string {
  return `${l.file} line ${l.line}`
}

export function locationMarkdown(l: IacLocation, open: boolean): string {
  const file = `${codeSpan(l.file, 300)} line ${l.line}`
  const url = safeUrl(l.url)
  const kind = KIND_LABEL[l.kind] ?? 'IaC'
  const partial =
    l.confidence === 'partial'
      ? 'the name is built from variables: matched on its literal parts'
      : ''
  const head = `Defined in ${url ? `[${file}](${url})` : file} (${escapeText(kind)} ${codeSpan(l.resource, 200)})${partial ? ` — ${escapeText(partial)}` : ''}.`
  if (!l.patch) return head
  return `${head}\n\n${details(`Patch for ${escapeText(l.file, 300)}`, codeBlock(l.patch, 'diff'), open)}`
}
