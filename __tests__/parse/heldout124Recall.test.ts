// heldout124–127's refusals the engine missed on their unseen score (issue 10, session 45): the
// Pulumi provider's and other tools' own words for credentials, Hadoop's and S3-mounting tools'
// translations of S3's 403, RDS IAM database logins, EC2's image and VM Import refusals, and the
// look-alikes that read as AWS (Trino's access control, Azure's Java SDK, rclone's other stores);
// each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const first = (text: string) => {
  const [f] = analyzeText(text).findings
  return f && [f.kind, f.grammar, f.code, f.service]
}
const grammars = (text: string) => analyzeText(text).findings.map((f) => f.grammar)

describe('credentials in tools’ own words', () => {
  it.each([
    ['h124-009', 'credentials', 'pulumi-aws-credentials-invalid', null, null],
    ['h124-013', 'credentials', 'pulumi-aws-credentials-not-found', null, null],
    ['h124-026', 'credentials', 'pulumi-aws-credentials-invalid', null, null],
    ['h124-030', 'credentials', 'go-shared-config-error', 'SharedConfigErr', null],
    ['h124-113', 'credentials', 'ansible-ec2-inventory-auth', null, 'ec2'],
    ['h125-082', 'credentials', 'otel-sigv4auth-no-credentials', null, null],
    ['h126-016', 'credentials', 'profile-credentials-not-found', null, null],
    ['h126-039', 'credentials', 'langchain-aws-no-credentials', null, null],
    ['h126-040', 'credentials', 'credential-refresh-incomplete', null, null],
    ['h127-049', 'credentials', 'metadata-service-http-error', null, null]
  ])('%s: %s by %s', (id, kind, grammar, code, service) => {
    expect(first(h(id))).toEqual([kind, grammar, code, service])
  })

  it('h124-004 (pulumi/pulumi-aws#2986): STS’s own answer under the provider’s words is the finding', () => {
    expect(first(h('h124-004'))).toEqual([
      'credentials',
      'authorization-header-key-space',
      'IncompleteSignature',
      'sts'
    ])
  })

  it('h126-040: from the instance role, the metadata service’s answer is the cause', () => {
    expect(analyzeText(h('h126-040')).findings[0]!.detail.cause).toBe('imds-error')
  })

  it('own counter-cases: the words in other settings are no finding', () => {
    expect(grammars('config: the extension "sigv4auth" has valid configuration\n')).toEqual([])
    expect(grammars('SharedConfigState: enabled\n')).toEqual([])
  })
})

describe('IAM database authentication (RDS and Aurora)', () => {
  it.each(['h127-062', 'h127-063', 'h127-064', 'h127-076'])(
    '%s: PostgreSQL’s PAM refusal',
    (id) => {
      const f = analyzeText(h(id)).findings[0]!
      expect([f.kind, f.grammar, f.detail.cause]).toEqual([
        'credentials',
        'rds-iam-pam-refused',
        'rds-iam-token'
      ])
      expect(f.explanation).toContain('rds-db:connect')
    }
  )

  it('own: MySQL’s refusal where the record shows the IAM token', () => {
    expect(
      grammars(
        "token = RDS.Signer(...).getAuthToken()\nError: Access denied for user 'app'@'10.0.0.5' (using password: YES)\n"
      )
    ).toEqual(['rds-iam-mysql-refused'])
  })

  it('h84-025: a password refused by an Aurora endpoint stays a password refused', () => {
    expect(grammars(h('h84-025'))).toEqual([])
  })
})

describe('S3’s 403 in other tools’ words', () => {
  it.each([
    ['h124-035', 'denial', 'bare-code', 'Access Denied', null],
    ['h124-076', 'denial', 'hadoop-s3n-denied', null, 's3'],
    ['h124-086', 'denial', 'hadoop-s3a-denied-elided', null, null],
    ['h124-094', 'denial', 's3-multi-delete-key-denied', 'AccessDenied', 's3'],
    ['h126-019', 'denial', 'excon-forbidden-fog-aws', null, null],
    ['h126-076', 'denial', 's3-error-page-untagged', null, null],
    ['h126-096', 'denial', 's3fs-fuse-403', null, 's3'],
    ['h126-097', 'denial', 'mountpoint-headbucket-denied', null, 's3'],
    ['h126-115', 'denial', 'goofys-permission-denied', null, null]
  ])('%s: %s by %s', (id, kind, grammar, code, service) => {
    const f = analyzeText(h(id)).findings.find((x) => x.grammar === grammar)
    expect(f && [f.kind, f.grammar, f.code, f.service]).toEqual([kind, grammar, code, service])
  })

  it('own counter-cases: the same words without the tool are no finding', () => {
    expect(grammars('HTTP response code =403\n')).toEqual([])
    expect(grammars("Unable to access '/srv/data': permission denied\n")).toEqual([])
    expect(grammars('Excon::Errors::Forbidden: Expected(200) <=> Actual(403 Forbidden)\n')).toEqual(
      []
    )
  })
})

