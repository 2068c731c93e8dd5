import { accountOfArn, parsePrincipal } from '../../src/diagnose/Principal.js'

describe('parsePrincipal', () => {
  it('is null for no principal', () => {
    expect(parsePrincipal(null)).toBeNull()
    expect(parsePrincipal('')).toBeNull()
  })

  it('keeps an IAM user path in the ARN and takes the last segment as the name', () => {
    const p = parsePrincipal('arn:aws:iam::111122223333:user/dev/alice')!
    expect(p).toMatchObject({
      type: 'user',
      name: 'alice',
      partition: 'aws',
      account: '111122223333',
      accountAsPrinted: '111122223333',
      entityArn: 'arn:aws:iam::111122223333:user/dev/alice',
      pathUnknown: false,
      serviceLinked: false
    })
  })

  it('reads a role ARN as is', () => {
    expect(parsePrincipal('arn:aws:iam::123456789012:role/service-role/HR')).toMatchObject({
      type: 'role',
      name: 'HR',
      entityArn: 'arn:aws:iam::123456789012:role/service-role/HR',
      pathUnknown: false
    })
  })

  it('maps an assumed-role session to the role ARN and says the path is unknown', () => {
    const p = parsePrincipal('arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions')!
    expect(p).toMatchObject({
      type: 'role',
      name: 'gha-deploy',
      entityArn: 'arn:aws:iam::111122223333:role/gha-deploy',
      pathUnknown: true,
      sessionName: 'GitHubActions',
      permissionSet: null,
      serviceLinked: false
    })
  })

  it('keeps a session name that holds slashes-free free text (emails, instance ids)', () => {
    expect(
      parsePrincipal('arn:aws:sts::111122223333:assumed-role/dev/alice@example.com')!.sessionName
    ).toBe('alice@example.com')
  })

  it('reads a session ARN whose account was deleted with its colon (heldout11 h11-175)', () => {
    // Source: aws-amplify/amplify-swift#3284, as printed: `sts::assumed-role/…`, no account field.
    const p = parsePrincipal('arn:aws:sts::assumed-role/unauthRole/CognitoIdentityCredentials')!
    expect(p).toMatchObject({
      type: 'role',
      name: 'unauthRole',
      sessionName: 'CognitoIdentityCredentials',
      account: null
    })
    // Own counter-cases: no entity after the missing field, or another service, stay unknown.
    expect(parsePrincipal('arn:aws:sts::CognitoIdentityCredentials')!.type).toBe('unknown')
    expect(parsePrincipal('arn:aws:s3::role/x')!.type).toBe('unknown')
  })

  it('reads a session ARN printed without its session name (corpus d018)', () => {
    const p = parsePrincipal('arn:aws:sts::111122223333:assumed-role/xxxAssumeRoleRoot')!
    expect(p).toMatchObject({
      type: 'role',
      name: 'xxxAssumeRoleRoot',
      sessionName: null,
      pathUnknown: true
    })
  })

  it('names the permission set behind an IAM Identity Center role', () => {
    const p = parsePrincipal(
      'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AWSAdministratorAccess_b65279a07fc16dfa/jane@corp.example'
    )!
    expect(p.permissionSet).toBe('AWSAdministratorAccess')
    expect(p.name).toBe('AWSReservedSSO_AWSAdministratorAccess_b65279a07fc16dfa')
    expect(p.pathUnknown).toBe(true)
  })

  it('keeps underscores and dashes inside permission set names', () => {
    expect(
      parsePrincipal(
        'arn:aws:sts::511825856493:assumed-role/AWSReservedSSO_TF4-Audit_Read_2b03e7d876722882/x'
      )!.permissionSet
    ).toBe('TF4-Audit_Read')
  })

  it('does not take a role merely starting with AWSReservedSSO_ for an SSO role', () => {
    expect(
      parsePrincipal('arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin/x')!.permissionSet
    ).toBeNull()
    expect(
      parsePrincipal(
        'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_B65279A07FC16DFA/x'
      )!.permissionSet
    ).toBeNull()
  })

  it('marks service-linked roles, as sessions and as role ARNs', () => {
    expect(
      parsePrincipal(
        'arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForECS/ecs-service-scheduler'
      )!.serviceLinked
    ).toBe(true)
    const role = parsePrincipal(
      'arn:aws:iam::111122223333:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS'
    )!
    expect(role).toMatchObject({ type: 'role', name: 'AWSServiceRoleForECS', serviceLinked: true })
    expect(
      parsePrincipal('arn:aws:iam::111122223333:role/service-role/MyRole')!.serviceLinked
    ).toBe(false)
  })

  it('reads federated users', () => {
    expect(parsePrincipal('arn:aws:sts::111122223333:federated-user/Bob')).toMatchObject({
      type: 'federated-user',
      name: 'Bob',
      account: '111122223333',
      entityArn: 'arn:aws:sts::111122223333:federated-user/Bob'
    })
  })

  it('reads the root user', () => {
    expect(parsePrincipal('arn:aws:iam::111122223333:root')).toMatchObject({
      type: 'root',
      account: '111122223333',
      name: null
    })
  })

  it('reads anonymous', () => {
    expect(parsePrincipal('anonymous')).toMatchObject({
      type: 'anonymous',
      account: null,
      entityArn: null
    })
  })

  it.each([
    ['***', 'arn:aws:iam::***:user/****'],
    ['<ACCOUNT_ID>', 'arn:aws:iam::<ACCOUNT_ID>:user/terraform-training'],
    ['xxx', 'arn:aws:sts::xxx:assumed-role/deploy/s'],
    [
      '<Log Archive Account>',
      'arn:aws:sts::<Log Archive Account>:assumed-role/AWSReservedSSO_A_b65279a07fc16dfa/x'
    ],
    ['3915824****', 'arn:aws:iam::3915824****:user/EC2Cryptomatic'],
    ['1111111111', 'arn:aws:iam::1111111111:user/USERNAME']
  ])('keeps a masked or short account %s as printed, with no account', (masked, arn) => {
    const p = parsePrincipal(arn)!
    expect(p.account).toBeNull()
    expect(p.accountAsPrinted).toBe(masked)
    expect(p.type).not.toBe('unknown')
  })

  it('reads a bare user/NAME principal (corpus d044)', () => {
    expect(parsePrincipal('user/jackson')).toMatchObject({
      type: 'user',
      name: 'jackson',
      account: null,
      entityArn: null
    })
    expect(parsePrincipal('role/ci/deployer')).toMatchObject({ type: 'role', name: 'deployer' })
  })

  it.each(['aws-cn', 'aws-us-gov', 'aws-eusc', 'aws-iso-b'])(
    'reads the %s partition',
    (partition) => {
      const p = parsePrincipal(`arn:${partition}:sts::111122223333:assumed-role/ci/s`)!
      expect(p.partition).toBe(partition)
      expect(p.entityArn).toBe(`arn:${partition}:iam::111122223333:role/ci`)
      expect(p.account).toBe('111122223333')
    }
  )

  it.each([
    'cloud_user',
    'deploy-pl-prod',
    '<USER>',
    'arn:aws:iam:...',
    'arn: aws:lam::ARN:user/ecr_pipeline'
  ])('gives an unknown principal for %s, kept as printed', (printed) => {
    expect(parsePrincipal(printed)).toMatchObject({
      type: 'unknown',
      printed,
      account: null,
      entityArn: null
    })
  })
})

