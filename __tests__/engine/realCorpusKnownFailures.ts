// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  b028: 'look-alike reported as denial (bare-code AccessDenied)',
  b047: 'resource "arn:aws:iam", label "arn:aws:iam::\\"another account number\\":role/SecurityMonkey"',
  b051: 'resource "arn:aws:lambda:us-east-1:accountid:function:lambdaname", label "arn:aws:lambda:us-east-1:accountid:function:lambdaname]"',
  b097: 'service null, label "s3"',
  b162: 'look-alike reported as denial (iam-sentence AccessDenied)',
  b248: 'look-alike reported as denial (bare-code AccessDenied)',
  b276: 'resource "arn:aws:glue:eu-west-2:120038763019:job/Copy", label "arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw"; layer null, label "identity"; deny null, label "implicit"',
  b284: 'kind "denial", label "encoded"'
}
