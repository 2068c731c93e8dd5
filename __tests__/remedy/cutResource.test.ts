// Issue 17 (log artefacts become policy): a quoted ARN the log cut at its line's end
// (`detail.resourceCut`, the shape of LBHackney-IT/Data-Platform#1883) never reaches a statement
// as printed: what follows its last complete separator becomes a placeholder. `own` cases are ours.
import { cutArn, newPlaceholders } from '../../src/remedy/placeholders.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const SENTENCE =
  'User: arn:aws:iam::111122223333:user/etl is not authorized to perform: ACTION on resource: "'

/** The statements' resources and the notes for one cut (or closed) sentence. */
function remedy(action: string, resource: string) {
  const { f, statements, notes } = analysedOne(SENTENCE.replace('ACTION', action) + resource)
  return { f, resources: statements.flatMap((s) => [s.Resource ?? []].flat()), notes }
}

describe('cutArn', () => {
  it.each<[string, string | null, string | null]>([
    [
      'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/pa',
      'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/<TABLE_NAME>',
      '`pa`'
    ],
    [
      'arn:aws:lambda:eu-west-2:111122223333:function:my-fu',
      'arn:aws:lambda:eu-west-2:111122223333:function:<FUNCTION_NAME>',
      '`my-fu`'
    ],
    [
      'arn:aws:s3:::dataplatform-stg-raw-zone/parking/liberator',
      'arn:aws:s3:::dataplatform-stg-raw-zone/parking/<OBJECT_KEY>',
      '`liberator`'
    ],
    ['arn:aws:s3:::dataplat', 'arn:aws:s3:::<BUCKET_NAME>', '`dataplat`'],
    // Cut right after a separator: nothing of the name shows.
    [
      'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/',
      'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/<TABLE_NAME>',
      null
    ],
    // The type word itself was cut: nothing to keep.
    ['arn:aws:glue:eu-west-2:111122223333:tab', null, null]
  ])('%s → %s', (arn, filled, shown) => {
    const p = newPlaceholders()
    expect(cutArn(p, arn)).toBe(filled)
    const meaning = [...p.used.values()].join(' ')
    const expected = shown ? `after ${shown}` : filled ? 'the log cut its line there' : ''
    expect(meaning).toContain(expected)
  })
})

describe('through the remedy', () => {
  it('own: a Glue table ARN cut inside the table name', () => {
    const { f, resources, notes } = remedy(
      'glue:GetTable',
      'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/pa'
    )
    expect(f.detail.resourceCut).toBe('line-end')
    expect(resources).toContain(
      'arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/<TABLE_NAME>'
    )
    expect(resources.filter((r) => r.endsWith('/pa'))).toEqual([])
    expect(notes).toContain(
      'The log cut `arn:aws:glue:eu-west-2:111122223333:table/parking_raw_zone/pa`'
    )
    expect(notes).toContain('Replace <TABLE_NAME> with the table name (the log cut its line')
  })

  it('own: an S3 object key cut in an Airflow task log, the next line a log line', () => {
    const text = [
      '[2024-06-12, 10:01:02 UTC] {taskinstance.py:1937} ERROR - Task failed with exception',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::120038763019:assumed-role/mwaa_execution_role/AmazonMWAA-airflow is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::dataplatform-stg-raw-zone/parking/liberator',
      '[2024-06-12, 10:01:02 UTC] {taskinstance.py:1400} INFO - Marking task as FAILED.'
    ].join('\n')
    const { statements, notes } = analysedOne(text)
    const resources = statements.flatMap((s) => [s.Resource ?? []].flat())
    expect(resources).toEqual(['arn:aws:s3:::dataplatform-stg-raw-zone/parking/<OBJECT_KEY>'])
    expect(notes).toContain('Replace <OBJECT_KEY> with the rest of the object key')
  })

  it('own: a cut inside the resource type gives a placeholder ARN with the Region and account shown', () => {
    const { resources, notes } = remedy('glue:GetTable', 'arn:aws:glue:eu-west-2:111122223333:tab')
    expect(resources.filter((r) => r.includes(':tab') && !r.includes(':table/'))).toEqual([])
    expect(resources).toContain(
      'arn:aws:glue:eu-west-2:111122223333:table/<DATABASE_NAME>/<TABLE_NAME>'
    )
    expect(notes).toContain('inside its resource type')
  })

  it('counter-case: a closed quote is pasted as printed, with no cut note', () => {
    const { resources, notes } = remedy(
      'lambda:GetFunction',
      'arn:aws:lambda:eu-west-2:111122223333:function:my-fu" because no identity-based policy allows the lambda:GetFunction action'
    )
    expect(resources).toEqual(['arn:aws:lambda:eu-west-2:111122223333:function:my-fu'])
    expect(notes).not.toContain('The log cut')
  })
})
