// A bucket name as a log prints it: S3's characters (3 to 63 of [a-z0-9.-]) and a writer's
// mask of `*` inside it (`s3://assets.***.com/uploads/…`, h88-001). The name runs to where a
// path, a quote, a space or a sentence's end stops it: a mask must never cut it at a dot
// (`assets`), which would name another bucket. The remedy turns the masked run into a
// placeholder; a name with a mask never reaches a statement as it is.
export const PRINTED_BUCKET = String.raw`[a-z0-9*][a-z0-9.*-]{1,61}[a-z0-9*]`

/** What may follow a printed bucket name. */
export const BUCKET_END = String.raw`(?=[/\s'"\x60,;)\]}:]|\.(?:\s|$)|$)`
