// CDK refused on its staging bucket, or not finding its version parameter (heldout10 review,
// h10-104 and h10-106): the bootstrap comes first, and a missing parameter is no permission at all.
import { analysed, analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'cdk-bootstrap-resource'

describe(`${TRAP}: the staging bucket`, () => {
  it('CDK v1 failing a stack on `Forbidden: null` (aws/aws-cdk#4115, h10-104)', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout10.jsonl', 'h10-104'))
    expect(f.traps).toEqual([TRAP])
    expect(f.inferred?.cdkBootstrapResource?.value).toBe('arn:aws:s3:::<STAGING_BUCKET>')
    expect(f.explanation).toMatch(
      /^This is S3 refusing CDK's file-asset publishing to the bootstrap staging bucket `arn:aws:s3:::<STAGING_BUCKET>`/
    )
    expect(f.explanation).toMatch(/file-publishing role/)
    expect(f.explanation).toMatch(/re-run `cdk bootstrap aws:\/\/ACCOUNT\/REGION`/)
    expect(f.explanation).not.toMatch(/does not name the service/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/^Check the CDK bootstrap before any grant/)
  })

  it('the same over the JS SDK v2 S3 frames (aws/aws-cdk#4039, h8-096)', () => {
    const { f } = analysedOne(corpusText('heldout8.jsonl', 'h8-096'))
    expect(f.traps).toContain(TRAP)
  })

  it('the bucket CDK names in its debug log, with the caller left unsaid (aws/aws-cdk#23041)', () => {
    const { findings, statements } = analysed(
      '[13:17:48] Call failed: getBucketLocation({"Bucket":"cdk-hnb659fds-assets-162234902838-us-east-1"}) => Access Denied (code=AccessDenied)'
    )
    expect(findings).toHaveLength(1)
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.cdkBootstrapResource?.value).toBe(
      'arn:aws:s3:::cdk-hnb659fds-assets-162234902838-us-east-1'
    )
    expect(f.explanation).toMatch(/`cdk bootstrap aws:\/\/162234902838\/us-east-1`/)
    // Any statement names the staging bucket, never everything.
    for (const s of statements) {
      expect(JSON.stringify(s.Resource)).toContain('cdk-hnb659fds-assets-162234902838-us-east-1')
      expect(s.Resource).not.toBe('*')
    }
  })

  it("CDK's publishing progress lines (aws/amazon-genomics-cli#87, a100)", () => {
    const { findings } = analysed(corpusText('real-a.jsonl', 'a100'))
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.traps).toContain(TRAP)
  })

  it('own: a named caller reading an asset, a plain SDK 403: not the publishing', () => {
    const reader = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app-fn-role/app-fn is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::cdk-hnb659fds-assets-111122223333-us-east-1/asset.zip because no identity-based policy allows the s3:GetObject action'
    )
    expect(reader.f.traps).not.toContain(TRAP)
    const sdk = analysed(corpusText('real-b.jsonl', 'b261'))
    for (const f of sdk.findings) expect(f.traps).not.toContain(TRAP)
  })

  it('own: a publishing failure that is no refusal gives no finding (aws-samples/amazon-sagemaker-ab-testing-pipeline#7)', () => {
    const { findings } = analysed(
      'ab-testing-api: deploying...\n[0%] start: Publishing 0f4aceed11a45c91ebc5a1895534294ee2e45efac27d66cb06a51b1d2a6192dd:current\n[50%] fail: socket hang up\n\n ❌  ab-testing-api failed: Error: Failed to publish one or more assets. See the error messages above for more information.'
    )
    expect(findings).toEqual([])
  })
})

