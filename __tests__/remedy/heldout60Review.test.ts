// heldout60–61's expert reviews (issue 17, session 37): a secret's ARN printed without the suffix
// Secrets Manager adds, a bucket setting that holds a URL; from their real excerpts, each with a
// counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h60 = (id: string) => corpusText('heldout60.jsonl', id)
const h59 = (id: string) => corpusText('heldout59.jsonl', id)

describe("a secret's ARN without its suffix (heldout60 review h60-032)", () => {
  it('h60-032 (DataDog/datadog-lambda-extension#144): `secret:secret-datacat-??????`', () => {
    const { statements } = analysed(h60('h60-032'))
    expect(statements.map((s) => s.Resource)).toContain(
      'arn:aws:secretsmanager:us-east-2:012345678901:secret:secret-datacat-??????'
    )
  })

  it('own: a full secret ARN keeps its suffix as printed', () => {
    const { statements } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/fn/x is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-west-2:111122223333:secret:db-creds-4QC7nT because no identity-based policy allows the secretsmanager:GetSecretValue action'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:secretsmanager:us-west-2:111122223333:secret:db-creds-4QC7nT'
    ])
  })
})

describe('a bucket setting that holds a URL (heldout60 review h60-021)', () => {
  it('h60-021 (juicedata/juicefs#3903): no `arn:aws:s3:::https`', () => {
    const { findings, statements } = analysed(h60('h60-021'))
    expect(findings[0]!.inferred?.resource?.value).not.toBe('arn:aws:s3:::https')
    expect(statements.map((s) => String(s.Resource)).join(' ')).not.toContain(':::https')
  })
})

describe("Amazon Location's API key (heldout59 review h59-030)", () => {
  it('h59-030 (aws/aws-cli#9310): `--key` makes the key’s restrictions the refusal, no Deny checklist', () => {
    const { f, statements } = analysedOne(h59('h59-030'))
    expect(f.service).toBe('geo-places')
    expect(f.traps).toEqual(['location-api-key'])
    expect(f.explanation).not.toContain('service control policy')
    expect(statements).toEqual([])
  })

  it('own: the same call signed with IAM keeps the explicit-deny reading', () => {
    const { f } = analysedOne(
      'aws geo-places geocode --query-text "Lorem Ipsum"\n\nAn error occurred (AccessDeniedException) when calling the Geocode operation: User is not authorized to access this resource with an explicit deny'
    )
    expect(f.traps).not.toContain('location-api-key')
    expect(f.deny).toBe('explicit')
  })
})

describe('the EBS CSI driver choosing a zone (heldout60 review h60-016)', () => {
  it('h60-016: `failed to get availability zone` is ec2:DescribeAvailabilityZones, not CreateVolume', () => {
    const { statements } = analysed(h60('h60-016'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['ec2:DescribeAvailabilityZones', '*']
    ])
  })

  it('own: a provisioning refusal without the zone lookup stays CreateVolume', () => {
    const { statements } = analysed(
      'failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume "pvc-1": UnauthorizedOperation: You are not authorized to perform this operation.'
    )
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('ec2:CreateVolume')
  })
})

describe("a parameter path's trailing slash (heldout60 review h60-037)", () => {
  it('h60-037 (aws/aws-ssm-data-protection-provider-for-aspnet#4): the path as printed, its `/` kept', () => {
    const { statements } = analysed(h60('h60-037'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:ssm:us-east-1:<ACCOUNT_ID>:parameter/LambdaWebApi.DataProtection/'
    ])
  })

  it('own: a GetParameter on an ARN cut at its `/` is still read as cut there', () => {
    const { statements } = analysed(
      'User: arn:aws:sts::123456789012:assumed-role/app/s is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:123456789012:parameter/app/prod/\n'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:ssm:eu-west-1:123456789012:parameter/app/prod'
    ])
  })
})
