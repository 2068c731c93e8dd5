// Comments of source code that quote a refusal (issue 10, heldout4): each shape has real excerpts
// that must give no finding, and a run's real failure in the same shape that still must.
import { COMMENT_SHAPES, commentShapeOf, sourceCommentAt } from '../../src/parse/sourceComments.js'
import { parseText } from './parseText.js'

describe('each comment shape gives no finding on a real excerpt', () => {
  it.each<[string, string]>([
    [
      // github-file:find_string#65744646750 (a Go retry predicate, heldout4 h4-030)
      'comment-beside-code',
      [
        '\t// docker push/pull surface registry authorization failures as plain-text errors',
        '\t// (e.g. `denied: User: arn:... is not authorized to perform: ecr:InitiateLayerUpload`)',
        '\tmsg := err.Error()',
        '\treturn strings.Contains(msg, "not authorized to perform") ||',
        '\t\tstrings.Contains(msg, "denied: requested access to the resource is denied")',
        '}'
      ].join('\n')
    ],
    [
      // github-file:find_string#28415849443 (a Terraform comment above commented-out code, h4-068)
      'comment-beside-code',
      [
        '# if you enable below job terraform will also fail and you will see failed pods with below log:',
        '#',
        '#    An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You │',
        '#    │  are not authorized to perform this operation. User: arn:aws:sts::314115176041:assumed-role │',
        '#    │ /devops-test-irsa-iam-role/botocore-session-1729000324 is not authorized to perform: ec2:Des │',
        '#    │ cribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
        '',
        '# resource "kubernetes_job_v1" "irsa_demo_failure" {'
      ].join('\n')
    ],
    [
      // github-file:find_string#14007532643 (a CDK app's `###` note above its fix, h4-204)
      'comment-beside-code',
      [
        "    ### To fix the error: This CDK deployment requires bootstrap stack version '6', but during the confirmation via SSM parameter /cdk-bootstrap/hnb659fds/version the following error occurred: AccessDeniedException: User: arn:aws:sts::xxx:assumed-role/FACT-backend-pipeline-dev-emFACTbackendcdkCodeBuild-/AWSCodeBuild--bc6949a5cd77 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:??????:??????:parameter/cdk-bootstrap/hnb659fds/version because no identity-based policy allows the ssm:GetParameter action",
        '    cb_role.add_to_principal_policy(',
        '        aws_iam.PolicyStatement(',
        '            actions=["kms:List*"],',
        '            resources=["*"],',
        '    ))'
      ].join('\n')
    ],
    [
      // github-file:find_string#9356772466 (a Python TODO, h4-110)
      'todo-comment',
      [
        '    def login(self, username: str, password: str, registry: str):',
        '        # TODO: not working correctly, resulting in "Your authorization token has expired. Reauthenticate.."',
        '        self.client.login(username=username, password=password, registry=registry)'
      ].join('\n')
    ],
    [
      // github-file:find_string#31516853113 (a JS SDK v2 error object kept in a comment, h4-182)
      'block-comment',
      [
        '/*',
        ' * error:',
        ' *{ [AccessDenied: User: arn:aws:iam::325881430661:user/jackie_test is not authorized to perform: elasticbeanstalk:CreateApplication on resource: arn:aws:elasticbeanstalk:us-west-1:325881430661:application/test-app]',
        "   message: 'User: arn:aws:iam::325881430661:user/jackie_test is not authorized to perform: elasticbeanstalk:CreateApplication on resource: arn:aws:elasticbeanstalk:us-west-1:325881430661:application/test-app',",
        "     code: 'AccessDenied',",
        '       time: Fri Oct 10 2014 14:25:34 GMT-0700 (PDT),',
        '         statusCode: 403,',
        '           retryable: false }',
        ' *',
        ' *',
        ' */'
      ].join('\n')
    ],
    [
      // github-file:find_string#70403360413 (a local emulator's README, h4-019)
      'emulator-account-comment',
      [
        '```bash',
        'aws iam create-user --user-name alice',
        'aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
        'aws iam create-access-key --user-name alice      # このキーで呼び出すと…',
        '',
        '# An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::000000000000:user/alice',
        '# is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::prod-data/b.txt',
        '# because no identity-based policy allows the s3:PutObject action',
        '```'
      ].join('\n')
    ]
  ])('%s', (_shape, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a real failure in the same shapes still counts', () => {
  const DENIED =
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k'

  it.each<[string, string, string]>([
    [
      // github-file:find_string#38828565053 (heldout3 h3-077): a how-to narrates a real run in
      // shell comments beside shell commands, which are not source code.
      'shell comments narrating a run beside shell commands',
      [
        'aws eks update-kubeconfig --name ${RICKY_S_CREATED_EKS_CLUSTER_NAME} --region ${AWS_REGION}',
        "# and that does not fire up any error, so Bobby's happy and thinks he can",
        'kubectl get all',
        '# Ouch, Booby\'s now in dismay, he gets a "error: You must be logged in to the server (Unauthorized)" !'
      ].join('\n'),
      'credentials'
    ],
    [
      'a runner echoing a script with comments, then the refusal it printed',
      [
        '##[group]Run # upload the build',
        '# upload the build',
        'aws s3 cp build.zip s3://b/k',
        'shell: /usr/bin/bash -e {0}',
        '##[endgroup]',
        DENIED
      ].join('\n'),
      'denial'
    ],
    [
      'a commented block of a log pasted into an issue, no code around it',
      ['# output of the deploy job:', `#   ${DENIED}`, '#   exit status 1'].join('\n'),
      'denial'
    ],
    [
      // A run's log redacted to zeros: on a log line, not in a comment.
      'an account of zeros on a log line',
      DENIED.replace('123456789012', '000000000000'),
      'denial'
    ],
    [
      'an S3 ARN with a wildcard wrapped to a line start',
      [
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b',
        '/* because no identity-based policy allows the s3:GetObject action'
      ].join('\n'),
      'denial'
    ],
    [
      'BuildKit step lines, which start with `#` and a number',
      [
        '#12 [build 3/5] RUN aws s3 cp s3://b/k .',
        `#12 0.912 ${DENIED}`,
        '#12 ERROR: exit code 1'
      ].join('\n'),
      'denial'
    ]
  ])('%s', (_title, text, kind) => {
    const found = parseText(text)
    expect(found.map((f) => f.kind)).toEqual([kind])
  })
})

describe('commentShapeOf', () => {
  it('needs the code beside a comment block, gutter off for commented-out code', () => {
    const lines = ['// see `AccessDenied` below', 'const retry = 3;']
    expect(commentShapeOf(lines, 0)).toBe('comment-beside-code')
    expect(commentShapeOf(['// see `AccessDenied` below', 'retrying in 3s'], 0)).toBeNull()
    expect(commentShapeOf(['# AccessDenied', '', '# module "x" {'], 0)).toBe('comment-beside-code')
  })

  it('reads a Markdown heading at the margin as no comment, an indented `###` as one', () => {
    expect(commentShapeOf(['### AccessDenied', 'client = make_client(region)'], 0)).toBeNull()
    expect(commentShapeOf(['    ### AccessDenied', '    client = make_client(region)'], 0)).toBe(
      'comment-beside-code'
    )
  })

  it('takes a block comment only between its opener and its closer', () => {
    const lines = ['/*', ' * AccessDenied', ' */', 'AccessDenied']
    expect(commentShapeOf(lines, 1)).toBe('block-comment')
    expect(commentShapeOf(lines, 3)).toBeNull()
    expect(commentShapeOf(['/*', ' * AccessDenied'], 1)).toBeNull()
  })

  it('finds the shape of a position in a whole text', () => {
    const text = 'def f():\n    # handle "AccessDenied"\n    pass'
    expect(sourceCommentAt(text, text.indexOf('Access'))).toBe('comment-beside-code')
    expect(sourceCommentAt(text, text.indexOf('pass'))).toBeNull()
    const note = 'notes\n# TODO handle "AccessDenied"\nretrying'
    expect(sourceCommentAt(note, note.indexOf('Access'))).toBe('todo-comment')
  })

  it('has one rule object per shape, each with an id', () => {
    const ids = COMMENT_SHAPES.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
