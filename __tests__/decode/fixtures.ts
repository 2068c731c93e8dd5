// Decoded authorization messages and encoded blobs used across the decode tests.

/**
 * Implicit deny on an EC2 sub-resource. Shape as AWS documents it for EC2 sub-resources
 * ("structure verified, values invented"), after https://repost.aws/knowledge-center/ec2-not-auth-launch.
 */
export const implicitDenyKeyPair = {
  allowed: false,
  explicitDeny: false,
  matchedStatements: { items: [] },
  failures: { items: [] },
  context: {
    principal: {
      id: 'AROA4EXAMPLEROLEID00:GitHubActions',
      arn: 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions'
    },
    action: 'ec2:RunInstances',
    resource: 'arn:aws:ec2:us-east-1:111122223333:key-pair/ci-key',
    conditions: {
      items: [
        { key: 'aws:Region', values: { items: [{ value: 'us-east-1' }] } },
        { key: 'aws:Service', values: { items: [{ value: 'ec2' }] } },
        { key: 'aws:Resource', values: { items: [{ value: 'key-pair/ci-key' }] } },
        { key: 'aws:Type', values: { items: [{ value: 'key-pair' }] } },
        { key: 'aws:Account', values: { items: [{ value: '111122223333' }] } },
        { key: 'ec2:KeyPairName', values: { items: [{ value: 'ci-key' }] } },
        {
          key: 'aws:ARN',
          values: { items: [{ value: 'arn:aws:ec2:us-east-1:111122223333:key-pair/ci-key' }] }
        }
      ]
    }
  }
}

/**
 * Our own nasty explicit deny: a matched DENY statement (field names as recalled in §3.3, marked
 * uncertain there), and a context full of values that must never reach a report: tags, a source
 * IP, a VPC id, a user id.
 */
export const explicitDenyWithSecrets = {
  allowed: false,
  explicitDeny: true,
  matchedStatements: {
    items: [
      {
        statementId: 'DenyLargeInstances',
        effect: 'DENY',
        principals: { items: [{ value: 'AROA4EXAMPLEROLEID00' }] },
        principalGroups: { items: [] },
        actions: { items: [{ value: 'ec2:RunInstances' }] },
        resources: { items: [{ value: 'arn:aws:ec2:*:*:instance/*' }] },
        conditions: { items: [] }
      }
    ]
  },
  failures: { items: [] },
  context: {
    principal: {
      id: 'AROA4EXAMPLEROLEID00:GitHubActions',
      arn: 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions'
    },
    action: 'ec2:RunInstances',
    resource: 'arn:aws:ec2:eu-west-1:111122223333:instance/*',
    conditions: {
      items: [
        { key: 'aws:Region', values: { items: [{ value: 'eu-west-1' }] } },
        { key: 'ec2:InstanceType', values: { items: [{ value: 't3.2xlarge' }] } },
        { key: 'aws:RequestTag/CostCenter', values: { items: [{ value: 'project-nightjar' }] } },
        { key: 'ec2:ResourceTag/Owner', values: { items: [{ value: 'alice@example.com' }] } },
        { key: 'aws:SourceIp', values: { items: [{ value: '203.0.113.7' }] } },
        {
          key: 'ec2:Vpc',
          values: { items: [{ value: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0abc' }] }
        },
        { key: 'aws:userid', values: { items: [{ value: 'AROA4EXAMPLEROLEID00:GitHubActions' }] } }
      ]
    }
  }
}

/** The values above that must not appear anywhere in a decoded finding. */
export const secretValues = [
  'project-nightjar',
  'alice@example.com',
  '203.0.113.7',
  'vpc-0abc',
  'AROA4EXAMPLEROLEID00'
]

/** iam:PassRole denied while calling RunInstances (the case of the KC article cited in §3.3). */
export const passRoleDuringRunInstances = {
  allowed: false,
  explicitDeny: false,
  matchedStatements: { items: [] },
  failures: { items: [] },
  context: {
    principal: { id: 'AIDAEXAMPLEUSER00000', name: 'ci', arn: 'arn:aws:iam::111122223333:user/ci' },
    action: 'iam:PassRole',
    resource: 'arn:aws:iam::111122223333:role/app-instance-role',
    conditions: {
      items: [{ key: 'iam:PassedToService', values: { items: [{ value: 'ec2.amazonaws.com' }] } }]
    }
  }
}

/**
 * A line-wrapped blob as published in corpus record d068
 * (source: https://oz.akan.io/posts/how-to-decode-authorization-message).
 */
export const wrappedBlobD068 =
  'oGsbAaIV7wlfj8zUqebHUANHzFbmkzILlxyj__y9xwhIHk99U_cUq1FIeZnskWDjQ1wSHStVfdCEyZILGoccGpCiCIhOR\n' +
  'ceWF9rRwFTnEcRJ3N9iTrPAE1WHveC5Z54ALPaWlEjHlLg8wCaB8d8lCKmxQuylCm0r1Bf2fHJRUjAYopMVmga8olFmKAl\n' +
  '9yn_Z5rI120Q9p5ZIMX28zYM4dTu1cJQUQjosgrEejfiIMYDda8l7Ooko9H6VmGJXS62KfkRa5l7yE6hhh2bIwA6tpyCJy\n' +
  '2LWFRTe4bafqAyoqkarhPA4mGiZyWn4gSqbO8o-uqSIvWYPweaKGkampa0arcFR4gBD7Ph097WYBkzX9hVjGppLMy4jpXRv\n' +
  'jeA5o7TembBR-Jvowq6mNim0'

export const testCredentials = {
  accessKeyId: 'AKIDWHYDENIEDTEST01',
  secretAccessKey: 'whydenied/test/secret+key/0123456789abcdef'
}

/** Env for loadStsDecoder: test keys and nothing that could reach a real AWS account. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    AWS_ACCESS_KEY_ID: testCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: testCredentials.secretAccessKey,
    ...extra
  }
}
