// A call authorised against several resources gets each (issue 17, heldout5 review h5-037/h5-054):
// the catalog's required types, the optional ones the call creates (RunInstances' volume), and
// those the log shows it uses (a key pair, a launch template). iam:PassRole goes beside a launch
// only when the log shows an instance profile.
import { lookupAction } from '../../src/catalog/Catalog.js'
import { checkedTypes } from '../../src/remedy/primaryTypes.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusRecords } from '../support/corpusRecords.js'

const H5_054 = corpusRecords().find((r) => r.id === 'h5-054')!.text

/** The resource types (`volume`, `key-pair`) of a statement's ARNs. */
const typesOf = (resources: string | string[] | undefined) =>
  [resources ?? []]
    .flat()
    .map((arn) => /:([a-z-]+)\/[^:]*$/.exec(arn)?.[1])
    .sort()

describe('checkedTypes (catalog data, not a list for one action)', () => {
  it('RunInstances: the required types, then the volume it creates, then what the log names', () => {
    const entry = lookupAction('ec2:RunInstances')!
    const required = entry.resourceTypes.filter((t) => t.required).map((t) => t.name)
    expect(required).toEqual(expect.arrayContaining(['image', 'instance', 'subnet']))
    expect(checkedTypes(entry, []).map((t) => t.name)).toEqual([...required, 'volume'])
    expect(checkedTypes(entry, ['key-pair', 'launch-template']).map((t) => t.name)).toEqual([
      ...required,
      'key-pair',
      'launch-template',
      'volume'
    ])
  })

  // heldout10 h10-082 (kubernetes-sigs/aws-alb-ingress-controller, CloudTrail named the call) and
  // its expert review: a group is made in a VPC, and the request is checked against it.
  it('CreateSecurityGroup: the security group and the VPC it is made in', () => {
    const entry = lookupAction('ec2:CreateSecurityGroup')!
    expect(checkedTypes(entry, []).map((t) => t.name)).toEqual(['security-group', 'vpc'])
    const { statements } = analysed(corpusRecords().find((r) => r.id === 'h10-082')!.text)
    expect(statements.map((s) => [s.Action, typesOf(s.Resource)])).toEqual([
      ['ec2:CreateSecurityGroup', ['security-group', 'vpc']]
    ])
  })

  // IBM/BlueXolo#470 (h133-030, Terraform) and the heldout132 review: the subnet and the
  // Elastic IP allocation are checked beside the gateway AWS makes.
  it('CreateNatGateway: the gateway, its subnet and its Elastic IP', () => {
    const entry = lookupAction('ec2:CreateNatGateway')!
    expect(checkedTypes(entry, []).map((t) => t.name)).toEqual([
      'natgateway',
      'elastic-ip',
      'subnet'
    ])
    const { statements } = analysed(corpusRecords().find((r) => r.id === 'h133-030')!.text)
    expect(statements.map((s) => [s.Action, typesOf(s.Resource)])).toEqual([
      ['ec2:CreateNatGateway', ['elastic-ip', 'natgateway', 'subnet']]
    ])
  })

  // aws-samples/aws-security-hub-response-and-remediation#4 (h133-013, the CIS VPC flow-log
  // remediation) and the heldout132 review: the VPC whose traffic is logged, and the role passed.
  it('CreateFlowLogs: the flow log and the VPC it records, saying what a subnet log names', () => {
    const { statements, notes } = analysed(corpusRecords().find((r) => r.id === 'h133-013')!.text)
    const create = statements.find((s) => s.Action === 'ec2:CreateFlowLogs')!
    expect(typesOf(create.Resource)).toEqual(['vpc', 'vpc-flow-log'])
    expect(statements.map((s) => s.Action)).toContain('iam:PassRole')
    expect(notes.join('\n')).toMatch(
      /narrow `\*` to the vpc IDs the job uses \(a flow log of a subnet, a network interface or a transit gateway names that resource instead of the VPC\)/
    )
  })

  // peterkimzz/aws-ssm-send-command in a workflow (h136-032) and the heldout136 review: the
  // document the log names, and the instances the command runs on.
  it('SendCommand: the document and the instances it targets', () => {
    const { statements, notes } = analysed(corpusRecords().find((r) => r.id === 'h136-032')!.text)
    expect(statements.map((s) => [s.Action, [s.Resource].flat().sort()])).toEqual([
      [
        'ssm:SendCommand',
        [
          'arn:aws:ec2:<REGION>:<ACCOUNT_ID>:instance/*',
          'arn:aws:ssm:<REGION>::document/AWS-RunShellScript'
        ]
      ]
    ])
    expect(notes.join('\n')).toContain(
      'an on-premises managed node (`mi-…`) is `managed-instance/ID`'
    )
  })

  it('an action without required types, or with alternatives, keeps its one type', () => {
    expect(checkedTypes(lookupAction('s3:GetObject')!, ['key-pair']).map((t) => t.name)).toEqual([
      'object'
    ])
    expect(checkedTypes(lookupAction('bedrock:InvokeModel')!, []).map((t) => t.name)).toEqual([
      'foundation-model'
    ])
  })
})

