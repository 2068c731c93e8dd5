// Explicit denies: meet a guardrail's condition rather than exempt the caller; an unnamed policy
// type lists every place a Deny can be, with the check for each. Corpus ids: ../diagnose/corpus.ts.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { denyCandidatesOf, GUARDRAILS, guardrailNote } from '../../src/remedy/guardrails.js'
import { corpus, findingsOf } from '../diagnose/analyze.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { makeFinding } from './makeFinding.js'
import { corpusText } from '../support/corpusRecords.js'

const notesOf = (f: Parameters<typeof buildRemedies>[0][number]): string =>
  buildRemedies([f])
    .flatMap((r) => r.notes)
    .join('\n')

describe('explicit denies', () => {
  it('an explicit deny of unnamed type (cloud-custodian#4736) lists every candidate with its check', () => {
    const f = corpus('d021')
    expect(f.layer).toBeNull()
    expect(f.explanation).toMatch(
      /service control policy, a permissions boundary, the resource's policy/
    )
    const notes = notesOf(f)
    // The caller is an IAM user: its checks say get-user / list-user-policies, never get-role.
    expect(f.principal).toMatch(/:user\//)
    // Lambda is not among the services RCPs cover, and an IAM user's keys carry no session policy.
    const places = denyCandidatesOf(f)
    expect(places.map((c) => c.where)).not.toContain('a session policy')
    expect(places.map((c) => c.where)).not.toContain(
      "a resource control policy (in the resource's account)"
    )
    for (const c of places) expect(notes).toContain(`${c.where} (\`${c.check('user')}\`)`)
    expect(notes).toContain('aws iam get-user --user-name NAME --query User.PermissionsBoundary')
    expect(notes).not.toContain('get-role')
    expect(notes).toContain('meet it rather than to exempt the caller')
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })

  it('an SCP explicit deny (corpus d035, DescribeAvailabilityZones) puts meeting the condition before an exemption', () => {
    const f = corpus('d035')
    expect(f.layer).toBe('scp')
    const notes = notesOf(f)
    const meet = notes.indexOf("Check the Deny's Condition first")
    const exempt = notes.indexOf('Only if the call itself must be allowed')
    expect(meet).toBeGreaterThan(-1)
    expect(exempt).toBeGreaterThan(meet)
    expect(notes).toContain('`aws:RequestedRegion`: run in a Region the policy allows')
  })

  it('names only the guardrails the decoded context shows', () => {
    const f = makeFinding({
      action: 's3:PutObject',
      deny: 'explicit',
      layer: 'resource',
      decode: { status: 'decoded', conditions: [{ key: 'aws:SecureTransport' }] }
    })
    const note = guardrailNote(f)
    expect(note).toContain('`aws:SecureTransport`: call over HTTPS')
    expect(note).not.toContain('aws:RequestedRegion')
  })

  it('lists every guardrail when nothing was decoded and nothing names the service', () => {
    const note = guardrailNote(makeFinding({ action: null, service: null, deny: 'explicit' }))
    for (const g of GUARDRAILS.filter((r) => !r.onlyFitted)) expect(note).toContain(`\`${g.key}\``)
  })

  // Issue 17 (heldout11 review, h11-044): the conditions are chosen from the denied resource.
  describe('chooses the conditions from the denied resource type', () => {
    const meet = (action: string, resource: string | null): string =>
      guardrailNote(
        makeFinding({ action, service: action.split(':')[0]!, resource, deny: 'explicit' })
      )

    it('an EBS volume: encryption and volume tags first, no S3 or TLS conditions', () => {
      const note = meet('ec2:RunInstances', 'arn:aws:ec2:eu-central-1:851725412353:volume/*')
      expect(note.indexOf('`ec2:Encrypted`')).toBeGreaterThan(-1)
      expect(note.indexOf('`ec2:Encrypted`')).toBeLessThan(note.indexOf('aws:RequestedRegion'))
      expect(note).toContain('enable-ebs-encryption-by-default')
      expect(note).toContain('`aws:RequestTag/KEY`')
      expect(note).not.toContain('s3:x-amz-server-side-encryption')
      expect(note).not.toContain('aws:SecureTransport')
      expect(note).not.toContain('ec2:InstanceType')
    })

    it('an instance: its type and IMDSv2, not volume encryption', () => {
      const note = meet('ec2:RunInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*')
      expect(note).toContain('`ec2:InstanceType`')
      expect(note).toContain('`ec2:MetadataHttpTokens`')
      expect(note).not.toContain('`ec2:Encrypted`')
    })

    it('an S3 object: the S3 conditions, none of EC2', () => {
      const note = meet('s3:PutObject', 'arn:aws:s3:::bucket/key')
      expect(note).toContain('s3:x-amz-server-side-encryption')
      expect(note).toContain('aws:SecureTransport')
      expect(note).not.toContain('ec2:')
    })

    it.each([
      // hashicorp/terraform-provider-aws#35639 (heldout11 h11-044): SCP Deny on the root volume
      [
        'h11-044',
        corpusText('heldout11.jsonl', 'h11-044'),
        '`ec2:Encrypted`',
        '`ec2:InstanceType`'
      ],
      // aws/karpenter-provider-aws#7370: the same SCP refusal on the instance itself
      [
        'aws/karpenter-provider-aws#7370',
        '"error":"launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::123456789:assumed-role/karpeter-controller-role/1731429849551905269 is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-2:123456789:instance/* with an explicit deny in a service control policy. Encoded authorization failure message: g4oZPBqZ4Bni8dE5dGjxYTnOZ..."',
        '`ec2:MetadataHttpTokens`',
        '`ec2:Encrypted`'
      ]
    ])('%s: the SCP note names the conditions of its resource type', (_, text, named, absent) => {
      const [f] = findingsOf(text + '\n')
      expect(f!.layer).toBe('scp')
      const notes = notesOf(f!)
      expect(notes).toContain(named)
      expect(notes).not.toContain(absent)
      expect(notes).not.toContain('s3:x-amz-server-side-encryption')
    })

    // heldout15 review, h15-081: S3 sends encryption headers only with object writes.
    it.each([
      ['s3:GetObject', 'arn:aws:s3:::bucket/key'],
      ['s3:DeleteObject', 'arn:aws:s3:::bucket/key'],
      ['s3:ListBucket', 'arn:aws:s3:::bucket']
    ])('%s: no encryption condition, the other S3 ones kept', (action, resource) => {
      const note = meet(action, resource)
      expect(note).not.toContain('s3:x-amz-server-side-encryption')
      expect(note).toContain('aws:SecureTransport')
      expect(note).toContain('aws:SourceVpce')
    })

    it('an EC2 call without a resource keeps the EC2 rows', () => {
      const note = meet('ec2:RunInstances', null)
      expect(note).toContain('`ec2:Encrypted`')
      expect(note).toContain('`ec2:InstanceType`')
      expect(note).not.toContain('s3:x-amz-server-side-encryption')
    })
  })

  it('an identity-policy deny stays with the Deny itself, without guardrail or candidate notes', () => {
    const f = makeFinding({
      action: 's3:GetObject',
      deny: 'explicit',
      layer: 'identity',
      fixTarget: { kind: 'explicit-deny', owner: 'you' }
    })
    const notes = notesOf(f)
    expect(notes).not.toContain("Check the Deny's Condition first")
    expect(notes).not.toContain('does not say which policy holds the Deny')
  })
})

describe('an explicit deny never shares a draft with an Allow', () => {
  // Both trust-policy refusals of one unnamed role, as an STS emulator formats them (a Go source
  // seen while collecting the corpus) with the caller masked as the runner prints it: the role
  // and the caller are unknown, so both point at the same target.
  const text = [
    'User: *** is not authorized to perform: sts:AssumeRole because no role trust policy allows the sts:AssumeRole action',
    'User: *** is not authorized to perform: sts:AssumeRole with an explicit deny in the role trust policy'
  ].join('\n')

  it('keeps the implicit trust refusal on its Allow and the explicit one on guidance', () => {
    const findings = findingsOf(text)
    expect(findings.map((f) => f.deny)).toEqual(['implicit', 'explicit'])
    const remedies = buildRemedies(findings)
    expect(validateRemedies(remedies, findings)).toEqual([])
    const withAllow = remedies.filter((r) => r.statements.some((s) => s.Effect === 'Allow'))
    expect(withAllow.length).toBeGreaterThan(0)
    for (const r of withAllow) expect(r.findings).not.toContain(1)
    const explicit = remedies.filter((r) => r.findings.includes(1))
    expect(explicit).toHaveLength(1)
    expect(explicit[0]!.statements).toEqual([])
  })
})

// Issue 17, heldout15 review: the conditions said for what the log shows of the request.
describe('guardrail conditions fitted to the request', () => {
  const guardrailOf = (text: string): string => {
    const [f] = findingsOf(text.endsWith('\n') ? text : `${text}\n`)
    const remedies = buildRemedies([f!])
    expect(validateRemedies(remedies, [f!])).toEqual([])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    return remedies.flatMap((r) => r.notes).find((n) => n.startsWith('Guardrail Denies'))!
  }

  it('h15-080: aws:kms already sent → the value or key the Deny requires, not "send aws:kms"', () => {
    const note = guardrailOf(corpusText('heldout15.jsonl', 'h15-080'))
    expect(note).toMatch(
      /Check the Deny's Condition first: `s3:x-amz-server-side-encryption \/ s3:x-amz-server-side-encryption-aws-kms-key-id`: the request already sent `aws:kms` \("--server-side-encryption aws:kms" in the log\)/
    )
    expect(note).toMatch(/`--sse-kms-key-id KEY_ARN`/)
    expect(note).not.toContain('`--sse aws:kms`')
  })

  it('our own: AES256 sent → SSE-KMS with the key the policy names', () => {
    const note = guardrailOf(
      `+ aws s3 cp build.zip s3://acme-artifacts/build.zip --sse AES256
upload failed: ./build.zip to s3://acme-artifacts/build.zip An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::480311764563:assumed-role/ci/gh is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-artifacts/build.zip" with an explicit deny in a resource-based policy`
    )
    expect(note).toMatch(/the request already sent `AES256`/)
    expect(note).toMatch(/most likely requires SSE-KMS \(`--sse aws:kms`/)
  })

  it('h15-081: an instance role session read from elsewhere → the network conditions first, no encryption', () => {
    const note = guardrailOf(corpusText('heldout15.jsonl', 'h15-081'))
    expect(note).toMatch(
      /Check the Deny's Condition first: `aws:SourceVpce \/ aws:SourceIp \/ aws:Ec2InstanceSourceVpc`: the caller is an EC2 instance role's session \(`i-0bfc4291dd0acd279`\)/
    )
    expect(note).not.toContain('s3:x-amz-server-side-encryption')
  })

  it('counter-case: a write that sent no encryption keeps "send the encryption the policy requires" first', () => {
    const note = guardrailOf(
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::480311764563:assumed-role/ci/gh is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-artifacts/build.zip" with an explicit deny in a resource-based policy'
    )
    expect(note).toMatch(
      /Check the Deny's Condition first: `s3:x-amz-server-side-encryption`: send the encryption the policy requires/
    )
    expect(note).not.toContain('EC2 instance role')
  })
})
