// A CDK terminal wrap that cuts the denial sentence mid-word and its ARNs at a separator (heldout9
// h9-003, aws-samples/aws-cdk-amplify-with-waf#6): the pieces are one sentence again. Counter-cases:
// a word that only starts like a sentence word, a short line, a path on a line of its own.
import { splitToken } from '../../src/scan/splitToken.js'
import { corpusText } from '../support/corpusRecords.js'
import { only } from '../parse/parseText.js'

const WIDE = 'Received response status [FAILED] from custom resource. Message returned: User: x'

describe('a wrap inside a word of the denial sentence', () => {
  it('reads the wrapped CDK custom-resource refusal whole (h9-003)', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-003'))).toMatchObject({
      kind: 'denial',
      action: 'amplify:UpdateBranch',
      principal:
        'arn:aws:sts::...:assumed-role/CustomAmplifyDistribution-AWS679f53fac002430cb0da5b-.../CustomAmplifyDistribution-AWS679f53fac002430cb0da5-...',
      resource: 'arn:aws:amplify:ap-northeast-2:...:apps/d3860rfifxkhz/branches/deploy/dev'
    })
  })

  it('joins `… is not autho` / `rized to perform` on a wide line', () => {
    expect(splitToken(`${WIDE} is not autho`, 'rized to perform: s3:GetObject')).toBe(true)
  })

  it('keeps apart a word that only begins like one (`perf` / `ormance`)', () => {
    expect(splitToken(`${WIDE} the build perf`, 'ormance is fine')).toBe(false)
  })

  it('keeps apart a short line ending in a head of a word', () => {
    expect(splitToken('User is not autho', 'rized to perform: s3:GetObject')).toBe(false)
  })

  it('joins an ARN cut at a separator only on a wide line', () => {
    const arnLine = `${WIDE} on resource: arn:aws:amplify:ap-northeast-2:1:apps/d38/branches/deploy`
    expect(splitToken(arnLine, '/dev (RequestId: b30cb0d7)')).toBe(true)
    expect(splitToken('see arn:aws:s3:::bucket', '/etc/hosts is a file')).toBe(false)
  })
})