// hashicorp/packer-plugin-amazon#217 (Packer on CodeBuild; its instance profile in the log).
const PACKER_217 = `Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.
2022/04/29 13:37:57 packer-builder-amazon-ebs plugin: Retryable error: InvalidParameterValue: Value (packer-626bea32-fadd-9b71-aa87-9583008105fc) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name
2022/04/29 13:37:57 packer-builder-amazon-ebs plugin:   status code: 400, request id: 5e96adda-9a86-4e57-b7c7-4b112b1ec13e`

describe('the RunInstances statement', () => {
  it('h5-054 (Packer, CloudTrail): volume and the temporary key pair; no PassRole without a profile', () => {
    const { statements, notes } = analysed(H5_054)
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toBe('ec2:RunInstances')
    expect(typesOf(statements[0]!.Resource)).toEqual([
      'image',
      'instance',
      'key-pair',
      'network-interface',
      'security-group',
      'subnet',
      'volume'
    ])
    expect([statements[0]!.Resource].flat()).toContain('arn:aws:ec2:<REGION>:<ACCOUNT_ID>:volume/*')
    expect(notes.join('\n')).toMatch(/the log shows no instance profile, so none is drafted/)
  })

  it('packer-plugin-amazon#217: the instance profile in the log brings iam:PassRole to EC2', () => {
    const { statements } = analysed(PACKER_217)
    const run = statements.find((s) => s.Action === 'ec2:RunInstances')!
    expect(typesOf(run.Resource)).toContain('volume')
    expect(typesOf(run.Resource)).toContain('key-pair')
    const pass = statements.find((s) => s.Action === 'iam:PassRole')!
    expect(pass.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' }
    })
  })

  it('a launch template named in the log is granted too; no key pair when none is named', () => {
    // Our own: Terraform's wording with a launch template and no key.
    const { statements } = analysed(
      '│ Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation.\n│ \n│   with aws_instance.web,\n│   on main.tf line 3, in resource "aws_instance" "web":\n│    3:   launch_template { id = aws_launch_template.web.id }'
    )
    const run = statements.find((s) => s.Action === 'ec2:RunInstances')!
    expect(typesOf(run.Resource)).toContain('launch-template')
    expect(typesOf(run.Resource)).not.toContain('key-pair')
    expect(statements.some((s) => s.Action === 'iam:PassRole')).toBe(false)
  })
})