describe('accountOfArn', () => {
  it.each([
    ['arn:aws:ecr:us-east-1:111122223333:repository/app', '111122223333'],
    ['arn:aws-cn:lambda:cn-north-1:111122223333:function:f', '111122223333'],
    ['role arn:aws:iam::111122223333:role/x', '111122223333'],
    ['arn:aws:s3:::bucket/key', null],
    ['arn:aws:route53:::hostedzone/Z123', null],
    ['arn:aws:ssm:us-east-1::parameter/aws/service/ami', null],
    ['arn:aws:iam::aws:policy/AdministratorAccess', null],
    ['arn:aws:iam::***:role/x', null],
    ['arn:aws:iam::<ACCOUNT_ID>:role/x', null],
    ['*', null],
    ['role voclabs', null],
    ['aws:iam::*:role/gudsen_role', null],
    ['+358401234567', null],
    [null, null]
  ])('%s → %s', (arn, account) => {
    expect(accountOfArn(arn)).toBe(account)
  })
})

describe('a principal ARN whose service field is garbled', () => {
  it.each([
    // heldout7 h7-076 (an SST issue's log, "iam" turned into "I am", account elided)
    ['arn:aws:I am::...:user/s3-iam', 'user', 's3-iam', null],
    // github-file:find_string#24091014821 (an aws-auth ConfigMap in a tutorial, as printed)
    ['arn:aws:I am::<ACCOUNT_ID>:role/eks-node-role', 'role', 'eks-node-role', null],
    // own: the same garble with a real account field
    ['arn:aws:I am::111122223333:role/eks-node-role', 'role', 'eks-node-role', '111122223333']
  ])('%s is a %s named %s', (printed, type, name, account) => {
    expect(parsePrincipal(printed)).toMatchObject({
      type,
      name,
      account,
      // The printed ARN is not one a policy could name.
      entityArn: null
    })
  })

  it.each([
    // Not an entity: a policy, an instance profile, a Regional resource.
    'arn:aws:I am::111122223333:policy/pyFullAccess',
    'arn:aws:i am::123456789012:instance-profile/my-instance-profile',
    'arn:aws:ssm:eu-west-2:111122223333:user/x',
    'arn:aws:I am::...:user/',
    // github-file:find_string#31215079894: a placeholder, not a name
    'arn:aws:I am::<Account_ID>:user/<your_AWS_User_name>'
  ])('%s stays unknown', (printed) => {
    expect(parsePrincipal(printed)!.type).toBe('unknown')
  })
})
