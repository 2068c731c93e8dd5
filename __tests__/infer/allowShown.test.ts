// A policy statement printed beside a refusal that already allows the refused call (src/infer/
// allowShown.ts): the cause is elsewhere, and the explanation says so first (allow-already-granted).
// heldout19 review 2, h19-112 (an s3fs listing refused under two policies that allow it) is the
// case; the texts below are our own, in the shapes users paste.
import { allowShownOf } from '../../src/infer/allowShown.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const LISTING =
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'

describe('allowShownOf', () => {
  it('finds the statement whose actions and resources cover the call, in JSON as pasted', () => {
    const text = `${LISTING}\nmy policy: {"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::data/*"}, {"Action": ["s3:List*"], "Effect": "Allow", "Resource": "arn:aws:s3:::data"}]}`
    expect(allowShownOf(text, 's3:ListBucket', null)).toEqual({
      value: 'allow-exists',
      from: 'a policy statement printed in the log allows s3:List* on arn:aws:s3:::data'
    })
    expect(allowShownOf(text, 's3:ListBucket', 'arn:aws:s3:::data')?.value).toBe('allow-exists')
  })

  it("reads Terraform's plan (HCL, `+` prefixes)", () => {
    const plan = `  + policy = jsonencode(
      + {
          + Statement = [
              + {
                  + Action   = "ecr:*"
                  + Effect   = "Allow"
                  + Resource = "*"
                },
            ]
        }
    )`
    expect(allowShownOf(plan, 'ecr:PutImage', null)?.from).toBe(
      'a policy statement printed in the log allows ecr:* on *'
    )
  })

  it.each<[string, string, string, string | null]>([
    // Own counter-cases: each makes the printed statement no proof the call is allowed.
    [
      'another resource',
      '{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::other"}',
      's3:ListBucket',
      'arn:aws:s3:::data'
    ],
    [
      'another action',
      '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}',
      's3:ListBucket',
      null
    ],
    [
      'a condition',
      '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}',
      's3:ListBucket',
      null
    ],
    [
      'NotAction',
      '{"Effect": "Allow", "NotAction": "iam:*", "Action": "s3:ListBucket", "Resource": "*"}',
      's3:ListBucket',
      null
    ],
    [
      'a Deny',
      '{"Effect": "Deny", "Action": "s3:ListBucket", "Resource": "*"}',
      's3:ListBucket',
      null
    ],
    [
      'the fields of two statements',
      '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Action": "s3:ListBucket"}',
      's3:ListBucket',
      null
    ]
  ])('no statement with %s', (_name, text, action, resource) => {
    expect(allowShownOf(text, action, resource)).toBeNull()
  })
})

describe('on the pipeline', () => {
  // heldout21 review 2 (h21-052): the same Allow again changes nothing, so none is drafted.
  it('the explanation opens with the Allow already shown, and no statement repeats it', () => {
    const { f, notes, statements } = analysedOne(
      `${LISTING}\nattached to the user: {"Statement": [{"Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::reports"]}]}`
    )
    expect(f.traps).toContain('allow-already-granted')
    expect(f.explanation).toMatch(
      /^The log says an Allow is already in place \(a policy statement printed in the log allows s3:ListBucket on arn:aws:s3:::reports\)/
    )
    expect(statements).toEqual([])
    expect(notes).toMatch(/^No statement is proposed: the log shows an Allow already in place/)
  })

  it('own counter-case: a statement for another action leaves the refusal as it was', () => {
    const { f } = analysedOne(
      `${LISTING}\n{"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::reports/*"]}]}`
    )
    expect(f.traps).not.toContain('allow-already-granted')
  })
})
