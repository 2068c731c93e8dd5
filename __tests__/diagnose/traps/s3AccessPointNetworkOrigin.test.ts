// WD955: an S3 access point's "explicit deny in a resource-based policy" is, before any Deny
// statement, its VPC network origin refusing a request from outside its VPC (heldout15 review
// h15-112, an FSx for ONTAP access point reached through another VPC's endpoint). Counter-cases:
// a bucket's explicit deny, an access point's implicit one, a Multi-Region Access Point.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 's3-access-point-network-origin'

describe('s3-access-point-network-origin (WD955)', () => {
  it('h15-112: the network origin check leads, before the hunt for a Deny statement', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-112'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^The target is the S3 access point `my-fsxn-s3-accesspoint`/)
    expect(f.explanation).toContain(
      '`aws s3control get-access-point --account-id 111111111111 --name my-fsxn-s3-accesspoint`'
    )
    // S3's words, not a known Deny statement: the generic "a Deny statement matched" is left out.
    expect(f.explanation).not.toContain("A Deny statement in the resource's own policy matched")
    expect(statements).toEqual([])
    expect(notes).toMatch(/^Check the access point's network origin before hunting for a Deny/)
    expect(notes.indexOf('network origin')).toBeLessThan(notes.indexOf('narrows its Deny'))
  })

  it('own case: an object read through an access point, the same advice on its name', () => {
    const { f } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::222233334444:assumed-role/etl/i-0123456789abcdef0 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:eu-west-1:222233334444:accesspoint/analytics-ap/object/raw/2024/data.csv" with an explicit deny in a resource-based policy'
    )
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain('`analytics-ap`')
  })

  it.each([
    [
      // usdigitalresponse/usdr-gost#4044: a bucket policy's Deny, no access point.
      'a bucket',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::357150818708:assumed-role/gost-task/c2595ec1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::gost-staging-exports/full-file-export/archive.zip" with an explicit deny in a resource-based policy'
    ],
    [
      'an implicit deny on an access point',
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111111111111:assumed-role/MyEC2Role/i-0abc is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:us-east-1:111111111111:accesspoint/reports" because no resource-based policy allows the s3:ListBucket action'
    ],
    [
      'a Multi-Region Access Point, which has no VPC origin',
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111111111111:assumed-role/app/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3::111111111111:accesspoint/mfzwi23gnjvgw.mrap/object/a.txt" with an explicit deny in a resource-based policy'
    ]
  ])('own counter-case: %s', (_name, text) => {
    expect(analysedOne(text).f.traps).not.toContain(TRAP)
  })
})
