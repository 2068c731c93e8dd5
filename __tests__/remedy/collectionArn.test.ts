// A printed ARN that ends in a collection's separator (`apps/ID/backendenvironments/`) is what AWS
// checked the create against; its statement keeps it and what comes under it (heldout16 review
// h16-002, an Amplify CLI's CreateBackendEnvironment), never the trimmed name that matches neither.
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

describe('a collection the call creates in', () => {
  it('h16-002 (aws-amplify/amplify-cli): `…/backendenvironments/` gets `…/backendenvironments/*`', () => {
    const { statements } = analysedOne(corpusText('heldout16.jsonl', 'h16-002'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:amplify:us-east-1:339712952329:apps/d2asptaadn0oid/backendenvironments/*'
    ])
  })

  it('own counter-case: an S3 folder key is an object of its own, not a collection', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/reports/" because no identity-based policy allows the s3:PutObject action'
    )
    expect(JSON.stringify(statements)).not.toContain('reports/*')
  })
})
