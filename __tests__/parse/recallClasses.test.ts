// Recall of issue 10's remaining classes: EKS refusals as other clients print them, CDK's
// credentials messages and its bootstrap-role warning before a failure, and look-alikes that
// must stay silent (S3-compatible services named in words, local emulators, Organizations
// membership, documentation). Texts are as printed in the threads named with each case.
import { parseText } from './parseText.js'

function kinds(text: string): [string, string | null][] {
  return parseText(text).map((f) => [f.kind, (f.detail.cause as string | undefined) ?? null])
}

describe('EKS refusing an unmapped IAM principal (credentials)', () => {
  it.each([
    [
      'azionaventures/workstation-setup#9 (kubectl; EKS named in Italian prose)',
      "dopo un po' di tempo che non si eseguono comandi, loggati attraverso l'utilizzo del ruolo eks-console-{environment}, nonsi riusce più a loggare sul server eks\n```\n(venv) ➜  ~ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)\n```"
    ],
    [
      'terraform-aws-modules/terraform-aws-eks#3198 (kubectl after `update kubeconfig`)',
      "Just recently upgraded the module version to latest and provisioned a cluster. After running update kubeconfig I'm receiving error below\n\nerror: You must be logged in to the server (Unauthorized)\nI'm  using same credentials I used to provision the cluster. Seems like some changes in current version."
    ],
    [
      'eksctl-io/eksctl#7136 (eksctl)',
      '```2023-10-03 13:41:44 [ℹ]  will use version 1.27 for new nodegroup(s) based on control plane version\n2023-10-03 13:41:44 [!]  no eksctl-managed CloudFormation stacks found for "gds-cluster", will attempt to create nodegroup(s) on non eksctl-managed cluster\nError: getting list of API resources for raw REST client: Unauthorized\n```'
    ],
    [
      'terraform-aws-modules/terraform-aws-eks#2422 (Terraform kubernetes provider writing aws-auth)',
      '```\n│ Error: Unauthorized\n│ \n│   with module.eks.kubernetes_config_map.aws_auth[0],\n│   on .terraform/modules/eks/main.tf line 510, in resource "kubernetes_config_map" "aws_auth":\n│  510: resource "kubernetes_config_map" "aws_auth" {\n```\n\nI try with \n```\n  manage_aws_auth_configmap = false\n  create_aws_auth_configmap = false\n```\nand run after the cluster create with \n```\n  manage_aws_auth_configmap = true\n  create_aws_auth_configmap = true\n```\nbut i get the same error.\n\nkubectl commands also failed\n\n```\nE0126 17:51:30.930467   68146 memcache.go:238] couldn\'t get current server API group list: the server has asked for the client to provide credentials\n\n```'
    ],
    [
      'aws-samples/eks-aws-auth-configmap#1 (Python client writing aws-auth)',
      '@sukumarsengott  aws_auth_config.py is failing with the following error:\n\nException when calling CoreV1Api->create_namespaced_config_map: (401)\nReason: Unauthorized'
    ],
    [
      'hashicorp-education/learn-terraform-provision-eks-cluster#33 (Terraform, module.eks)',
      'I have admin privilege to create cluster but I am getting below error while\ncreating the cluster.\n\nmodule.eks.kubernetes_config_map.aws_auth[0]: Creating...\n\nError: Unauthorized'
    ]
  ])('%s', (_source, text) => {
    const found = kinds(text)
    expect(found.length).toBeGreaterThan(0)
    for (const k of found) expect(k).toEqual(['credentials', 'eks-not-mapped'])
  })

  it.each([
    [
      'kubernetes-sigs/aws-iam-authenticator#179 (no EKS in sight)',
      '+ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)'
    ],
    [
      'own: an API that is not Kubernetes',
      'curl https://api.example.com/v1/items\nError: Unauthorized'
    ],
    [
      'own: a 401 from some other Python client',
      'Exception when calling BillingApi->list: (401)\nReason: Unauthorized'
    ],
    [
      'own: Unauthorized in the middle of a sentence near EKS',
      'eks deploy: Error: Unauthorized requests are retried three times'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('CDK', () => {
  it.each([
    [
      'aws-actions/configure-aws-credentials#1201 (two spaces, masked account)',
      '### Current Behavior\n\nReceiving an error:\nNeed to perform AWS calls for account  ***, but no credentials have been configured'
    ],
    [
      'aws-samples/amazon-cloudwatch-alarms-repeated-notification-cdk#8 (no account to deploy to)',
      'Getting Erro like below:\n❌ Deployment failed: Error: Stack Deployments Failed: Error: Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment\n    at deployStacks (/home/ec2-user/.nvm/versions/node/v16.20.0/lib/node_modules/cdk/node_modules/aws-cdk/lib/index.js:400:129083)\n    at async CdkToolkit.deploy (/home/ec2-user/.nvm/versions/node/v16.20.0/lib/node_modules/cdk/node_modules/aws-cdk/lib/index.js:400:147788)\n    at async exec4 (/home/ec2-user/.nvm/versions/node/v16.20.0/lib/node_modules/cdk/node_modules/aws-cdk/lib/index.js:455:51984)\n\nStack Deployments Failed: Error: Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment'
    ],
    [
      'own: the usual wording',
      'Need to perform AWS calls for account 123456789012, but no credentials have been configured'
    ]
  ])('%s: credentials missing', (_source, text) => {
    const found = kinds(text)
    expect(found.length).toBeGreaterThan(0)
    for (const k of found) expect(k).toEqual(['credentials', 'missing'])
  })

  it('aws-samples/bedrock-chat#673: the bootstrap-role warning followed by a failure is the finding', () => {
    const [f, ...rest] = parseText(
      "current credentials could not be used to assume 'arn:aws:iam::xxxxxxxxxxx:role/cdk-hnb659fds-deploy-role-xxxxxxxxxxx-us-east-1', but are for the right account. Proceeding anyway.\nFrontendWafStack: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)"
    )
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', grammar: 'cdk-could-not-assume' })
    expect(f!.detail.role).toBe(
      'arn:aws:iam::xxxxxxxxxxx:role/cdk-hnb659fds-deploy-role-xxxxxxxxxxx-us-east-1'
    )
  })

  it('own: the warnings then a rollback are one finding, the first role named', () => {
    // One cause (the caller may not assume CDK's bootstrap roles): the roles fold together.
    const text = [
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.",
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-file-publishing-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.",
      'MyStack | 0/3 | 10:01:02 | UPDATE_ROLLBACK_IN_PROGRESS | AWS::CloudFormation::Stack | MyStack'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.detail.role])).toEqual([
      ['denial', 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1']
    ])
  })

  it('own: the warning then success is no finding', () => {
    const text = [
      "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-eu-west-1', but are for the right account. Proceeding anyway.",
      'MyStack: deploying... [1/1]',
      ' ✅  MyStack'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })
})

describe('look-alikes', () => {
  it.each([
    [
      'knadh/listmonk#715 (DigitalOcean named in prose)',
      '**Description of the bug and steps to reproduce:**\nUploading S3 assets to digitalocean fails with 403 error:\n\n```\nerror uploading file: status code: 403 Forbidden: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?><Error><Code>AccessDenied</Code><RequestId>tx000000000000028330f0d-00620d9368-2738c28d-nyc3c</RequestId><HostId>2738c28d-nyc3c-nyc3-zg03</HostId></Error>"\n```'
    ],
    [
      '1Panel-dev/1Panel#3201 (Cloudflare R2 named in Chinese prose)',
      '1panel备份方式中添加cloudflare r2对象存储时，点击“获取桶”会报错:\n`服务内部错误: AccessDenied: Access Denied status code: 403, request id: , host id:`\n请问如何解决？是我的配置有问题吗？但在alist上测试是成功的'
    ],
    [
      'nextcloud/server#36427 (Storj gateway)',
      '\t"message": "Error executing \\"PutObject\\" on \\"https://gateway.storjshare.io/valentine-cloud/urn%3Aoid%3A205\\"; AWS HTTP error: Client error: `PUT https://gateway.storjshare.io/valentine-cloud/urn%3Aoid%3A205` resulted in a `403 Forbidden` response:\\n<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Key>urn:oid:205 (truncated...)\\n AccessDenied (client): Access Denied. - <?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Key>urn:oid:205</Key><BucketName>valentine-cloud</BucketName><Resource>/valentine-cloud/urn:oid:205</Resource><RequestId>173ECB1094DDCDFD</RequestId><HostId></HostId></Error>",\n\t"userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Safari/537.36",\n\t"version": "25.0.3.2",\n\t"exception": {\n\t\t"Exception": "Aws\\\\S3\\\\Exception\\\\S3Exception",'
    ],
    [
      'ministackorg/ministack#1505 (MiniStack, a local emulator)',
      'MiniStack 1.5.0 (`ministackorg/ministack@sha256:ba48c207…26bbb9`), `AUTH=true`.\n\n## What happens\n\nUnder `AUTH=true`, `kms:Decrypt` is denied for any principal whose policy scopes KMS by key ARN or alias ARN — because `Decrypt` does not carry `KeyId`. `kms:Encrypt`, which does carry it, is allowed by the same policy.\n\n```\n# policy: Allow kms:Encrypt, kms:Decrypt on arn:aws:kms:us-east-1:000000000000:alias/my-key\n$ CT=$(aws $E kms encrypt --key-id alias/my-key --plaintext dGVzdGU= --query CiphertextBlob --output text)   # ok\n\n$ aws $E kms decrypt --ciphertext-blob "$CT"\nAn error occurred (AccessDeniedException) ... is not authorized to perform: kms:Decrypt\n  because no identity-based policy allows the kms:Decrypt action\n```'
    ],
    [
      'zfile-dev/zfile#62 (Alibaba OSS, its own message)',
      '阿里云OSS已经配置accesskey，但是无法正常访问。\n\n## 当前行为\n\n<Error>\n<script type="text/javascript" class="acInsScirpt">\nisExtension=true;console.log(\'extMode\');var AC_xhrCallBack = {};\n</script>\n<Code>AccessDenied</Code>\n<Message>\nYou have no right to access this object because of bucket acl.\n</Message>\n<RequestId>**********************</RequestId>\n<HostId>****************</HostId>\n</Error>'
    ],
    [
      'minio/minio#2965 (MinIO named lines before a Hadoop trace)',
      'Not able to read file from the setup described by @bradkarels. Using Minio latest release. \n\nUsing [tcp flow](https://github.com/simsong/tcpflow) I see that Spark is sending the following requests to Minio server \n\n```\nHEAD /data/ HTTP/1.1\n\nHEAD /data/bacon_tiny.json HTTP/1.1\n```\n\nThe following error is seen on executing `val b1 = sc.textFile("s3a://data/bacon_tiny.json").first` from spark shell. Need to change the `log4j` settings to log into a file to see the full error message. \n\n```\nava.nio.file.AccessDeniedException: s3a://data/bacon_tiny.json: getFileStatus on s3a://data/bacon_tiny.json: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: null), S3 Extended Request ID: null\n  at org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:120)'
    ],
    [
      'aws-samples/aws2tf#86 (Organizations membership, not a policy)',
      "```\n329 of 1290\taws_config_organization_conformance_pack\n\nERROR: in call_boto3 clfn=config descfn=describe_organization_conformance_packs topkey=OrganizationConformancePacks id=None\ne=OrganizationAccessDeniedException('An error occurred (OrganizationAccessDeniedException) when calling the DescribeOrganizationConformancePacks operation: This action can only be made by accounts in an AWS Organization') [e1]\ncommon.py 1078\n```"
    ],
    [
      'NHSDigital/manage-vaccinations-in-schools#2196 (a diff adding a docs heading)',
      "```diff\n@@ -383,3 +383,15 @@ hours before we start seeing some logs.\n \n NOTE: When you enable server access logging, the S3 console automatically\n updates your bucket policy to include access to the S3 log delivery group.\n+\n+## Troubleshooting\n+\n+### Deployment error: `denied: Your authorization token has expired. Reauthenticate and try again.``\n+\n+This can occur if you're not logged in, or you have old state, in docker.\n+Logging-out and logging back in seems to fix it:\n```"
    ],
    [
      'own: LocalStack in CI',
      'Starting localstack...\nLocalStack ready.\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    [
      'own: a Ceph RGW endpoint',
      's3cmd --host=radosgw.lab:7480 ls\nERROR: S3 error: 403 (AccessDenied): Access Denied'
    ],
    [
      'own: a markdown heading a diff adds, quoting a denial',
      '+## Error: User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject'
    ]
  ])('%s: no AWS finding', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('own: an AWS denial near the word "digital" stays', () => {
    const text =
      'digital assets upload\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(parseText(text).map((f) => f.kind)).toEqual(['denial'])
  })

  it('smithfarm/ceph-auto-aws#37: a project named after Ceph, running on AWS, is still AWS', () => {
    const text = [
      '2018-02-07 14:58:43,613 ERROR 403 Forbidden',
      '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>45117326-0397-4fbe-b5a2-21c44d836ede</RequestID></Response>',
      '  File "/home/ubuntu/ceph_app/ceph-auto-aws/virtualenv/bin/ho", line 6, in <module>'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([
      ['denial', 'UnauthorizedOperation']
    ])
  })

  it('own: a shell comment line is not a heading', () => {
    const text =
      '# deploy\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(parseText(text).map((f) => f.kind)).toEqual(['denial'])
  })

  it('own: another Organizations refusal code is still reported, with low confidence', () => {
    const text =
      'An error occurred (OrganizationAccessDeniedException) when calling the PutOrganizationConformancePack operation: The caller does not have permissions'
    expect(parseText(text).map((f) => f.code)).toEqual(['OrganizationAccessDeniedException'])
  })
})
