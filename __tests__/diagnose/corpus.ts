// Real-world log excerpts copied from the shared development corpus (__tests__/fixtures/corpus/dev.jsonl),
// each with the public source it was published at. Texts are verbatim.

export interface CorpusCase {
  id: string
  source: string
  text: string
}

export const CORPUS: Record<string, CorpusCase> = {
  d001: {
    id: 'd001',
    source:
      "https://dev.classmethod.jp/ (DevelopersIO: 'ECR のクロスアカウントアクセスで暗黙的な拒否が発生する場合はリソース名も確認しよう', hato)",
    text: 'denied: User: arn:aws:iam::123456789012:user/hato is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository because no resource-based policy allows the ecr:InitiateLayerUpload action'
  },
  d002: {
    id: 'd002',
    source:
      "https://dev.classmethod.jp/ (DevelopersIO: 'ECR のクロスアカウントアクセスで暗黙的な拒否が発生する場合はリソース名も確認しよう', hato)",
    text: "Error response from daemon: pull access denied for 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/hato-repository, repository does not exist or may require 'docker login': denied: User: arn:aws:iam::123456789012:user/hato is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:ap-northeast-1:123456789012:repository/hato-repository because no resource-based policy allows the ecr:BatchGetImage action"
  },
  d003: {
    id: 'd003',
    source:
      "https://dev.classmethod.jp/ (DevelopersIO: 'ECR のクロスアカウントアクセスで暗黙的な拒否が発生する場合はリソース名も確認しよう', hato)",
    text: "$ docker push 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/hato-repository:latest\nThe push refers to repository [123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/hato-repository]\n75654b8eeebd: Preparing\nname unknown: The repository with name 'hato-repository' does not exist in the registry with id '123456789012'"
  },
  d005: {
    id: 'd005',
    source: 'https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/',
    text: '$ aws ecr get-login-password --region ap-northeast-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com\n\nAn error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::123456789012:assumed-role/cm-hirai.yuji/botocore-session-1234567890 is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
  },
  d006: {
    id: 'd006',
    source: 'https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/',
    text: '$ aws ecr get-login-password --region ap-northeast-1 | docker login --username AWS --password-stdin <アカウントID>.dkr.ecr.ap-northeast-1.amazonaws.com\nAn error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::<アカウントID>:assumed-role/cm-hirai.yuji/botocore-session-xxxxxxxxx is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
  },
  d009: {
    id: 'd009',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::123456789012:user/JohnDoe is not authorized to perform: \ncodecommit:ListRepositories because no VPC endpoint policy allows the codecommit:ListRepositories action'
  },
  d010: {
    id: 'd010',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::123456789012:user/JohnDoe is not authorized to perform: \ncodedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in a VPC endpoint policy'
  },
  d011: {
    id: 'd011',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::123456789012:user/JohnDoe is not authorized to perform: \ncodedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* because no permissions boundary allows the codedeploy:ListDeployments action'
  },
  d012: {
    id: 'd012',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::777788889999:user/JohnDoe is not authorized to perform: \nsagemaker:ListModels with an explicit deny in a permissions boundary'
  },
  d013: {
    id: 'd013',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::123456789012:user/JohnDoe is not authorized to perform: \ncodecommit:ListRepositories because no session policy allows the codecommit:ListRepositories action'
  },
  d014: {
    id: 'd014',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::123456789012:user/JohnDoe is not authorized to perform: \ncodedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in a sessions policy'
  },
  d015: {
    id: 'd015',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::123456789012:user/JohnDoe is not authorized to perform: \nsts:AssumeRole because the role trust policy allows the sts:AssumeRole action'
  },
  d016: {
    id: 'd016',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:iam::777788889999:user/JohnDoe is not authorized to perform: \nsts:AssumeRole with an explicit deny in the role trust policy'
  },
  d017: {
    id: 'd017',
    source:
      'https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/troubleshoot_access-denied.md',
    text: 'User: arn:aws:sts::111122223333:assumed-role/role-name/role-session-name is not authorized to perform: \nSNS:Publish on resource: arn:aws:sns:us-east-1:444455556666:role-name-2 \nwith an explicit deny in a VPC endpoint policy transitively through a service control policy'
  },
  d018: {
    id: 'd018',
    source: 'https://github.com/awslabs/aws-well-architected-labs/issues/854',
    text: '\tAn error occurred (AccessDenied) when calling the DescribeDBInstances operation: User: arn:aws:sts::xxx:assumed-role/xxxAssumeRoleRoot is not authorized to perform: rds:DescribeDBInstances on resource: arn:aws:rds:ap-south-1:xxx:db:* with an explicit deny in a service control policy'
  },
  d021: {
    id: 'd021',
    source: 'https://github.com/cloud-custodian/cloud-custodian/issues/4736',
    text: 'core/client.py", line 661, in _make_api_call\n    raise error_class(parsed_response, operation_name)\nbotocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetFunction operation: User: arn:aws:iam::1111111111:user/USERNAME is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:11111111111:function:custodian-s3-deny-public-object-acl-realtime with an explicit deny'
  },
  d022: {
    id: 'd022',
    source: 'https://github.com/aws-solutions/quota-monitor-for-aws/issues/86',
    text: 'API: iam:CreateRole User: arn:aws:sts::{accountid}:assumed-role/{role}/jrykowski is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::{accountid}:role/limitmonitor-limitCheckSt-LimitMonitorRole-1M8F2ZHBM59NZ with an explicit deny'
  },
  d024: {
    id: 'd024',
    source: 'https://github.com/nebari-dev/nebari/issues/2152',
    text: '[terraform]: │ Error: error creating role: UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:iam::***:user/**** is not authorized to perform: ec2:CreateRole on resource: ***\n because no permissions boundary allows the ec2:CreateRole action.\n...\n[terraform]: │  status code: 403, request id: 6bcc1ed4-f323-4db4-86fa-5e23b5df90ae'
  },
  d025: {
    id: 'd025',
    source: 'https://github.com/aws-actions/configure-aws-credentials/issues/961',
    text: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
  },
  d027: {
    id: 'd027',
    source: 'https://github.com/aws-actions/configure-aws-credentials/issues/600',
    text: 'User: `arn:aws:sts::***:assumed-role/github-runner-runner-dev/i-****` is not authorized to perform: sts:TagSession on resource: <target-role>'
  },
  d032: {
    id: 'd032',
    source: 'https://github.com/aws-samples/resource-control-policy-examples/issues/18',
    text: '{"__type":"AccessDeniedException","Message":"User: anonymous is not authorized to perform: cognito-identity:GetId on resource: * with an explicit deny in a resource control policy"}'
  },
  d033: {
    id: 'd033',
    source: 'github-file:find_string#57974757804',
    text: '~ $ aws ec2 create-key-pair --key-name probe-region --dry-run --region us-east-1\n\naws: [ERROR]: An error occurred (UnauthorizedOperation) when calling the CreateKeyPair operation: You are not authorized to perform this operation. User: arn:aws:sts::<Log Archive Account>:assumed-role/AWSReservedSSO_AWSAdministratorAccess_b65279a07fc16dfa/felipenoris@gmail.com is not authorized to perform: ec2:CreateKeyPair on resource: arn:aws:ec2:us-east-1:<Log Archive Account>:key-pair/probe-region with an explicit deny in a service control policy: arn:aws:organizations::<MANAGEMENT ACCOUNT>:policy/o-4z1leiit0c/service_control_policy/p-idgyiios. Encoded authorization failure message: OIau77IwNA-RjpafXihrUW41WAUxaBKeALVOZxxGdy7u-JcfuZW95DlcUImc3Szcfs9IIqFOYM2Z0v7obHBXpzuilc2XBGMKH9lT0YXWsxwKU1BEnTXoYeUm2ETiSsvvNDRPi5HO5QWipU9S8biTwVu97C4iZdiUjoscgwFFWZC2X4F68zYENY3NPZ0MgtC_fQiLquKBKm6Hav--_nupIRF-ikk7Zu3DJI9ZmCwmEu-zClu9Xfs3x5iriekEfwh4kSaOpI2c-0LU0KItVhQb6QWZWDI5fEmE9UP4D-lvUckYp5L1yWGhR7IooYGT_IiQo5XbcGyaGzwOLwZYeG4y6wffkqNx2sDlWWoLVi6xkSehdxr-b8WURyY9Qi8l6064yCtISKLPq3Vtz3uOAYvwetmAZ-W3l6KZlUiTV6tp2-CX_hslr_XypZcFlOVvasEEVznCsYAh56UxhYURyVxHmA5AIvuqSY7rwwsBc_uu61XCKwRvIwVQGNdeP_WexnEFyfJ2eddvqeqsSWN778FzMQq5WcYOVQLYsoIgoVanOhwNOvYbLzwjKE_VsaOJyxVoMLmPfCLS7G0qx6JxN735_0pEr0ZRJMqfWeamg3U7jspS7w3OD0jAeP94QW5jRE0bIIHRVYzfxvm3mHAKhVI2Rf8T3mAa_6PhvP3vR07tRZzY9_emmmIS-riGp9sDQfgyuGwd1y2j89NtiWOM1tqx0E8ziO5UpOk47ugvAUWeWTwwOBPSIGlrtr0Bbsmu7CJaNH-SM4nK20fmS9IzUlFbjgCpoPjRNtDAGSc_TPK2k1jjYVXigus4loakCTAELNKKwkuQEDh1h7jRz_ZsGlZaxkVZa4uaXq3nNM9ya60FJ4moQRRtzzV5KXD9c1AiSIKtj3GWChLostz-U53GiINh63c19pZMTjK_6NV_Kj77ymsukbVCb3kpmELSiHgv-OREj8BmEYmiLZZxPJouWJzaGvFUzKZMYQd-LGKoCyxQ0Hm3cGnRcmqB27549P1BLJpu5uRZG3ARrrnBaDihaXOgXcBMBF_RWIx5VfkxQM0crgAoNLSDmdScEVZggFilZgTZKXaON3gZ2B8iXWIMRYb3PBJ0cwVZh9ISr45CgqnRnonOs059OxNGv5lZluPMyA0IMxj5edr7dyiIPcrQOq3zBA9iuaOfMrh-UheZou0rlqvdhEdQ5AQQYLZ-nU1a847_Z518V7NIbBRPjnvIIlw9MsdA3dDDro_9i0qDEM-aNBxxQkQn4UBpqXFxx5_KadskONbspeBL4CXKIVZUBlYJSDR5UYsWePd8tN6YpL44cE24zgxPG-HgIcESrBIGdnY1oxdldWoIjjvYAstKRFLf0NOb8_w02mvfhuBn8GIP39yVBaBFJIL_atCJUYDx9MfNBfG_3IHY5cNQ6-vZvUY_WYAPyamsXbmbiRdZLzKkag6wxbVK1VaSol3tIcFapEGTQE6skdPJCSiEDnMTf2eJmfXMgG7yASyfpx7Gsgxgv8IEBycLKayCT_Db32yizxUBjQoK5zZZizU63C0WlD4gH2nsai6hahzHNMtROjFgXxqMlSIQVy58Rg5VcDoAFjlFTZ4FcoMJoBOE75WiIly1Kh5g8lTeEg7YkqFpRtTJPqMBUsQvFUQd_PniBh0lyvAyf0GRvgcUDlq_J_tXKrpLPxbVdmykd2cqiZ8J4xN0FgCbp7-u-Vp5JG4FdUzorohuznWFk-0R1QlNIDcJ7slGv2sLSKa1ar7CRw'
  },
  d035: {
    id: 'd035',
    source: 'github-file:find_string#70234661850',
    text: 'Error: fetching Availability Zones: operation error EC2: DescribeAvailabilityZones, https response error StatusCode: 403, RequestID: <id>, api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:iam::<ACCOUNT_ID>:user/terraform-training is not authorized to perform: ec2:DescribeAvailabilityZones with an explicit deny in a service control policy: arn:aws:organizations::<ORG_MGM'
  },
  d043: {
    id: 'd043',
    source: 'https://github.com/jbrt/ec2cryptomatic/issues/26',
    text: '2021/10/19 12:56:32 Error with this key: AccessDeniedException: User: arn:aws:iam::3915824****:user/EC2Cryptomatic is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:us-west-2:3915824****:key/*****-048e-4be0-b497-ca151cd223c5 because no resource-based policy allows the kms:DescribeKey action.'
  },
  d044: {
    id: 'd044',
    source: 'https://github.com/jjongsma/grunt-eb-deploy/issues/8',
    text: "{ [AccessDenied: User: user/jackson is not authorized to perform: iam:GetUser on resource: user/jackson]\n  message: 'User: user/jackson is not authorized to perform: iam:GetUser on resource: user/jackson',\n  code: 'AccessDenied',\n  time: Mon Jan 04 2016 11:20:44 GMT+1100 (AEDT),\n  requestId: 'fe8e5b2d-b278-11e5-b271-fb906daf8f7c',\n  statusCode: 403,\n  retryable: false,\n  retryDelay: 30 }"
  },
  d048: {
    id: 'd048',
    source: 'https://github.com/amzn/selling-partner-api-docs/issues/237',
    text: 'User: arn:aws:iam::*:user/gudsen is not authorized to perform: sts:AssumeRole on resource: aws:iam::*:role/gudsen_role (Service: AWSSecurityTokenService; Status Code: 403; Error Code: AccessDenied; Request ID: b59b74ae-9126-4975-8a87-c987e092da76)'
  },
  d051: {
    id: 'd051',
    source: 'https://github.com/tryolabs/aws-workshop/issues/6',
    text: '[stderr]botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access. (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 5f642215-959a-11e8-bfd1-81a81941d54a)'
  },
  d052: {
    id: 'd052',
    source: 'https://github.com/aws/aws-nitro-enclaves-sdk-c/issues/157',
    text: '{\\"__type\\":\\"AccessDeniedException\\",\\"Message\\":\\"User: arn:aws:sts::xxxxxxxxxxxx:assumed-role/enclave_role/i-09654650371b8eff3 is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-central-1:xxxxxxxxxxxx:key/e7b0fb1b-8903-4a44-afd9-baa76f246adc with an explicit deny in a resource-based policy\\"}\\\\nCould not read response from KMS\\\\nCould not decrypt ciphertext\\\\nCould not decrypt\\\\n\\\\n\')","s":"CC","tamperstatus":"Not tampered!","verify":true}'
  },
  d053: {
    id: 'd053',
    source: 'https://github.com/4dn-dcic/tibanna/issues/402',
    text: '{\n  "cause": "Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function\'s KMS key settings. KMS Exception: AccessDeniedExceptionKMS Message: User: arn:aws:sts::aws-account:assumed-role/tibanna_a_run_task_awsem/run_task_awsem_tibanna_a is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:resion:aws-acount:key/key_ID because no resource-based policy allows the kms:Decrypt action (Service: Lambda, Status Code: 502, Request ID: ID)",\n  "error": "Lambda.KMSAccessDeniedException"\n}'
  },
  d059: {
    id: 'd059',
    source: 'https://github.com/aws-samples/amazon-mwaa-examples/pull/63',
    text: 'Resource handler returned message: "User: arn:aws:sts::xxxx:assumed-role/public-mwaa-custom-domain-UsEast1DeploymentHandlerR-xxxx/public-mwaa-custom-domain-UsEast1DeploymentHandler-xxxx is not authorized to perform: lambda:TagResource on resource: arn:aws:lambda:us-east-1:xxxx:function:public-mwaa-custom-domain-ParseAuthHandler-xxxx because no identity-based policy allows the lambda:TagResource action (Service: Lambda, Status Code: 403, Request ID: xxxx)" (RequestToken: xxxx, HandlerErrorCode: AccessDenied)'
  },
  d060: {
    id: 'd060',
    source: 'https://github.com/aws/aws-cdk/issues/18830',
    text: 'User: arn:aws:sts::123456:assumed-role/cdk-hnb659fds-deploy-role-123456-ap-southeast-1/aws-cdk-haitran is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456:role/cdk-admin-role-CdkAdminRole-1IBORD9375GQF because no identity-based policy allows the iam:PassRole action'
  },
  d071: {
    id: 'd071',
    source: 'https://github.com/ASFHyP3/hyp3/issues/2283',
    text: '$ curl https://hyp3-test-api.asf.alaska.edu\n{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-west-2:********2543:vd2gh6uqw3/api/GET/"}'
  },
  d078: {
    id: 'd078',
    source: 'https://github.com/peymanmortazavi/eks-helm-deploy/issues/7',
    text: 'Added new context arn:aws:eks:us-east-1:***:cluster/my-cluster to /github/home/.kube/config\nExecuting: helm upgrade --wait --atomic --install -n default app chart\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::***:user/app-user is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::118196747825:role/blackbox-eks-admin\nError: Kubernetes cluster unreachable: Get "https://***********gr7.us-east-2.eks.amazonaws.com/version?timeout=32s": getting credentials: exec: exit status 255'
  },
  d080: {
    id: 'd080',
    source: 'https://github.com/kbst/terraform-kubestack/issues/191',
    text: '$ aws eks get-token --cluster-name foo-apps-us-east-2 --role arn:aws:iam::123456789:role/foo-ci-pr\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::123456789:assumed-role/foo-ci-pr/my-session is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789:role/foo-ci-pr\n\n$ echo $?\n254'
  },
  d082: {
    id: 'd082',
    source: 'https://github.com/aws-samples/aws-cdk-for-emr-on-eks/issues/2',
    text: 'ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity'
  },
  d088: {
    id: 'd088',
    source: 'https://github.com/miquella/vaulted/issues/107',
    text: 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'
  },
  d092: {
    id: 'd092',
    source: 'https://github.com/hashicorp/terraform/issues/29351',
    text: 'error configuring Terraform AWS Provider: error validating provider credentials: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 2d673535-75eb-4080-aee0-16240de46a0b\n  on main.tf line 1, in provider "aws":\n   1: provider "aws" {'
  },
  d098: {
    id: 'd098',
    source: 'https://github.com/radius-project/bicep-types-aws/issues/63',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
  },
  d101: {
    id: 'd101',
    source: 'https://github.com/aws-actions/configure-aws-credentials/issues/280',
    text: 'Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
  },
  d106: {
    id: 'd106',
    source: 'https://github.com/kubernetes/kubectl/issues/1243',
    text: '$ kubectl get pods\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 255'
  },
  d134: {
    id: 'd134',
    source: 'github-file:find_string#44829804811',
    text: ' User: arn:aws:iam::7799:user/JohnDoe is not authorized to perform: codecommit:ListRepositories because no service control policy allows the codecommit:ListRespositories action'
  },
  d139: {
    id: 'd139',
    source: 'github-file:find_string#56659672794',
    text: '{\n  "error": true,\n  "message": "User: arn:aws:iam::****:user/brclient is not authorized to perform: bedrock:InvokeModelWithResponseStream on resource: arn:aws:bedrock:us-east-1:****:inference-profile/us.deepseek.r1-v1:0 with an explicit deny in an identity-based policy: arn:aws:iam::****:policy/DenyBedrockAccess"\n}'
  },
  d141: {
    id: 'd141',
    source: 'github-file:find_string#68626258918',
    text: 'aws: [ERROR]: An error occurred (AccessDenied) when calling the GetRole operation: User: arn:aws:sts::002996184293:assumed-role/voclabs/user3301432=BENJAMIN__TORREJON is not authorized to perform: iam:GetRole on resource: role voclabs with an explicit deny in an identity-based policy: arn:aws:iam::002996184293:policy/Pvoclabs2.'
  },
  d142: {
    id: 'd142',
    source: 'github-file:find_string#52299538375',
    text: '│ Error: creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: 403, RequestID: 08029a71-b9d5-466d-a865-61638feba2dd, api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:iam::966994807536:user/Anup is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:ap-south-1:966994807536:instance/* with an explicit deny in an identity-based policy: arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3. Encoded authorization failure message: GHi3Mmcygm9wNWTtxemhhQKYGdXfcL1Dn5TQURkzFSRZy-6icjPACU2tFO2ZAIJkiKFhxpmkWDKKQST0VHWniSQhulAQHDYslc77m2IJY5iQU-bxKl2Ik6qMBy_su6iapFhCMI_WT6u9lSEVNgJXDjx5rYBJRU8j53_Sg3Dt2-cSRijj25pyMTW7SqLdK3h0yHM9QlVq3h3dlycMXgeMcTcezlQF-qRDYex1YNmWc9JeXftd7j3Ou0H0z3fY3bS-PjiJ7FcwspQzOiElbZRuLfBgVqEQuGNEKI1b-8n8o6eqJcMNO7TTiDphFQm5Cv409AZOWGfBGQJy3WWlV4C3pF1KU_0ViW7ML1jOeXYrxsX9lKupnpFo3AmwcRMTDiAvk1wSytPEFBeHKVg4wdxCbg_OZ4mFFm4MqXEqG0ChJw8nNFmQKcfIQyWUOCCEzBPSJcgHQq8LfdITkZAtj5D52qpl03Vs5EcmMd_BtcQwkpIPCZvTr445KpGCXY6sOA8uYllvnJ0Lsuz0esIYWYBFrPYe60jUrqX1nnWR6V-QvaCzGDaUBIGE7e3kdwPEf-IzOuGtNLKTT4TnP63cRixlbM0v19kRkKLap37hNJiGrABmnW-RyyCp4SC5jkV1tcGzz7hjgOn1T8JpyuqOHAfA1hkAo9X34a7jq0Y9ZtvqqUVG4T8ZuSRLmKXNnzJG5ZzyFhvSNcQVbSobxeliaaTYpOOaaCARMaonH29ZHbjc0Q8t9BKFOF_TAs2MoSIS9RNW64ITfWPU31R6uvhRjqh0bdFR7YYl62cXqu0fAx2mwY5aEQ1rrgoTD7HHXHgrEXb-SGA3F9XzITqbqo2HQJrLmhoLbQjIkUmPsoYnxksWYd4LlWpjAd_QLrjIsST_BbZj023L_Aw4CPFt0_LYUrmO2W3OVT1yDHYgYAEhd9NONaunwRjh2rcTcWsJVQRpRdtOkjLnNGrDKOlClK9gL8F26tUO-CB4YB7meg70T0j_ZpKkBJA-9mrqRkphYKZFRQunaad5cm0o7BmUlMdzSvU-EHOJndNLjGh0cZ-JhX-gULrjj8JcirIhdkePaGlkufdx6dsOUmj4V5YsONELRQT2ncNRy2LoPjUVIqfXcA_DEiGRtmrT66qV2F6vSa7Rrc3ql_gPyPU7mDSMtsps8fC-MbYDi-nZGkCWhVnED7BNmolYC-JtkRjIYbQo5f8DZUQijcSVMMsx9r6mGfkNSpPI-e90lim7OnLsq-ns5GTx12e3ugslI27f7gdXg4yPCQvAW7DY7Fp1w48DcJrF_f4fbsXB2e6vvmimBi-3z9mKkUBpJQEihH5BplEL7BWBhszZtm5FP7CSbJm_PDAfw_c8oX4W_MzVX-s30eQ3Ivf5PBhJlShpqw4tDod5da2QVevHdzk86U8JXiWf960L0-PX5m-lQkFWTXGkENk1UMBYFURySGPsm-LbgjCYcwoEW9jVhuQk14cO3fR8fpIKizMDUFnm6Vz93m4TnSBkYZfvz_lztnGsUghBIU7qzlCA3zwKlrNjXFbp9-E2nD2UUBZWdbD1uhcqFUHt9lYHzgd74IOPXxeNeK-zJBzlr3i846kBCIpScEF3N1BD-U2LwRqTkNdPCPXByMDgrRX8EhMwipLAf-JdCIJhs1q3ytpvfvoJNIIrzMVw_Zk0bqhC3ZchsYN0iQN56rfZPdqAs7VNWxxcP8DT_bTpM3slg-zmhLDLIlPPUSPTViVwvmW69hOK4kxoWY43sdIUZ1Orp7PyWWedUCL3bbG29MgdpedcUeJ9G6h6Cqr9gQLi4QgRCNTV6t-u2GB53cofO1MX4ZoVzlGNtG0hfiTXSymsRSsm7nkBsRExgkkKtlT44gmbjzzImGPZo8_GtEr2oVLSWrnD55N3Oi2a6RzX1fbDixoWpQYe505m79YpwBqvXDslNM3heWaxdikR7SyNrpLPLCPSsWXqTRfJSjB4kuZmDBQum1cuyTZ1lLHl-1tB4NYhB2BZzDirBSNh5NPn2Du-K4fZ2a9TIkY6i1bmwuU22khNROyjGK9czehugkh70iAnaweBCNFIIxYONWUVdr9PX6k\n│\n│   with aws_instance.MyAWSVM,\n│   on EC2VM_Creation_ByTerraformScript_WithoutHardcode_AccessKey_SecretKey.tf line 5, in resource "aws_instance" "MyAWSVM":\n│    5: resource "aws_instance" "MyAWSVM" {'
  },
  d145: {
    id: 'd145',
    source: 'https://github.com/aws-samples/aws-bootstrap-kit-examples/issues/34',
    text: 'Call failed: getParameter({"Name":"/cdk-bootstrap/hnb659fds/version"}) => User: arn:aws:sts::<CICD_ACCOUNT_NUMBER>:assumed-role/cdk-hnb659fds-deploy-role-<CICD_ACCOUNT_NUMBER>-us-west-2/aws-cdk-root is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-west-2:<CICD_ACCOUNT_NUMBER>:parameter/cdk-bootstrap/hnb659fds/version (code=AccessDeniedException)'
  },
  d146: {
    id: 'd146',
    source: 'https://github.com/aws/aws-dotnet-deploy/issues/687',
    text: 'Failed resources:\nCDKToolkit | 4:48:14 PM | CREATE_FAILED        | AWS::SSM::Parameter   | CdkBootstrapVersion User: arn:aws:iam::433962424511:user/deployuser is not authorized to perform: ssm:PutParameter on resource: arn:aws:ssm:us-east-1:433962424511:parameter/cdk-bootstrap/hnb659fds/version because no identity-based policy allows the ssm:PutParameter action (Service: AmazonSSM; Status Code: 400; Error Code: AccessDeniedException; Request ID: 3e0d382a-16f0-4a38-ab01-8c6c384a2c27; Proxy: null)'
  },
  d150: {
    id: 'd150',
    source: 'github-file:find_string#56433964168',
    text: 'delete failed: s3://tf4-cloudtrail-logs-bucket-511825856493/AWSLogs/511825856493/CloudTrail/ap-northeast-1/2026/07/22/511825856493_CloudTrail_ap-northeast-1_20260722T0345Z_ctgew0ArMfpQQTse.json.gz An error occurred (AccessDenied) when calling the DeleteObject operation: User: arn:aws:sts::511825856493:assumed-role/AWSReservedSSO_TF4-AuditReadOnlyAndAnalyze_2b03e7d876722882/duc.vo is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::tf4-cloudtrail-logs-bucket-511825856493/AWSLogs/511825856493/CloudTrail/ap-northeast-1/2026/07/22/511825856493_CloudTrail_ap-northeast-1_20260722T0345Z_ctgew0ArMfpQQTse.json.gz" with an explicit deny in a resource-based policy'
  }
}
