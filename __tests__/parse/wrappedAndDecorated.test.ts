// Issues 10 and 17 (heldout3 review part 2, classes 3 and 11): fields read from messages that a
// wrap split, that formatting decorated, or that a reporter cut. Excerpts are as printed; the
// `github-file:find_string#N` sources follow the corpus README's convention.
import { parseText } from './parseText.js'

function first(text: string) {
  const found = parseText(text)
  expect(found.length).toBeGreaterThan(0)
  return found[0]!
}

describe('a token a wrap split with no space is one token', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      // github-file:find_string#55223171543 (eksctl troubleshooting note).
      'eksctl: the role name on the next line',
      '```bash\neksctl create cluster --name netflix-cluster ...\n\n# Error 1\nAccessDeniedException: User: arn:aws:sts::445160884854:assumed-role/\njenkins-ec2-role is not authorized to perform: \neks:DescribeClusterVersions\n',
      {
        principal: 'arn:aws:sts::445160884854:assumed-role/jenkins-ec2-role',
        action: 'eks:DescribeClusterVersions'
      }
    ],
    [
      // github-file:find_string#55095463694 (CDK deploy runbook): a resource-handler message.
      'CDK: the execution role on the next line',
      '```\nResource handler returned message: "User: arn:aws:sts::<account>:assumed-role/\ncdk-hnb659fds-cfn-exec-role-.../AWSCloudFormation is not authorized to perform:\nrds:DescribeDBSubnetGroups on resource: *"\n```',
      {
        principal:
          'arn:aws:sts::<account>:assumed-role/cdk-hnb659fds-cfn-exec-role-.../AWSCloudFormation',
        action: 'rds:DescribeDBSubnetGroups',
        resource: '*'
      }
    ],
    [
      // github-file:find_string#62300363521 (verbatim EC2 responses): the SCP clause still counts.
      'EC2: an SSO session on the next line, an SCP deny after it',
      '```text\n# 1 — region\nAn error occurred (UnauthorizedOperation) when calling the DescribeInstances operation:\nYou are not authorized to perform this operation. User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/\nAWSReservedSSO_MlopsToxicAdmin_<SUFFIX>/rock.lambros is not authorized to perform:\nec2:DescribeInstances with an explicit deny in a service control policy:\narn:aws:organizations::<ACCOUNT_ID>:policy/<ORG_ID>/service_control_policy/<POLICY_ID>\n',
      {
        code: 'UnauthorizedOperation',
        principal:
          'arn:aws:sts::<ACCOUNT_ID>:assumed-role/AWSReservedSSO_MlopsToxicAdmin_<SUFFIX>/rock.lambros',
        action: 'ec2:DescribeInstances',
        layer: 'scp',
        deny: 'explicit'
      }
    ],
    [
      'own: principal and resource cut at a terminal width, the reason after the resource',
      'Received response status [FAILED] from custom resource. Message returned: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/DNSStack-Writer-1TVU17T3ISUAH/DNSS\ntack-Writer-XVqkhaL6MfRN is not authorized to perform: ssm:ListTagsForResource on resource: arn:aws:ssm:ap-southeast-2:111122223333:parameter/cdk/exports/Compute\nStack/RefHostedZone because no identity-based policy allows the ssm:ListTagsForResource action',
      {
        principal:
          'arn:aws:sts::111122223333:assumed-role/DNSStack-Writer-1TVU17T3ISUAH/DNSStack-Writer-XVqkhaL6MfRN',
        resource:
          'arn:aws:ssm:ap-southeast-2:111122223333:parameter/cdk/exports/ComputeStack/RefHostedZone',
        layer: 'identity',
        deny: 'implicit'
      }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })

  it('a caller identity printed in columns is no denial (github-file:find_string#60706456006)', () => {
    const text =
      '```text\nidentity   arn:aws:sts::993912191738:assumed-role/\n           aws-devops-sdet-demo-site-publish/GitHubActions\nhttp       attempt 1: 200 — https://demo.uveapp.net/ over a verified TLS chain\n```'
    expect(parseText(text)).toEqual([])
  })
})

