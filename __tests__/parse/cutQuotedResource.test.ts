// A quoted resource that the log cut at its line's end, its closing quote lost (issue 10 round 9,
// the shape of LBHackney-IT/Data-Platform#1883): the ARN as printed when it is well formed so far,
// marked as cut; nothing when it is not an ARN yet. `own` cases are ours.
import { parseText } from './parseText.js'

function read(text: string) {
  return parseText(text).map((f) => [f.action, f.resource, f.detail.resourceCut ?? null])
}

describe('a quoted ARN cut at the line end', () => {
  it('own: an S3 object ARN cut inside its key, an Airflow task log', () => {
    const text = [
      '[2024-06-12, 10:01:02 UTC] {taskinstance.py:1937} ERROR - Task failed with exception',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::120038763019:assumed-role/mwaa_execution_role/AmazonMWAA-airflow is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::dataplatform-stg-raw-zone/parking/liberator',
      '[2024-06-12, 10:01:02 UTC] {taskinstance.py:1400} INFO - Marking task as FAILED.'
    ].join('\n')
    expect(read(text)).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::dataplatform-stg-raw-zone/parking/liberator', 'line-end']
    ])
  })

  it('own: a Glue table ARN cut, the text ending there', () => {
    expect(
      read(
        'User: arn:aws:iam::111122223333:user/etl is not authorized to perform: glue:GetTable on resource: "arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/pa'
      )
    ).toEqual([
      ['glue:GetTable', 'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/pa', 'line-end']
    ])
  })
})

describe('counter-cases', () => {
  it('a closed quote is read as before, not marked cut', () => {
    expect(
      read(
        'User: arn:aws:iam::111122223333:user/etl is not authorized to perform: glue:GetTable on resource: "arn:aws:glue:eu-west-2:111122223333:table/raw/x" because no identity-based policy allows the glue:GetTable action'
      )
    ).toEqual([['glue:GetTable', 'arn:aws:glue:eu-west-2:111122223333:table/raw/x', null]])
  })

  it.each<[string, string]>([
    [
      'own: cut before the account (no well-formed ARN yet)',
      'User: arn:aws:iam::111122223333:user/etl is not authorized to perform: glue:GetTable on resource: "arn:aws:glue:eu-we'
    ],
    [
      'own: words in the quote, not an ARN',
      'User: arn:aws:iam::111122223333:user/etl is not authorized to perform: glue:GetTable on resource: "the parking table'
    ]
  ])('%s: no resource', (_title, text) => {
    expect(read(text)).toEqual([['glue:GetTable', null, null]])
  })
})
