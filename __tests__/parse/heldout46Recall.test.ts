// heldout46–48's refusals the engine missed or misread on their unseen score (issue 10, session
// 36): tools' own spacing and log levels around a code, a wrapped EC2 sentence, fields a logger
// printed, a CloudTrail event as a Markdown table, each with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const h46 = (id: string) => corpusText('heldout46.jsonl', id)
const h47 = (id: string) => corpusText('heldout47.jsonl', id)
const h48 = (id: string) => corpusText('heldout48.jsonl', id)
const fields = (text: string) => parseText(text).map((f) => [f.grammar, f.code, f.service])

describe('heldout46–48: codes and sentences as tools print them', () => {
  it('h46-002 (cloud-custodian/cloud-custodian#6678): `error:Access Denied` with no space, one finding for the repeats', () => {
    expect(parseText(h46('h46-002')).map((f) => f.grammar)).toEqual(['prefixed-denied'])
    const { f } = analysedOne(h46('h46-002'))
    expect(f.occurrences).toBe(8)
  })

  it('h46-016 (JohnSnowLabs/spark-nlp#14129): Hadoop 2.7’s `AmazonS3Exception: Access Denied; request: PUT …`', () => {
    expect(parseText(h46('h46-016')).map((f) => [f.grammar, f.service])).toEqual([
      ['prefixed-denied', 's3']
    ])
  })

  it('h47-004 (chialab/aws-autoscaling-gitlab-runner#7): EC2’s service-linked role sentence wrapped by a quote', () => {
    expect(fields(h47('h47-004'))).toEqual([
      [
        'service-linked-role-not-permitted',
        'AuthFailure.ServiceLinkedRoleCreationNotPermitted',
        'ec2'
      ]
    ])
  })

  it('h47-023 (dherault/serverless-offline#827): the error’s `code: "…"` field a logger printed under its message', () => {
    expect(fields(h47('h47-023'))).toEqual([['secretsmanager-kms', 'AccessDeniedException', 'kms']])
  })

  it('h47-018 (aws/aws-sam-cli#394): IAM’s listing resource `policy path /`', () => {
    expect(parseText(h47('h47-018')).map((f) => f.resource)).toEqual(['policy path /'])
  })

  it('h48-015 (org-formation/org-formation-cli#322): a log level, the code, then the tool’s own words', () => {
    expect(fields(h48('h48-015'))).toEqual([['bare-code', 'AccessDenied', null]])
  })

  it('h48-027 (aws-samples/aws-secure-environment-accelerator#557): a CloudTrail event as a Markdown table gives its code', () => {
    expect(parseText(h48('h48-027'))[0]!.code).toBe('AccessDenied')
  })

  it('own: a map of fields alone stays the map dump’s; a log level before a capitalised word is no code', () => {
    expect(
      fields('{:error, %{code: "AccessDenied", message: "Access Denied", request_id: "ABC"}}')
    ).toEqual([['map-dump', 'AccessDenied', null]])
    expect(fields('ERROR: AccessDenied: See the docs')).toEqual([])
  })

  it('own: the wrapped service-linked sentence needs the code before it', () => {
    expect(
      fields(
        'Error: The provided\ncredentials do not have permission to create the service-linked role for EC2 Spot Instances.'
      )
    ).toEqual([])
  })
})
