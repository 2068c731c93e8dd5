// CodeBuild's DOWNLOAD_SOURCE phase refused by S3: the build's service role could not read the
// source artifact ("... for primary source and source version arn:aws:s3:::BUCKET/KEY"). The
// value is that artifact's ARN, or '' when the log shows the phase but not the object.
import type { InferredValue, LogContext } from '../model/Inferred.js'

const PHASE = /\bDOWNLOAD_SOURCE\b|\bfor primary source\b/
const SOURCE_VERSION =
  /\bfor primary source and source version (arn:aws[\w-]{0,10}:s3:::[^\s/`'"]{3,63}\/[^\s`'"]{1,900})/

export function codebuildSourceOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  if (!PHASE.test(text)) return null
  const m = SOURCE_VERSION.exec(text)
  return m
    ? { value: m[1]!, from: 'the source version CodeBuild names' }
    : { value: '', from: 'the DOWNLOAD_SOURCE phase in the log' }
}