describe('services’ own refusals', () => {
  it('h124-046: the Serverless Application Repository may not read the artifacts bucket', () => {
    expect(grammars(h('h124-046'))).toEqual(['serverlessrepo-bucket-read'])
  })

  it('h124-055: the SAM CLI names the action it lacks as it spells it', () => {
    const f = analyzeText(h('h124-055')).findings[0]!
    expect([f.grammar, f.action, f.service]).toEqual([
      'sam-layer-download-denied',
      'lambda:Getlayerversion',
      'lambda'
    ])
  })

  it.each(['h125-007', 'h125-012'])('%s: EC2 may not read an image’s snapshots', (id) => {
    const f = analyzeText(h(id)).findings[0]!
    expect(f.traps).toContain('ami-snapshot-not-shared')
  })

  it.each(['h125-018', 'h125-019'])('%s: VM Import’s service role', (id) => {
    const f = analyzeText(h(id)).findings[0]!
    expect([f.grammar, f.code]).toEqual(['vmimport-role-refused', 'InvalidParameter'])
  })

  it('h124-166: a Go SDK v2 403 a writer shortened', () => {
    expect(first(h('h124-166'))).toEqual(['denial', 'go-v2-elided-403', null, 'iam'])
  })

  it('h126-078, h126-079: Elastic Beanstalk’s code in a CloudTrail event and its CLI’s warning', () => {
    expect(first(h('h126-078'))?.slice(0, 3)).toEqual([
      'denial',
      'cloudtrail-event',
      'InsufficientPrivilegesException'
    ])
    expect(first(h('h126-079'))?.slice(0, 2)).toEqual(['denial', 'eb-cli-insufficient-iam'])
  })

  it('h127-081: the elasticsearch client’s 403 through http-aws-es', () => {
    expect(first(h('h127-081'))?.slice(0, 2)).toEqual([
      'denial',
      'elasticsearch-js-authorization-403'
    ])
  })
})

describe('values as printed', () => {
  it('h125-015: an ARN’s wildcard after a star the writer left open', () => {
    expect(analyzeText(h('h125-015')).findings[0]!.resource).toBe(
      'arn:aws:imagebuilder:us-west-2:952122846739:image/*'
    )
  })

  it('h125-077: Ruby’s inspect closes its `#<…>` after the resource', () => {
    expect(analyzeText(h('h125-077')).findings[0]!.resource).toBe(
      'arn:aws:iam::123456789:role/es-dev-ElasticSearch-LogstashRole-BBB'
    )
  })

  it('own counter-case: a placeholder keeps its closing bracket', () => {
    const [f] = analyzeText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::<BUCKET>\n'
    ).findings
    expect(f!.resource).toBe('arn:aws:s3:::<BUCKET>')
  })

  it('h124-050, h124-079: ECR Public’s token and the Glue Data Catalog’s SDK label name their services', () => {
    expect(first(h('h124-050'))?.[3]).toBe('ecr-public')
    expect(first(h('h124-079'))?.[3]).toBe('glue')
  })
})

describe('look-alikes', () => {
  it.each(['h124-082', 'h126-107', 'h126-108', 'h127-008'])('%s: no AWS finding', (id) => {
    expect(grammars(h(id))).toEqual([])
  })
})

describe('the rest of the session’s wordings', () => {
  it('h126-004 (aws/aws-sdk-net#681): STS’s `Request is missing Authentication Token` in the .NET SDK', () => {
    expect(first(h('h126-004'))?.slice(0, 2)).toEqual([
      'credentials',
      'request-missing-authentication-token'
    ])
  })

  it('own: s3fs raising S3’s 403 as `PermissionError: Forbidden`; the same words without s3fs are no finding', () => {
    expect(
      grammars(
        'File "/opt/conda/lib/python3.7/site-packages/s3fs/core.py", line 530, in info\nPermissionError: Forbidden\n'
      )
    ).toEqual(['s3fs-python-forbidden'])
    expect(grammars('PermissionError: Forbidden\n')).toEqual([])
  })
})