describe('decoration never reaches a field', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      // github-file:find_string#51911980530 (an S3 least-privilege lab): the message in `#` comments,
      // the resource quoted on the next commented line.
      'a # comment block, the resource on the next line',
      '```bash\n# Attempt to delete Data-report.csv\naws s3 rm s3://secure-corp-storage/Data-report.csv\n# delete failed: s3://secure-corp-storage/Data-report.csv\n# An error occurred (AccessDenied) when calling the DeleteObject operation:\n# User: arn:aws:sts::855409827378:assumed-role/ec2-s3-access-role/i-0fd9fbf94b8147f5e\n# is not authorized to perform: s3:DeleteObject on resource:\n# "arn:aws:s3:::secure-corp-storage/Data-report.csv"\n```',
      {
        code: 'AccessDenied',
        principal: 'arn:aws:sts::855409827378:assumed-role/ec2-s3-access-role/i-0fd9fbf94b8147f5e',
        action: 's3:DeleteObject',
        resource: 'arn:aws:s3:::secure-corp-storage/Data-report.csv'
      }
    ],
    [
      // github-file:find_string#27225689592 (a Terraform file's comment): `on` / `# resource:`
      // and the reason clause each behind the gutter.
      'a Terraform diagnostic kept in HCL comments',
      '  # Error: creating IAM Instance Profile (dp-webapp-dev-ssm-profile-20250724220958955000000002): \n  # operation error IAM: CreateInstanceProfile, https response error StatusCode: 403, \n  # RequestID: 93bb7a7f-cfc3-49d4-b409-04fc39a2783a, api error AccessDenied: \n  # User: arn:aws:iam::711685268649:user/david.p is not authorized to perform: iam:TagInstanceProfile on \n  # resource: arn:aws:iam::711685268649:instance-profile/dp-webapp-dev-ssm-profile-20250724220958955000000002 \n  # because no identity-based policy allows the iam:TagInstanceProfile action\n  # tags = local.common',
      {
        code: 'AccessDenied',
        action: 'iam:TagInstanceProfile',
        resource:
          'arn:aws:iam::711685268649:instance-profile/dp-webapp-dev-ssm-profile-20250724220958955000000002',
        layer: 'identity',
        deny: 'implicit'
      }
    ],
    [
      // github-file:find_string#850975303 (a CDK construct's comment): the reason behind the gutter.
      'a Python comment block, the reason on the next commented line',
      '        #############################################\n        # An error occurred (KMS.AccessDeniedException) when calling the SendMessage operation:\n        # User: arn:aws:sts::<ACCOUNT>:assumed-role/<name> is not authorized\n        # to perform: kms:GenerateDataKey on resource: arn:aws:kms:<REGION>:<ACCOUNT>:key/<id>\n        # because no identity-based policy allows the kms:GenerateDataKey action (Service: AWSKMS;',
      {
        principal: 'arn:aws:sts::<ACCOUNT>:assumed-role/<name>',
        resource: 'arn:aws:kms:<REGION>:<ACCOUNT>:key/<id>',
        layer: 'identity',
        deny: 'implicit'
      }
    ],
    [
      // github-file:find_string#27858015908 (a permissions-boundary guide): bold around it all.
      'Markdown bold around a typed resource and an explicit boundary deny',
      'When some try to give admin try to give admin access to someone below error will thorw\n**Policy AdministratorAccess not added.**\n**User: arn:aws:iam::274198322412:user/VigneshAdmin is not authorized to perform: iam:AttachUserPolicy on resource: user ROBERT with an explicit deny in a permissions boundary**\n',
      {
        principal: 'arn:aws:iam::274198322412:user/VigneshAdmin',
        resource: 'user ROBERT',
        layer: 'permissions-boundary',
        deny: 'explicit'
      }
    ],
    [
      'own: bold-italic closing right after the resource',
      '***Error assuming role arn:aws:iam::{account}:role/target: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::{account}:assumed-role/src/s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{account}:role/target***',
      { resource: 'arn:aws:iam::{account}:role/target' }
    ],
    [
      'own: bold around the subject alone',
      '**User: arn:aws:iam::111122223333:user/ci** is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k',
      { principal: 'arn:aws:iam::111122223333:user/ci', resource: 'arn:aws:s3:::b/k' }
    ],
    [
      'own: an ARN a writer elided after a colon keeps the colon and the elision',
      '- error: `User: arn:aws:iam::111122223333:role/AppRole is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:...`',
      { resource: 'arn:aws:kms:...' }
    ],
    [
      // aws-actions/configure-aws-credentials#1293: bold opened on the line before the message.
      'bold opened a line before closes after the action',
      '**Assuming role with OIDC\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity**',
      { action: 'sts:AssumeRoleWithWebIdentity' }
    ],
    [
      'own: underscores around the action, stars around the resource ARN',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: __s3:GetObject__ on resource: **arn:aws:s3:::b/k**',
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }
    ],
    [
      'own: a single star after an action is a wildcard as printed, not emphasis',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:Get* on resource: arn:aws:s3:::b/k',
      { action: 's3:Get*' }
    ],
    [
      'own: a double-star resource with no emphasis open keeps its stars',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/**',
      { resource: 'arn:aws:s3:::b/**' }
    ],
    [
      'own: a wildcard resource with no emphasis open keeps its star',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:ListBucket on resource: arn:aws:s3:::b/*',
      { resource: 'arn:aws:s3:::b/*' }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })

  it('never emits a gutter as a value', () => {
    for (const f of parseText(
      '  #   denied: ... not authorized to perform: ecr:InitiateLayerUpload on resource:\n  #\n  # see above'
    )) {
      expect(f.resource ?? '').not.toMatch(/^[#>|]+$/)
      expect(f.principal ?? '').not.toMatch(/^[#>|]+$/)
    }
  })
})

describe('callers named on another line or in other words', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'own: IAM refusing to show another account’s provider, the subject on the line above',
      'Error: reading IAM OIDC Provider\n(arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com):\noperation error IAM: GetOpenIDConnectProvider,\napi error AccessDenied: User: arn:aws:iam::111122223333:user/ci\nis not authorized to access this resource',
      {
        code: 'AccessDenied',
        principal: 'arn:aws:iam::111122223333:user/ci',
        service: 'iam',
        action: null
      }
    ],
    [
      'own: a message pasted up to `perform:` names who was refused',
      '```\nError: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/build/AWSCodeBuild-1 is not authorized to perform:\n```',
      {
        code: 'AccessDeniedException',
        principal: 'arn:aws:sts::111122223333:assumed-role/build/AWSCodeBuild-1',
        action: null
      }
    ],
    [
      'own: Lambda’s stored KMS error, wrapped inside its JSON string, gives its code to the sentence',
      '"Error": {\n  "ErrorCode": "AccessDeniedException",\n  "Message": "Lambda was unable to decrypt your environment variables because the KMS\n  access was denied. User: assumed-role/app-role/GitHubActions\n  is not authorized to perform: kms:Decrypt on resource:\n  arn:aws:kms:us-east-1:111122223333:key/abcd"\n}',
      {
        code: 'AccessDeniedException',
        principal: 'assumed-role/app-role/GitHubActions',
        action: 'kms:Decrypt',
        resource: 'arn:aws:kms:us-east-1:111122223333:key/abcd'
      }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })

  it.each<[string, string]>([
    // github-file:find_string#61310618231 (Azure DevOps diagnostics) and an app's own 403.
    [
      'Azure DevOps',
      "Error:       TF400813: The user '...' is not authorized to access this resource."
    ],
    ['an app role check', 'message: `Role (admin) is not authorized to access this resource`'],
    ['no ARN for a subject', 'User: alice is not authorized to access this resource']
  ])('%s is no IAM refusal', (_t, text) => {
    expect(parseText(text).filter((f) => f.principal !== null)).toEqual([])
  })
})

describe('placeholders are no operation', () => {
  it('`when calling the XXX operation` names none (a heading over real messages)', () => {
    const found = parseText(
      '# An error occurred (AccessDenied) when calling the XXX operation\n\n> An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied'
    )
    expect(found.map((f) => f.operation)).not.toContain('XXX')
    expect(found.map((f) => f.operation)).toContain('ListBuckets')
  })

  it.each(['OPERATION', 'XXX', 'YYY'])('%s', (op) => {
    const found = parseText(
      `An error occurred (AccessDenied) when calling the ${op} operation: Access Denied`
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.operation).toBeNull()
  })
})

describe('a reason clause in the same error block, on another line', () => {
  it('behind a comment gutter, after the action (github-file:find_string#63508798552)', () => {
    const f = first(
      '# ListSecrets => AccessDeniedException\n# User: arn:aws:sts::2646221XXXXX:assumed-role/u-xxx-xxxx-iamr-ec2-profile/i-012068beaXXXXXXXX \n# is not authorized to perform: secretsmanager:ListSecrets \n# because no identity-based policy allows the secretsmanager:ListSecrets action\ntry:'
    )
    expect(f).toMatchObject({
      principal:
        'arn:aws:sts::2646221XXXXX:assumed-role/u-xxx-xxxx-iamr-ec2-profile/i-012068beaXXXXXXXX',
      action: 'secretsmanager:ListSecrets',
      layer: 'identity',
      deny: 'implicit'
    })
  })

  it.each<[string, string, Record<string, unknown>]>([
    [
      'own: the SCP clause opening the line after EC2’s message',
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.\nwith an explicit deny in a service control policy',
      { code: 'UnauthorizedOperation', layer: 'scp', deny: 'explicit' }
    ],
    [
      'own: indented under a Terraform error',
      'Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation.\n    with an explicit deny in a service control policy\n',
      { code: 'UnauthorizedOperation', layer: 'scp', deny: 'explicit' }
    ]
  ])('%s', (_t, text, want) => {
    const found = parseText(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject(want)
  })

  it.each<[string, string]>([
    [
      'a blank line ends the block',
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.\n\nwith an explicit deny in a service control policy'
    ],
    [
      'the next timestamped record ends the block',
      '2024-01-01T00:00:00Z An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.\n2024-01-01T00:00:01Z note: the docs say with an explicit deny in a service control policy'
    ]
  ])('%s', (_t, text) => {
    expect(parseText(text).map((f) => [f.layer, f.deny])).toEqual([[null, null]])
  })
})

describe('messages other tools and wraps print', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      // aws-samples/amazon-s3-presigned-urls-aws-sam#14: a browser console's failed upload.
      'a browser console’s request line against S3',
      '```\nVM9:1          PUT https://BUCKETNAME.s3.REGION.amazonaws.com/undefined 403 (Forbidden)\n(anonymous) @ VM9:1\n',
      { kind: 'denial', code: null }
    ],
    [
      // nukulb/s3-angular-file-upload#6.
      'a POST to a bucket endpoint',
      'Whatever I do, I get    POST https://mybucket.s3.amazonaws.com/ 403 (Forbidden) \n\neveryone upload / delete is ok.',
      { kind: 'denial', code: null, service: 's3' }
    ],
    [
      // github-file:find_string#49830944119 (a developer's notes): the Serverless Framework.
      'Serverless Framework with no credentials',
      'serverless deploy\nServerless: DOTENV: Loading environment variables from .env:\nServerless: \t - MONGO_URI\n\n  Serverless Error ---------------------------------------\n\n  AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: <http://slss.io/aws-creds-setup>.\n```',
      { kind: 'credentials' }
    ],
    [
      'own: S3’s signature message wrapped between its words',
      'software.amazon.awssdk.services.s3.model.S3Exception: The request signature we calculated \ndoes not match the signature you provided. Check your key and signing method. \n(Service: S3, Status Code: 403, Request ID: H4G41G2XG1YZY19X)',
      { kind: 'credentials', service: 's3' }
    ],
    [
      'own: the Java SDK v2 service label wrapped onto the next line',
      'java.nio.file.AccessDeniedException: a: Writing Object on a:\n software.amazon.awssdk.services.s3.model.S3Exception: Access Denied\n (Service: S3, Status Code: 403, Request ID: F08EV50F85AYKF1V):AccessDenied',
      { kind: 'denial', code: 'AccessDenied', service: 's3' }
    ]
  ])('%s', (_t, text, want) => {
    expect(first(text)).toMatchObject(want)
  })

  it('own: a request line with its response body pasted is the body’s finding alone', () => {
    const found = parseText(
      '`PUT https://b.s3.eu-west-1.amazonaws.com/k 403 (Forbidden)`\n\nThe response:\n\n`The request signature we calculated does not match the signature you provided.`'
    )
    expect(found.map((f) => f.kind)).toEqual(['credentials'])
  })

  it.each<[string, string]>([
    [
      'another S3-compatible endpoint',
      'PUT https://bucket.s3.us-south.cloud-object-storage.appdomain.cloud/k 403 (Forbidden)'
    ],
    ['a request that succeeded', 'PUT https://b.s3.amazonaws.com/k 200 (OK)'],
    [
      // github-file:find_string#4844940026 (the Serverless Framework's source): a string literal.
      'the message built in source code',
      "          if (err.message === 'Missing credentials in config') {\n              const errorMessage = [\n                'AWS provider credentials not found.',\n                ' Learn how to set up AWS provider credentials',"
    ],
    [
      // github-file:find_string#68615525433 (a C# doc comment quoting S3).
      'a doc comment quoting the signature message',
      '    /// is internally consistent and that AWS rejects with <i>"The request signature we calculated\n    /// does not match the signature you provided"</i> — the header set and the body are right, so'
    ]
  ])('%s is no finding', (_t, text) => {
    expect(parseText(text)).toEqual([])
  })
})