describe(`${TRAP}: the container-assets repository`, () => {
  it("a trusted account's own credentials pushing an image asset (aws/aws-cdk#30400)", () => {
    const { f, statements, notes } = analysedOne(
      'fail: docker push <accountid>.dkr.ecr.eu-central-1.amazonaws.com/cdk-hnb659fds-container-assets-<accountid>-eu-central-1:<hash> \nexited with error code 1: denied: User: arn:aws:sts::<trusted-accountid>:assumed-role/<sso>/<username> is not authorized \nto perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-central-1:<accountid>:repository/cdk-hnb659fds-container-assets-<accountid>-eu-central-1 \nbecause no resource-based policy allows the ecr:InitiateLayerUpload action'
    )
    expect(f.action).toBe('ecr:InitiateLayerUpload')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The image asset was pushed to CDK's container-assets repository `arn:aws:ecr:eu-central-1:<accountid>:repository\/cdk-hnb659fds-container-assets-<accountid>-eu-central-1` with the caller's own credentials/
    )
    expect(f.explanation).toMatch(
      /image-publishing role `cdk-hnb659fds-image-publishing-role-ACCOUNT-REGION`/
    )
    expect(f.explanation).toMatch(/A repository policy for the caller is not the fix/)
    expect(statements).toEqual([])
    expect(notes).toMatch(
      /^No statement is proposed: CDK pushes to its container-assets repository/
    )
  })

  it("own: the image-publishing role itself refused is the bootstrap-role case; a repository of your own is not CDK's", () => {
    const role = analysedOne(
      'denied: User: arn:aws:sts::111122223333:assumed-role/cdk-hnb659fds-image-publishing-role-111122223333-us-east-1/cdk-assets is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:111122223333:repository/cdk-hnb659fds-container-assets-111122223333-us-east-1 because no identity-based policy allows the ecr:InitiateLayerUpload action'
    )
    expect(role.f.traps).not.toContain(TRAP)
    expect(role.f.traps).toContain('cdk-bootstrap-role')
    const own = analysedOne(
      'denied: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:111122223333:repository/cdk-app-assets because no identity-based policy allows the ecr:InitiateLayerUpload action'
    )
    expect(own.f.traps).not.toContain(TRAP)
  })
})

