// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  b028: 'look-alike reported as denial (bare-code AccessDenied)',
  b097: 'service null, label "s3"',
  b162: 'look-alike reported as denial (iam-sentence AccessDenied)',
  b276: 'resource "arn:aws:glue:eu-west-2:120038763019:job/Copy", label "arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw"; layer null, label "identity"; deny null, label "implicit"',
  b248: 'look-alike reported as denial (bare-code AccessDenied)'
}