// Issue 17, heldout14 review h14-090 and heldout13 review h13-164: a statement naming only some
// of the resources a call is checked against fails again on the next one.
describe('resources every call uses though the reference marks them optional', () => {
  const record = (id: string) => corpusRecords().find((r) => r.id === id)!.text
  /** Notes saying AWS assigns the ID of a type the call only uses. */
  const assignedNote = (notes: string[], type: string) =>
    notes.some((n) => n.startsWith(`The ${type} ARN ends in`) && /AWS assigns that ID/.test(n))

  it('h14-090 (trailofbits/algo#14947): DisassociateRouteTable names the route table beside the printed subnet', () => {
    const { statements, notes } = analysed(record('h14-090'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toBe('ec2:DisassociateRouteTable')
    expect([statements[0]!.Resource].flat().sort()).toEqual([
      'arn:aws:ec2:il-central-1:704235527771:route-table/*',
      'arn:aws:ec2:il-central-1:704235527771:subnet/subnet-010cbb4961e87e005'
    ])
    const why = notes.find((n) => n.startsWith('The route-table ARN ends in'))
    expect(why).toMatch(/checked against the existing route-table it uses/)
    expect(assignedNote(notes, 'route-table')).toBe(false)
    // Nothing is left to fill in: the route table is `*`, the subnet as printed.
    expect(notes.join('\n')).toMatch(
      /several resources at once \(subnet, route-table\): the statement names each\./
    )
  })

  /** Every resource type ec2:CreateFleet is authorised on, as the catalog lists them. */
  const FLEET_TYPES = [
    'fleet',
    'image',
    'instance',
    'launch-template',
    'security-group',
    'subnet',
    'volume'
  ]

  it('h13-164 (aws/aws-parallelcluster#3505): CreateFleet covers template, image, subnet and security group', () => {
    const { statements, notes } = analysed(record('h13-164'))
    const fleet = statements.find((s) => s.Action === 'ec2:CreateFleet')!
    expect(typesOf(fleet.Resource)).toEqual(FLEET_TYPES)
    const resources = [fleet.Resource].flat()
    // An AMI is often Amazon's or a vendor's: its ARN has no account.
    expect(resources).toContain('arn:aws:ec2:<REGION>::image/*')
    expect(resources).toContain('arn:aws:ec2:<REGION>:<ACCOUNT_ID>:security-group/*')
    for (const used of ['image', 'launch-template', 'security-group', 'subnet']) {
      expect(assignedNote(notes, used)).toBe(false)
      expect(notes.some((n) => n.startsWith(`The ${used} ARN ends in`))).toBe(true)
    }
    expect(assignedNote(notes, 'fleet')).toBe(true)
    expect(notes.join('\n')).toMatch(/the AMI may be owned by another account/)
  })

  // kubernetes-sigs/karpenter#2813 (CloudTrail's errorMessage, Karpenter 1.5.0, account masked).
  const KARPENTER_2813 = `  "errorCode": "Client.UnauthorizedOperation",
  "errorMessage": "You are not authorized to perform this operation. User: arn:aws:sts::XXXXXX:assumed-role/abc-Karpenter-Role/1768825272022703283 is not authorized to perform: ec2:CreateFleet on resource: arn:aws:ec2:us-west-2:XXXXXX:launch-template/* because no identity-based policy allows the ec2:CreateFleet action. Encoded authorization failure message: XXXX",`

  it('karpenter#2813: the printed launch template, then every other type in its Region', () => {
    const { statements } = analysed(KARPENTER_2813)
    const fleet = statements.find((s) => s.Action === 'ec2:CreateFleet')!
    const resources = [fleet.Resource].flat()
    expect(resources).toContain('arn:aws:ec2:us-west-2:<ACCOUNT_ID>:launch-template/*')
    expect(resources).toContain('arn:aws:ec2:us-west-2:<ACCOUNT_ID>:subnet/*')
    expect(typesOf(fleet.Resource)).toEqual(FLEET_TYPES)
    expect(resources).toContain('arn:aws:ec2:us-west-2::image/*')
  })

  it('counter-cases: RunInstances keeps placeholders; a look-alike action gets no route table', () => {
    // Our own: RunInstances' subnet is required and named by the job, so it stays a placeholder.
    const run = analysed(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action.'
    ).statements.find((s) => s.Action === 'ec2:RunInstances')!
    expect([run.Resource].flat()).toContain('arn:aws:ec2:us-east-1:111122223333:subnet/<SUBNET_ID>')
    // Our own: DisassociateAddress works on an address, not a route table.
    const { statements } = analysed(
      'An error occurred (UnauthorizedOperation) when calling the DisassociateAddress operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:DisassociateAddress on resource: arn:aws:ec2:us-east-1:111122223333:elastic-ip/eipalloc-0a1b2c3d because no identity-based policy allows the ec2:DisassociateAddress action.'
    )
    expect(statements.flatMap((s) => typesOf(s.Resource))).not.toContain('route-table')
    expect(checkedTypes(lookupAction('ec2:AssociateRouteTable')!, []).map((t) => t.name)).toEqual([
      'route-table'
    ])
  })
})
