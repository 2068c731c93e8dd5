import { parseArn } from './Arn.js'

/**
 * The ARNs of a named resource's type in its account and Region: `arn:…:type/NAME` →
 * `arn:…:type/*`, or null for any other shape. A name a run gave what it created or started
 * (`transcription-job/my-job`) changes with the next run; its type's ARNs do not.
 */
export function typeWideArn(arn: string): { arn: string; type: string } | null {
  const parts = parseArn(arn)
  const named = parts ? /^([a-z][a-z0-9-]{1,60})\/[^/*]+$/.exec(parts.resource) : null
  if (!named) return null
  return {
    arn: `${arn.slice(0, arn.length - parts!.resource.length)}${named[1]}/*`,
    type: named[1]!
  }
}