describe(`${TRAP}: the version parameter`, () => {
  it('not found after the deploy role could not be assumed: not bootstrapped (cdklabs/cdk-stacksets#327, h10-106)', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout10.jsonl', 'h10-106'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.inferred?.cdkBootstrapResource?.value).toBe(
      'arn:aws:ssm:us-east-1:451441111407:parameter/cdk-bootstrap/hnb659fds/version'
    )
    expect(f.explanation).toMatch(
      /^CDK did not find its bootstrap version parameter `\/cdk-bootstrap\/hnb659fds\/version`/
    )
    expect(f.explanation).toMatch(/`cdk bootstrap aws:\/\/451441111407\/us-east-1`\./)
    expect(f.explanation).not.toMatch(/AWS refused the request|does not name the service/)
    expect(statements).toEqual([])
    expect(notes).toMatch(
      /^No statement is proposed: the CDK bootstrap version parameter is missing/
    )
  })

  it('the same through a wrapper printing stdout and stderr (sladg/nextjs-lambda#46)', () => {
    const { f, statements } = analysedOne(
      "stdout: StandaloneNextjsStack-Temporary: building assets...\n\n\nstdout: current credentials could not be used to assume 'arn:aws:iam::661723878467:role/cdk-hnb659fds-deploy-role-661723878467-us-east-1', but are for the right account. Proceeding anyway.\n\nstderr: \n ❌ Building assets failed: Error: Building Assets Failed: Error: StandaloneNextjsStack-Temporary: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)"
    )
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/`cdk bootstrap aws:\/\/661723878467\/us-east-1`/)
    expect(statements).toEqual([])
  })

  // heldout14 third review (h14-173): the refused read is the fallback; assuming the bootstrap
  // roles is the root cause's fix and comes first, the read follows, Optional.
  it.each([
    ['aws/aws-cdk#28522, a163', corpusText('real-a.jsonl', 'a163'), 'us-east-2'],
    [
      'pantry-buddy IAM_CDK_DEPLOY.md, h14-173',
      corpusText('heldout14.jsonl', 'h14-173'),
      '<REGION>'
    ]
  ])(
    'refused, not missing: sts:AssumeRole on the bootstrap roles first (%s)',
    (_n, text, region) => {
      const { f, statements, notes } = analysedOne(text)
      expect(f.traps).toContain(TRAP)
      expect(notes).not.toMatch(/cdk bootstrap/)
      expect(notes).toMatch(
        /sts:AssumeRole on the CDK bootstrap roles \(`[^`]*:role\/cdk-hnb659fds-\*`\) comes first/
      )
      expect(statements.map((s) => [s.Sid, s.Action, s.Resource])).toEqual([
        ['AllowStsRole', 'sts:AssumeRole', 'arn:aws:iam::<ACCOUNT_ID>:role/cdk-hnb659fds-*'],
        [
          'AllowOptionalSsmParameter',
          'ssm:GetParameter',
          `arn:aws:ssm:${region}:<ACCOUNT_ID>:parameter/cdk-bootstrap/hnb659fds/version`
        ]
      ])
    }
  )

  it('refused, not missing: told apart (aws/aws-cdk#28522, a163)', () => {
    const { f, notes } = analysedOne(corpusText('real-a.jsonl', 'a163'))
    expect(f.traps).toContain(TRAP)
    // A refusal does not show the parameter exists (heldout15 review, h15-024).
    expect(f.explanation).toMatch(
      /This caller may not read the bootstrap version parameter `arn:aws:ssm:us-east-2:OMITTED:parameter\/cdk-bootstrap\/hnb659fds\/version`. The refusal does not say the parameter exists/
    )
    expect(f.explanation).toContain('`aws cloudformation describe-stacks --stack-name CDKToolkit`')
    expect(f.explanation).toMatch(
      /`sts:AssumeRole` on `arn:aws:iam::ACCOUNT:role\/cdk-hnb659fds-\*`/
    )
    expect(f.explanation).not.toMatch(/not bootstrapped|cdk bootstrap/)
    expect(notes).toMatch(/^Check that the environment is bootstrapped/)
    expect(notes).not.toMatch(/\(the parameter exists\)/)
    expect(notes).not.toMatch(/cdk bootstrap/)
  })

  // heldout15 review, h15-024: an organization policy refused the read. It binds the bootstrap
  // roles too: the notes name the action it refused (never the sts:AssumeRole CDK's roles would
  // need) and send the organization's administrators to allow it.
  it.each([
    ['h15-024 (an Innovation Sandbox SCP)', corpusText('heldout15.jsonl', 'h15-024')],
    [
      'our own: the CDK CLI getParameter call under an allow-list SCP',
      'Call failed: getParameter({"Name":"/cdk-bootstrap/hnb659fds/version"}) => User: arn:aws:sts::480311764563:assumed-role/gh-deploy/run-7 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:480311764563:parameter/cdk-bootstrap/hnb659fds/version because no service control policy allows the ssm:GetParameter action'
    ]
  ])('refused by an SCP: its administrators allow ssm:GetParameter (%s)', (_n, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.layer).toBe('scp')
    expect(statements).toEqual([])
    expect(f.explanation).toMatch(
      /the message says a service control policy refuses `ssm:GetParameter`: it applies to every role of the account, the bootstrap roles included/
    )
    expect(f.explanation).not.toMatch(/Let the caller assume them/)
    expect(notes).not.toMatch(/sts:AssumeRole/)
    expect(notes).toMatch(
      /^An organization policy refuses the read of the bootstrap version parameter \(whether the environment is bootstrapped is not shown/
    )
    expect(notes).toMatch(/`ssm:GetParameter`/)
    // heldout18 review h18-002: an SCP answers before "is it bootstrapped?" and before CDK's roles.
    expect(f.explanation).not.toMatch(/first check that the environment is bootstrapped/)
    expect(f.explanation).not.toMatch(/could not assume the deploy role/)
    expect(notes).toMatch(/Every level between the organization root and the account/)
  })

  it('h18-002 (awslabs/landing-zone-accelerator-on-aws#470, an SCP): no bootstrap-first or CDK fallback story', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout18.jsonl', 'h18-002'))
    expect(f.traps).toContain(TRAP)
    expect(statements).toEqual([])
    expect(f.explanation).not.toMatch(/first check that the environment is bootstrapped/)
    expect(f.explanation).toMatch(/whether the environment is bootstrapped shows only after that/)
    expect(notes).toMatch(/FullAWSAccess was detached at one level/)
  })

  it('own: the deploy role refused the read is the bootstrap-role case, not this one (d145)', () => {
    const { f } = analysedOne(corpusText('dev.jsonl', 'd145'))
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('cdk-bootstrap-role')
  })

  it('own: the message alone is no refusal (aws-samples/aws-genai-llm-chatbot#429, h10-107)', () => {
    const { findings } = analysed(corpusText('heldout10.jsonl', 'h10-107'))
    expect(findings.filter((f) => f.kind === 'denial')).toEqual([])
  })

  it('own: another parameter, or a version that is there but old, is not a missing bootstrap', () => {
    const other = analysed(
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', but are for the right account. Proceeding anyway.\nSSM parameter /myapp/config/version not found."
    )
    for (const f of other.findings) expect(f.traps).not.toContain(TRAP)
    const old = analysed(
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', but are for the right account. Proceeding anyway.\n ❌  MyStack failed: Error: MyStack: This CDK deployment requires bootstrap stack version '6', found '4'. Please run 'cdk bootstrap'."
    )
    for (const f of old.findings) expect(f.traps).not.toContain(TRAP)
  })
})
