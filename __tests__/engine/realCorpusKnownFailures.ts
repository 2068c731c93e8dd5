// Cases of the real-world corpora the engine does not get entirely right yet, with why (see
// realCorpus.test.ts). Generated from a run of the engine, then kept by hand: remove a line when
// its case passes; never add one to make a regression pass.
export const KNOWN_FAILURES: Record<string, string> = {
  b005: 'denial (other) not recognised',
  b010: 'denial (other) not recognised',
  b011: 'denial (other) not recognised',
  b028: 'look-alike reported as denial (bare-code AccessDenied)',
  b047: 'resource "arn:aws:iam", label "arn:aws:iam::\\"another account number\\":role/SecurityMonkey"',
  b051: 'resource "arn:aws:lambda:us-east-1:accountid:function:lambdaname", label "arn:aws:lambda:us-east-1:accountid:function:lambdaname]"',
  b078: 'kind "credentials", label "denial"',
  b088: 'denial (other) not recognised',
  b097: 'service null, label "s3"',
  b101: 'denial (other) not recognised',
  b102: 'denial (other) not recognised',
  b103: 'denial (other) not recognised',
  b162: 'look-alike reported as denial (iam-sentence AccessDenied)',
  b174: 'denial (other) not recognised',
  b233: 'denial (sdk-js) not recognised',
  b248: 'look-alike reported as denial (bare-code AccessDenied)',
  b261: 'denial (sdk-js) not recognised',
  b266: 'denial (other) not recognised',
  b276: 'resource "arn:aws:glue:eu-west-2:120038763019:job/Copy", label "arn:aws:glue:eu-west-2:120038763019:job/Copy parking Liberator landing zone to raw"; layer null, label "identity"; deny null, label "implicit"',
  b284: 'kind "denial", label "encoded"',
  b286: 'denial (other) not recognised',
  b293: 'denial (other) not recognised',
  b294: 'denial (other) not recognised',
  b298: 'denial (other) not recognised'
}
